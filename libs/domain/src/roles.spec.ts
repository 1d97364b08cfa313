/** Roles and positions: where each role may sit, what a position is called. What a role may do is the capability table's. */
import {
  Actor,
  ROLES,
  ROLE_LABELS,
  Role,
  isNationalActor,
  isRole,
  positionLabel,
  sameEmail,
  validateRolePlacement,
  validateRoleProvince,
} from './roles';
import { canSeeProject } from './capabilities/reach';
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

describe("canSeeProject (capabilities/reach, the table's project.read)", () => {
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

  test.each<Role>(['officer', 'approver', 'supervisor', 'ubnd_leader', 'collaborator'])(
    'provincial %s: the province',
    (role) => {
      expect(canSeeProject(actor(role, 'HN'), project)).toBe(true);
    },
  );

  test.each<Role>(['approver', 'supervisor', 'admin', 'cuc_officer', 'minister'])(
    'national %s: every project',
    (role) => {
      for (const provinceCode of ['HN', 'BN', 'HCM', 'CM']) {
        expect(canSeeProject(actor(role, null), { provinceCode, implementingUnitEmail: 'x@y.vn' })).toBe(true);
      }
    },
  );

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
    ['cuc_officer', null, true],
    ['cuc_officer', 'HN', false],
    ['minister', null, true],
    ['minister', 'HN', false],
    ['ubnd_leader', 'HN', true],
    ['ubnd_leader', null, false],
    ['collaborator', 'HN', true],
    ['collaborator', null, false],
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

  test('covers the nine roles, the first five keeping their codes from the first releases', () => {
    expect([...ROLES]).toEqual([
      'implementer',
      'officer',
      'approver',
      'supervisor',
      'admin',
      'cuc_officer',
      'ubnd_leader',
      'minister',
      'collaborator',
    ]);
    for (const role of ROLES) expect(isRole(role)).toBe(true);
    for (const value of ['Officer', 'cuc', '', null, 3, 'constructor']) expect(isRole(value)).toBe(false);
  });
});

describe('validateRolePlacement: the organisation a role belongs to', () => {
  test.each<[Role, string | null, Parameters<typeof validateRolePlacement>[2], boolean]>([
    ['officer', 'HN', 'SO_CONG_THUONG', true],
    ['officer', 'HN', 'TTKC', true],
    ['officer', 'HN', 'UBND_TINH', false],
    ['approver', 'HN', 'SO_CONG_THUONG', true],
    ['approver', null, 'CUC', true],
    ['approver', null, 'MINISTRY', false],
    ['approver', 'HN', 'CUC', false],
    ['cuc_officer', null, 'CUC', true],
    ['cuc_officer', null, 'MINISTRY', false],
    ['minister', null, 'MINISTRY', true],
    ['minister', null, 'CUC', false],
    ['ubnd_leader', 'HN', 'UBND_TINH', true],
    ['ubnd_leader', 'HN', 'SO_CONG_THUONG', false],
    ['collaborator', 'HN', 'UBND_XA', true],
    ['collaborator', 'HN', 'UNIT', false],
    ['implementer', 'HN', 'UNIT', true],
    ['implementer', 'HN', 'TTKC', true],
    ['supervisor', 'HN', 'UBND_TINH', true],
    ['supervisor', null, 'MINISTRY', true],
    ['admin', null, 'MINISTRY', true],
  ])('%s (province %s) in a %s → valid: %s', (role, province, kind, valid) => {
    const problem = validateRolePlacement(role, province, kind);
    if (valid) expect(problem).toBeNull();
    else {
      expect(problem).toMatch(VIETNAMESE);
      expect(problem).toContain(' / ');
      expect(problem).toContain(String(kind));
    }
  });

  test('the level is checked before the organisation', () => {
    expect(validateRolePlacement('minister', 'HN', 'MINISTRY')).toMatch(/national/);
  });
});

describe('positionLabel: the position a letter or a history line names', () => {
  test.each<[Role, string | null, string, string]>([
    ['approver', 'HN', 'Lãnh đạo Sở Công Thương', 'Department leader'],
    ['approver', null, 'Lãnh đạo Cục', 'Cục leader'],
    ['supervisor', 'HN', 'Giám sát cấp tỉnh', 'Provincial supervisor'],
    ['supervisor', null, 'Giám sát cấp quốc gia', 'National supervisor'],
    ['officer', 'HN', 'Chuyên viên Sở Công Thương', 'Department officer'],
    ['cuc_officer', null, 'Chuyên viên Cục', 'Cục officer'],
    ['minister', null, 'Bộ trưởng (hoặc Thứ trưởng được ủy quyền)', 'Minister (or deputy by delegation)'],
    ['ubnd_leader', 'HN', 'Lãnh đạo UBND tỉnh', "Provincial People's Committee leader"],
    ['collaborator', 'HN', 'Cộng tác viên khuyến công', 'Commune collaborator'],
  ])('%s (province %s): %s', (role, provinceCode, vi, en) => {
    expect(positionLabel({ role, provinceCode })).toEqual({ vi, en });
  });

  test('every role has a Vietnamese and an English label', () => {
    for (const role of ROLES) {
      expect(ROLE_LABELS[role].vi).toMatch(VIETNAMESE);
      expect(ROLE_LABELS[role].en.length).toBeGreaterThan(0);
    }
  });

  test('a role code from an unknown future or a corrupt record is shown as itself, not a crash', () => {
    expect(positionLabel({ role: 'ghost' as Role, provinceCode: null })).toEqual({ vi: 'ghost', en: 'ghost' });
  });
});
