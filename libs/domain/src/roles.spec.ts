/** Who sees which project, and which roles may be national. */
import { Actor, ROLES, Role, canSeeProject, isNationalActor, sameEmail, validateRoleProvince } from './roles';
import { reachOf } from './project';

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

const project = { provinceCode: 'HN', implementingUnitEmail: 'HTX.MayTre@Example.vn' };

const actor = (role: Role, provinceCode: string | null, email = `${role}@example.vn`): Actor => ({
  userId: `u-${role}-${provinceCode ?? 'nat'}`,
  email,
  role,
  provinceCode,
});

const VIETNAMESE = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;

// ---------------------------------------------------------------------------------------------

describe('canSeeProject', () => {
  describe('implementer: only its own project, matched by email (case-insensitive)', () => {
    test.each([
      ['exact email', 'HTX.MayTre@Example.vn', 'HN', true],
      ['lower-case email', 'htx.maytre@example.vn', 'HN', true],
      ['upper-case email, padded', '  HTX.MAYTRE@EXAMPLE.VN ', 'HN', true],
      ['another unit of the province', 'cs.gom@example.vn', 'HN', false],
      ['a similar email', 'htx.maytre@example.vn.evil', 'HN', false],
      ['same email, another province', 'htx.maytre@example.vn', 'BN', false],
      ['same email, no province', 'htx.maytre@example.vn', null, false],
    ] as const)('%s → %s', (_label, email, province, expected) => {
      expect(canSeeProject(actor('implementer', province, email), project)).toBe(expected);
    });
  });

  test.each<Role>(['officer', 'approver', 'supervisor'])('provincial %s: only its own province', (role) => {
    expect(canSeeProject(actor(role, 'HN'), project)).toBe(true);
    expect(canSeeProject(actor(role, 'BN'), project)).toBe(false);
    expect(canSeeProject(actor(role, 'hn'), project)).toBe(false);
  });

  test.each<Role>(['approver', 'supervisor', 'admin'])('national %s: every project', (role) => {
    for (const provinceCode of ['HN', 'BN', 'HCM', 'CM']) {
      expect(canSeeProject(actor(role, null), { provinceCode, implementingUnitEmail: 'x@y.vn' })).toBe(true);
    }
  });

  test('reachOf takes the province and the implementing unit email from the facts', () => {
    const reach = reachOf({
      id: 'p',
      code: 'KCĐP-2026-HN-0001',
      scope: 'LOCAL',
      provinceCode: 'HN',
      category: 'TRAINING',
      title: 't',
      implementingUnit: { name: 'HTX', email: 'htx@example.vn' },
      beneficiary: 'b',
      totalCostVnd: 2,
      requestedSupportVnd: 1,
      plannedStart: '2026-01-01',
      plannedEnd: '2026-12-31',
      createdByUserId: 'u',
    });
    expect(reach).toEqual({ provinceCode: 'HN', implementingUnitEmail: 'htx@example.vn' });
  });
});

describe('isNationalActor / sameEmail', () => {
  test('national means no province', () => {
    expect(isNationalActor(actor('approver', null))).toBe(true);
    expect(isNationalActor(actor('approver', 'HN'))).toBe(false);
  });

  test('emails compare trimmed and case-insensitively', () => {
    expect(sameEmail(' A@B.vn', 'a@b.VN ')).toBe(true);
    expect(sameEmail('a@b.vn', 'a@c.vn')).toBe(false);
  });
});

describe('validateRoleProvince', () => {
  test.each<[Role, string | null, boolean]>([
    ['implementer', 'HN', true],
    ['implementer', null, false],
    ['officer', 'HN', true],
    ['officer', null, false],
    ['approver', 'HN', true],
    ['approver', null, true],
    ['supervisor', 'HN', true],
    ['supervisor', null, true],
    ['admin', null, true],
    ['admin', 'HN', false],
  ])('%s with province %s → valid: %s', (role, province, valid) => {
    const problem = validateRoleProvince(role, province);
    if (valid) {
      expect(problem).toBeNull();
    } else {
      expect(problem).toMatch(VIETNAMESE);
      expect(problem).toContain(' / ');
      expect(problem).toMatch(/province/);
    }
  });

  test('covers all five roles', () => {
    expect([...ROLES].sort()).toEqual(['admin', 'approver', 'implementer', 'officer', 'supervisor']);
  });
});
