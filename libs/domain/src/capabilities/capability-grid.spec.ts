/**
 * The (state × action × position) grid: docs/CAPABILITIES.md must be the current output of the tables (so the
 * document never drifts), and the grid itself is checked against the law at the points a Department or the Cục
 * would look first (DOMAIN.md §3, §6; TT 36/2013).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ActionName, ProjectState, Scope } from '../lifecycle';
import { GRID_POSITIONS, capabilityGridMarkdown, capabilityRows, lifecycleGrid } from './capability-grid';

const DOCUMENT = join(__dirname, '..', '..', '..', '..', 'docs', 'CAPABILITIES.md');

function cell(scope: Scope, state: ProjectState, action: ActionName) {
  const row = lifecycleGrid(scope).find((r) => r.state === state);
  return row?.cells.find((c) => c.action === action);
}
/** The positions that may, as keys (local cells: with the approvers under which they may). */
function who(scope: Scope, state: ProjectState, action: ActionName): Record<string, unknown> {
  const found = cell(scope, state, action);
  if (!found) throw new Error(`${action} is not offered in ${scope} ${state}`);
  return { ...found.may };
}
const everyCell = (scope: Scope) =>
  lifecycleGrid(scope).flatMap((row) => row.cells.map((c) => ({ state: row.state, ...c })));
const ANY = ['DEPARTMENT', 'UBND'];

describe('docs/CAPABILITIES.md', () => {
  test('is the current output of the tables (run `npm run build && npm run capabilities:grid` after a change)', () => {
    let committed = '';
    try {
      committed = readFileSync(DOCUMENT, 'utf8');
    } catch {
      committed = '(missing)';
    }
    // Compare line by line first, for a readable failure.
    const want = capabilityGridMarkdown().split('\n');
    const have = committed.split('\n');
    const firstDiff = want.findIndex((line, i) => line !== have[i]);
    expect({
      firstDifferentLine: firstDiff === -1 && want.length === have.length ? null : firstDiff + 1,
      have: have[firstDiff],
    }).toEqual({
      firstDifferentLine: null,
      have: undefined,
    });
    expect(committed).toBe(capabilityGridMarkdown());
  });

  test('is deterministic', () => {
    expect(capabilityGridMarkdown()).toBe(capabilityGridMarkdown());
  });

  test('names the ten positions in Vietnamese and English, and both kinds of project', () => {
    const markdown = capabilityGridMarkdown();
    expect(GRID_POSITIONS.map((p) => p.key)).toEqual([
      'unit',
      'deptOfficer',
      'deptLeader',
      'ubndLeader',
      'cucOfficer',
      'cucLeader',
      'minister',
      'collaborator',
      'supervisor',
      'admin',
    ]);
    for (const p of GRID_POSITIONS) expect(markdown).toContain(`${p.vi}<br>_${p.en}_`);
    expect(markdown).toContain('National projects');
    expect(markdown).toContain('Local projects');
  });
});

describe('the national grid against TT 36', () => {
  test('the Department registers its list; the Cục opens ministry appraisal', () => {
    expect(who('NATIONAL', 'BASE_APPRAISAL', 'register')).toEqual({ deptLeader: true });
    expect(who('NATIONAL', 'REGISTERED', 'open_ministry_appraisal')).toEqual({ cucOfficer: true, cucLeader: true });
  });

  test('approval is the Minister’s plan decision (entered by the Cục leader); not the Department', () => {
    expect(who('NATIONAL', 'MINISTRY_APPRAISAL', 'approve')).toEqual({ cucLeader: true, minister: true });
    expect(cell('NATIONAL', 'BASE_APPRAISAL', 'approve')).toBeUndefined();
  });

  test('the Cục signs as bên A, pays and settles; the Department officer no longer does', () => {
    expect(who('NATIONAL', 'APPROVED', 'sign_contract')).toEqual({ cucOfficer: true, cucLeader: true });
    expect(who('NATIONAL', 'ACCEPTED', 'settle')).toEqual({ cucOfficer: true, cucLeader: true });
    expect(who('NATIONAL', 'ACCEPTED', 'settle_on_minutes')).toEqual({ cucOfficer: true, cucLeader: true });
    expect(who('NATIONAL', 'IN_PROGRESS', 'record_disbursement')).toEqual({ cucOfficer: true, cucLeader: true });
  });

  test('base acceptance is organised by the Department (the Cục where it manages directly)', () => {
    expect(who('NATIONAL', 'COMPLETED_WORK', 'accept')).toEqual({ deptLeader: true, cucLeader: true });
  });

  test('stops and carry-overs are asked by the unit, the Department or the Cục, and decided by the Minister', () => {
    const requesters = { unit: true, deptOfficer: true, deptLeader: true, cucOfficer: true, cucLeader: true };
    expect(who('NATIONAL', 'IN_PROGRESS', 'request_stop')).toEqual(requesters);
    expect(who('NATIONAL', 'IN_PROGRESS', 'request_carry_over')).toEqual(requesters);
    for (const action of ['decide_stop', 'refuse_stop'] as const) {
      expect(who('NATIONAL', 'SUSPENSION_REQUESTED', action)).toEqual({ minister: true });
    }
    for (const action of ['approve_carry_over', 'refuse_carry_over'] as const) {
      expect(who('NATIONAL', 'CARRY_OVER_REQUESTED', action)).toEqual({ minister: true });
    }
    expect(cell('NATIONAL', 'SUSPENSION_REQUESTED', 'decide_stop')?.to).toEqual(['TERMINATED', 'REFUND_PENDING']);
    expect(cell('NATIONAL', 'SUSPENSION_REQUESTED', 'refuse_stop')?.to).toBe('back');
  });

  test('a national project is never terminated directly; the UBND never acts on it', () => {
    for (const c of everyCell('NATIONAL')) {
      expect(c.action).not.toBe('terminate');
      expect(c.may).not.toHaveProperty('ubndLeader');
    }
  });
});

