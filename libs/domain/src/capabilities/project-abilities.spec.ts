import type { Actor, Role } from '../roles';
import type { ActingFacts } from '../transition-rule';
import { createsOwnProjectsOnly, projectAbilities } from './project-abilities';

const person = (role: Role, provinceCode: string | null, email = `${role}@example.vn`): Actor => ({
  userId: 'u',
  email,
  role,
  provinceCode,
});

const HN_NATIONAL: ActingFacts = {
  scope: 'NATIONAL',
  provinceCode: 'HN',
  implementingUnit: { email: 'unit.hn@example.vn' },
};
const HN_LOCAL: ActingFacts = { ...HN_NATIONAL, scope: 'LOCAL' };

describe('projectAbilities (the project view’s `may`)', () => {
  it('lets the unit and the province officer report and edit a draft; the collaborator writes field notes', () => {
    const unit = person('implementer', 'HN', 'unit.hn@example.vn');
    expect(projectAbilities(unit, HN_LOCAL, 'DRAFT')).toEqual({
      report: true,
      extendDeadline: false,
      editDraft: true,
      writeFieldNote: false,
      requestAdjustment: false,
    });
    expect(projectAbilities(person('officer', 'HN'), HN_LOCAL, 'IN_PROGRESS')).toEqual({
      report: true,
      extendDeadline: true,
      editDraft: false,
      writeFieldNote: true,
      requestAdjustment: true,
    });
    expect(projectAbilities(person('collaborator', 'HN'), HN_LOCAL, 'IN_PROGRESS').writeFieldNote).toBe(true);
  });

  it('gives the Cục officer deadlines on national projects only, and nothing to another province', () => {
    const cuc = person('cuc_officer', null);
    expect(projectAbilities(cuc, HN_NATIONAL, 'IN_PROGRESS').extendDeadline).toBe(true);
    expect(projectAbilities(cuc, HN_LOCAL, 'IN_PROGRESS').extendDeadline).toBe(false);
    expect(Object.values(projectAbilities(person('officer', 'BN'), HN_LOCAL, 'DRAFT'))).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(Object.values(projectAbilities(person('minister', null), HN_NATIONAL, 'IN_PROGRESS'))).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('createsOwnProjectsOnly (the form fixes the unit’s email)', () => {
  it('is true for a unit, false for an officer and for those who create no projects', () => {
    expect(createsOwnProjectsOnly(person('implementer', 'HN'))).toBe(true);
    expect(createsOwnProjectsOnly(person('officer', 'HN'))).toBe(false);
    expect(createsOwnProjectsOnly(person('cuc_officer', null))).toBe(false);
    expect(createsOwnProjectsOnly(person('ubnd_leader', 'HN'))).toBe(false);
  });
});
