/** Who an escalation is addressed to: the same rule as the deadline notifier's mail. */
import { escalationAddressees, escalationsAddressedTo, isEscalationAddressedTo } from './escalation-audience';
import { Actor, Role } from './roles';

const actor = (role: Role, provinceCode: string | null): Actor => ({
  userId: `u-${role}`,
  email: `${role}@example.vn`,
  role,
  provinceCode,
});

describe('escalation audience', () => {
  test('level 1: the province supervisors and approvers, whatever the scope', () => {
    expect(escalationAddressees(1, 'LOCAL')).toEqual({ roles: ['supervisor', 'approver'], national: false });
    expect(escalationAddressees(1, 'NATIONAL')).toEqual({ roles: ['supervisor', 'approver'], national: false });
  });

  test('level 2: national for national projects, the province approvers for local ones', () => {
    expect(escalationAddressees(2, 'NATIONAL')).toEqual({ roles: ['supervisor', 'approver'], national: true });
    expect(escalationAddressees(2, 'LOCAL')).toEqual({ roles: ['approver'], national: false });
  });

  test.each<[string, Actor, 1 | 2, 'LOCAL' | 'NATIONAL', string, boolean]>([
    ['HN supervisor, level 1 in HN', actor('supervisor', 'HN'), 1, 'LOCAL', 'HN', true],
    ['HN supervisor, level 1 in BN', actor('supervisor', 'HN'), 1, 'LOCAL', 'BN', false],
    ['HN supervisor, level 2 local', actor('supervisor', 'HN'), 2, 'LOCAL', 'HN', false],
    ['HN approver, level 2 local', actor('approver', 'HN'), 2, 'LOCAL', 'HN', true],
    ['HN approver, level 2 national', actor('approver', 'HN'), 2, 'NATIONAL', 'HN', false],
    ['national supervisor, level 2 national', actor('supervisor', null), 2, 'NATIONAL', 'BN', true],
    ['national supervisor, level 1', actor('supervisor', null), 1, 'NATIONAL', 'BN', false],
    ['HN officer (copied, not addressed)', actor('officer', 'HN'), 1, 'LOCAL', 'HN', false],
    ['admin', actor('admin', null), 2, 'NATIONAL', 'HN', false],
  ])('%s → %s', (_label, who, level, scope, provinceCode, expected) => {
    expect(isEscalationAddressedTo(who, { level, scope, provinceCode })).toBe(expected);
  });

  test('the pairs a query filters on', () => {
    expect(escalationsAddressedTo(actor('approver', 'HN'))).toEqual([
      { level: 1, scope: 'NATIONAL' },
      { level: 1, scope: 'LOCAL' },
      { level: 2, scope: 'LOCAL' },
    ]);
    expect(escalationsAddressedTo(actor('supervisor', null))).toEqual([{ level: 2, scope: 'NATIONAL' }]);
    expect(escalationsAddressedTo(actor('implementer', 'HN'))).toEqual([]);
  });
});
