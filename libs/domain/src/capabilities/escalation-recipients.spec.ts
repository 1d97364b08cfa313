/**
 * Escalations go up the legal chain (DOMAIN.md §10): level 1 the Department's leaders; level 2 the Cục (national)
 * or the UBND tỉnh (local); level 3 the Minister (national) or the UBND chairman (local). By hand from the law.
 */
import type { Actor, Role } from '../roles';
import {
  escalationOffice,
  escalationRecipients,
  escalationsAddressedTo,
  isEscalationAddressedTo,
} from './escalation-recipients';

const who = (role: Role, provinceCode: string | null): Actor => ({
  userId: `u-${role}-${provinceCode ?? 'nat'}`,
  email: `${role}@example.vn`,
  role,
  provinceCode,
});

describe('escalationRecipients', () => {
  test('level 1: the province’s Department leaders and supervisors, whatever the scope', () => {
    for (const scope of ['NATIONAL', 'LOCAL'] as const) {
      expect(escalationRecipients(1, scope)).toEqual([
        { role: 'approver', national: false },
        { role: 'supervisor', national: false },
      ]);
    }
  });

  test('level 2: the Cục for national projects, the UBND tỉnh for local ones (no longer the late Department)', () => {
    expect(escalationRecipients(2, 'NATIONAL')).toEqual([
      { role: 'cuc_officer', national: true },
      { role: 'approver', national: true },
      { role: 'supervisor', national: true },
    ]);
    expect(escalationRecipients(2, 'LOCAL')).toEqual([
      { role: 'ubnd_leader', national: false },
      { role: 'supervisor', national: false },
    ]);
    expect(escalationRecipients(2, 'LOCAL').some((r) => r.role === 'approver')).toBe(false);
  });

  test('level 3: a decision for the Minister (with the Cục leader) or the UBND chairman', () => {
    expect(escalationRecipients(3, 'NATIONAL')).toEqual([
      { role: 'minister', national: true },
      { role: 'approver', national: true },
    ]);
    expect(escalationRecipients(3, 'LOCAL')).toEqual([{ role: 'ubnd_leader', national: false }]);
  });
});

describe('isEscalationAddressedTo', () => {
  test.each<[string, Actor, 1 | 2 | 3, 'LOCAL' | 'NATIONAL', string, boolean]>([
    ['HN Department leader, level 1 in HN', who('approver', 'HN'), 1, 'LOCAL', 'HN', true],
    ['HN Department leader, level 1 in BN', who('approver', 'HN'), 1, 'LOCAL', 'BN', false],
    ['HN Department leader, level 2 local', who('approver', 'HN'), 2, 'LOCAL', 'HN', false],
    ['HN UBND leader, level 2 local in HN', who('ubnd_leader', 'HN'), 2, 'LOCAL', 'HN', true],
    ['BN UBND leader, level 2 local in HN', who('ubnd_leader', 'BN'), 2, 'LOCAL', 'HN', false],
    ['HN UBND leader, level 2 national', who('ubnd_leader', 'HN'), 2, 'NATIONAL', 'HN', false],
    ['HN UBND leader, level 3 local', who('ubnd_leader', 'HN'), 3, 'LOCAL', 'HN', true],
    ['Cục officer, level 2 national anywhere', who('cuc_officer', null), 2, 'NATIONAL', 'CM', true],
    ['Cục officer, level 2 local', who('cuc_officer', null), 2, 'LOCAL', 'HN', false],
    ['Cục leader, level 3 national', who('approver', null), 3, 'NATIONAL', 'HN', true],
    ['Minister, level 3 national', who('minister', null), 3, 'NATIONAL', 'HN', true],
    ['Minister, level 2 national', who('minister', null), 2, 'NATIONAL', 'HN', false],
    ['national supervisor, level 1', who('supervisor', null), 1, 'NATIONAL', 'BN', false],
    ['HN officer (copied, not addressed)', who('officer', 'HN'), 1, 'LOCAL', 'HN', false],
    ['admin', who('admin', null), 2, 'NATIONAL', 'HN', false],
  ])('%s → %s', (_label, actor, level, scope, provinceCode, expected) => {
    expect(isEscalationAddressedTo(actor, { level, scope, provinceCode })).toBe(expected);
  });
});

