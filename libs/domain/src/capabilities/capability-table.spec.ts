/** The capability table: who may do what beside the lifecycle, and the refusal that names who may. */
import type { Actor, Role } from '../roles';
import { CAPABILITIES, Capability, may, mayOnProject, refusalFor } from './capability-table';
import type { ProjectContext } from './parties';

const UNIT = 'htx.maytre@example.vn';
const who = (
  role: Role,
  provinceCode: string | null,
  email = `${role}.${provinceCode ?? 'nat'}@example.vn`,
): Actor => ({
  userId: `u-${role}-${provinceCode ?? 'nat'}`,
  email,
  role,
  provinceCode,
});
const project = (scope: 'NATIONAL' | 'LOCAL', provinceCode = 'HN'): ProjectContext => ({
  scope,
  provinceCode,
  implementingUnitEmail: UNIT,
});

const unit = who('implementer', 'HN', UNIT);
const otherUnit = who('implementer', 'HN');
const officer = who('officer', 'HN');
const officerBN = who('officer', 'BN');
const deptLeader = who('approver', 'HN');
const ubnd = who('ubnd_leader', 'HN');
const collaborator = who('collaborator', 'HN');
const collaboratorBN = who('collaborator', 'BN');
const supervisor = who('supervisor', 'HN');
const cucOfficer = who('cuc_officer', null);
const cucLeader = who('approver', null);
const minister = who('minister', null);
const nationalSupervisor = who('supervisor', null);
const admin = who('admin', null);
const EVERYONE = {
  unit,
  otherUnit,
  officer,
  officerBN,
  deptLeader,
  ubnd,
  collaborator,
  collaboratorBN,
  supervisor,
  cucOfficer,
  cucLeader,
  minister,
  nationalSupervisor,
  admin,
};
type Name = keyof typeof EVERYONE;
const names = (test: (actor: Actor) => boolean): Name[] =>
  (Object.keys(EVERYONE) as Name[]).filter((name) => test(EVERYONE[name]));

const VIETNAMESE = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;

describe('system capabilities (not about one project)', () => {
  test('admin.manage and audit.read: the administrator only', () => {
    expect(names((a) => may(a, 'admin.manage').ok)).toEqual(['admin']);
    expect(names((a) => may(a, 'audit.read').ok)).toEqual(['admin']);
  });

  test('queues and dashboard: every desk (Department, UBND, Cục, Minister, supervisors, admin), never units or collaborators', () => {
    const desk: Name[] = [
      'officer',
      'officerBN',
      'deptLeader',
      'ubnd',
      'supervisor',
      'cucOfficer',
      'cucLeader',
      'minister',
      'nationalSupervisor',
      'admin',
    ];
    expect(names((a) => may(a, 'queues.read').ok)).toEqual(desk);
    expect(names((a) => may(a, 'dashboard.read').ok)).toEqual(desk);
  });

  test('the nine-month review: leaders, the Cục, the Minister, supervisors, the admin; not the Department officer', () => {
    expect(names((a) => may(a, 'review.run').ok)).toEqual([
      'deptLeader',
      'ubnd',
      'supervisor',
      'cucOfficer',
      'cucLeader',
      'minister',
      'nationalSupervisor',
      'admin',
    ]);
  });

  test('projects.create_any: units and Department officers of a province', () => {
    expect(names((a) => may(a, 'projects.create_any').ok)).toEqual(['unit', 'otherUnit', 'officer', 'officerBN']);
  });

  test('everyone has an inbox, a project list and mail', () => {
    for (const capability of ['inbox.read', 'projects.list', 'mail.read'] as const) {
      expect(names((a) => may(a, capability).ok)).toEqual(Object.keys(EVERYONE));
    }
  });

  test('a refusal is bilingual and names who may', () => {
    const answer = may(officer, 'admin.manage');
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.message).toBe(refusalFor('admin.manage'));
    expect(answer.message).toContain('quản trị hệ thống');
    expect(answer.message).toContain('an administrator');
    expect(answer.message).toContain(' / ');
  });
});

describe('project capabilities', () => {
  test('project.create and edit_draft: its unit and the province officer', () => {
    for (const capability of ['project.create', 'project.edit_draft'] as const) {
      expect(names((a) => mayOnProject(a, capability, project('LOCAL')).ok)).toEqual(['unit', 'officer']);
      expect(names((a) => mayOnProject(a, capability, project('NATIONAL')).ok)).toEqual(['unit', 'officer']);
    }
  });

  test('project.read: its unit, its province (but other units), the whole national level', () => {
    expect(names((a) => mayOnProject(a, 'project.read', project('LOCAL')).ok)).toEqual([
      'unit',
      'officer',
      'deptLeader',
      'ubnd',
      'collaborator',
      'supervisor',
      'cucOfficer',
      'cucLeader',
      'minister',
      'nationalSupervisor',
      'admin',
    ]);
  });

  test('field notes: the collaborators and officers of the province', () => {
    expect(names((a) => mayOnProject(a, 'field_note.write', project('LOCAL')).ok)).toEqual(['officer', 'collaborator']);
    expect(names((a) => mayOnProject(a, 'field_note.write', project('LOCAL', 'BN')).ok)).toEqual([
      'officerBN',
      'collaboratorBN',
    ]);
  });

  test('deadline.extend: the Department; the Cục officer on national projects, the Cục leader on all', () => {
    expect(names((a) => mayOnProject(a, 'deadline.extend', project('NATIONAL')).ok)).toEqual([
      'officer',
      'deptLeader',
      'cucOfficer',
      'cucLeader',
    ]);
    expect(names((a) => mayOnProject(a, 'deadline.extend', project('LOCAL')).ok)).toEqual([
      'officer',
      'deptLeader',
      'cucLeader',
    ]);
  });

  test('report.submit: the unit and the province officer; refused to others with a message naming them', () => {
    expect(names((a) => mayOnProject(a, 'report.submit', project('LOCAL')).ok)).toEqual(['unit', 'officer']);
    const answer = mayOnProject(collaborator, 'report.submit', project('LOCAL'));
    expect(answer).toEqual({ ok: false, message: refusalFor('report.submit', project('LOCAL')) });
    if (!answer.ok)
      expect(answer.message).toContain('đơn vị thực hiện của đề án; chuyên viên Sở Công Thương thành phố Hà Nội');
  });

  test('emails are compared trimmed and case-insensitively for the unit', () => {
    const shouting = who('implementer', 'HN', '  HTX.MAYTRE@EXAMPLE.VN ');
    expect(mayOnProject(shouting, 'project.read', project('LOCAL')).ok).toBe(true);
    expect(mayOnProject({ ...shouting, provinceCode: 'BN' }, 'project.read', project('LOCAL')).ok).toBe(false);
  });
});

describe('every capability', () => {
  test.each(Object.keys(CAPABILITIES) as Capability[])('%s names who may, in Vietnamese and English', (capability) => {
    const { describe: text } = CAPABILITIES[capability].who;
    expect(text.vi).toMatch(VIETNAMESE);
    expect(text.en.length).toBeGreaterThan(3);
    expect(refusalFor(capability)).toContain(text.vi);
    expect(refusalFor(capability)).toContain(text.en);
  });
});