describe('the local grid', () => {
  test('approval by the Department leader or the UBND leader, as the province regulation says', () => {
    expect(who('LOCAL', 'BASE_APPRAISAL', 'approve')).toEqual({ deptLeader: ['DEPARTMENT'], ubndLeader: ['UBND'] });
    expect(who('LOCAL', 'IN_PROGRESS', 'terminate')).toEqual({ deptLeader: ['DEPARTMENT'], ubndLeader: ['UBND'] });
  });

  test('the Department officer signs, pays, settles and records refunds', () => {
    expect(who('LOCAL', 'APPROVED', 'sign_contract')).toEqual({ deptOfficer: ANY });
    expect(who('LOCAL', 'ACCEPTED', 'settle')).toEqual({ deptOfficer: ANY });
    expect(who('LOCAL', 'REFUND_PENDING', 'record_refund')).toEqual({ deptOfficer: ANY });
  });

  test('the Cục and the Minister take no step of a local project; it has no registration or ministry step', () => {
    for (const c of everyCell('LOCAL')) {
      for (const national of ['cucOfficer', 'cucLeader', 'minister']) expect(c.may).not.toHaveProperty(national);
      expect(['register', 'open_ministry_appraisal', 'request_stop', 'settle_on_minutes']).not.toContain(c.action);
    }
  });
});

describe('both grids', () => {
  test.each<Scope>(['NATIONAL', 'LOCAL'])(
    '%s: collaborators, supervisors and admins take no lifecycle step',
    (scope) => {
      for (const c of everyCell(scope)) {
        for (const key of ['collaborator', 'supervisor', 'admin']) expect(c.may).not.toHaveProperty(key);
      }
    },
  );

  test.each<Scope>(['NATIONAL', 'LOCAL'])(
    '%s: terminal states offer nothing; every listed action has someone',
    (scope) => {
      const states = lifecycleGrid(scope).map((r) => r.state);
      for (const terminal of ['REJECTED', 'NOT_SELECTED', 'SETTLED', 'TERMINATED', 'WITHDRAWN']) {
        expect(states).not.toContain(terminal);
      }
      for (const c of everyCell(scope)) expect(Object.keys(c.may).length).toBeGreaterThan(0);
    },
  );
});

describe('capabilities beside the lifecycle', () => {
  const row = (capability: string) => capabilityRows().find((r) => r.capability === capability)!.may;

  test('field notes: the collaborator and the Department officer', () => {
    expect(row('field_note.write')).toEqual({
      deptOfficer: ['NATIONAL', 'LOCAL'],
      collaborator: ['NATIONAL', 'LOCAL'],
    });
  });

  test('administration and the audit trail: the administrator only', () => {
    expect(row('admin.manage')).toEqual({ admin: 'ALL' });
    expect(row('audit.read')).toEqual({ admin: 'ALL' });
  });

  test('deadlines: the Department; the Cục officer only on national projects', () => {
    expect(row('deadline.extend')).toEqual({
      deptOfficer: ['NATIONAL', 'LOCAL'],
      deptLeader: ['NATIONAL', 'LOCAL'],
      cucOfficer: ['NATIONAL'],
      cucLeader: ['NATIONAL', 'LOCAL'],
    });
  });

  test('the queues: every desk, not the units or the collaborators', () => {
    expect(Object.keys(row('queues.read'))).toEqual([
      'deptOfficer',
      'deptLeader',
      'ubndLeader',
      'cucOfficer',
      'cucLeader',
      'minister',
      'supervisor',
      'admin',
    ]);
  });
});