describe('escalationsAddressedTo: the (level, scope) pairs a queue filters on', () => {
  test.each<[Role, string | null, Array<{ level: 1 | 2 | 3; scope: 'NATIONAL' | 'LOCAL' }>]>([
    [
      'approver',
      'HN',
      [
        { level: 1, scope: 'NATIONAL' },
        { level: 1, scope: 'LOCAL' },
      ],
    ],
    [
      'supervisor',
      'HN',
      [
        { level: 1, scope: 'NATIONAL' },
        { level: 1, scope: 'LOCAL' },
        { level: 2, scope: 'LOCAL' },
      ],
    ],
    [
      'ubnd_leader',
      'HN',
      [
        { level: 2, scope: 'LOCAL' },
        { level: 3, scope: 'LOCAL' },
      ],
    ],
    ['cuc_officer', null, [{ level: 2, scope: 'NATIONAL' }]],
    [
      'approver',
      null,
      [
        { level: 2, scope: 'NATIONAL' },
        { level: 3, scope: 'NATIONAL' },
      ],
    ],
    ['supervisor', null, [{ level: 2, scope: 'NATIONAL' }]],
    ['minister', null, [{ level: 3, scope: 'NATIONAL' }]],
    ['implementer', 'HN', []],
    ['officer', 'HN', []],
    ['collaborator', 'HN', []],
    ['admin', null, []],
  ])('%s (province %s)', (role, provinceCode, pairs) => {
    expect(escalationsAddressedTo(who(role, provinceCode))).toEqual(pairs);
  });
});

describe('escalationOffice: the salutation names the real recipient ("Kính gửi: …")', () => {
  test('level 1: the Department leadership of the province', () => {
    expect(escalationOffice(1, 'LOCAL', 'BN', '2026-05-04').vi).toBe('Lãnh đạo Sở Công Thương tỉnh Bắc Ninh');
    expect(escalationOffice(1, 'NATIONAL', 'HN', '2026-05-04').vi).toBe('Lãnh đạo Sở Công Thương thành phố Hà Nội');
  });

  test('level 2 local: the UBND; level 3 local: its Chairman', () => {
    expect(escalationOffice(2, 'LOCAL', 'BN', '2026-05-04')).toEqual({
      vi: 'Ủy ban nhân dân tỉnh Bắc Ninh',
      en: "the People's Committee of tỉnh Bắc Ninh",
    });
    expect(escalationOffice(3, 'LOCAL', 'HCM', '2026-05-04').vi).toBe('Chủ tịch Ủy ban nhân dân Thành phố Hồ Chí Minh');
  });

  test('level 2 national: the Cục by the name it bore on the day (renamed 1/3/2025)', () => {
    expect(escalationOffice(2, 'NATIONAL', 'HN', '2024-12-31').vi).toBe('Cục Công Thương địa phương');
    expect(escalationOffice(2, 'NATIONAL', 'HN', '2025-02-28').vi).toBe('Cục Công Thương địa phương');
    expect(escalationOffice(2, 'NATIONAL', 'HN', '2025-03-01').vi).toBe(
      'Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công',
    );
    expect(escalationOffice(2, 'NATIONAL', 'HN', '2026-05-04').en).toBe('the central department (Cục)');
  });

  test('level 3 national: the Minister', () => {
    expect(escalationOffice(3, 'NATIONAL', 'HN', '2026-05-04')).toEqual({
      vi: 'Bộ trưởng Bộ Công Thương',
      en: 'the Minister of Industry and Trade',
    });
  });
});
