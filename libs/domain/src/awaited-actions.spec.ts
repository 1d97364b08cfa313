/** What waits for whom: the inbox's projects, read off the transition table. */
import { actionsAwaiting, awaitedSituations } from './awaited-actions';
import { ProjectState, Scope } from './lifecycle';
import { Actor, Role } from './roles';

const actor = (role: Role, provinceCode: string | null, email = `${role}@example.vn`): Actor => ({
  userId: `u-${role}-${provinceCode ?? 'nat'}`,
  email,
  role,
  provinceCode,
});

const project = (scope: Scope, provinceCode = 'HN', implementingUnitEmail = 'unit@example.vn') => ({
  scope,
  provinceCode,
  implementingUnitEmail,
});

const officer = actor('officer', 'HN');
const approver = actor('approver', 'HN');
const nationalApprover = actor('approver', null);
const unit = actor('implementer', 'HN', 'unit@example.vn');
const supervisor = actor('supervisor', 'HN');

describe('actionsAwaiting', () => {
  test.each<[string, Actor, Scope, ProjectState, string[]]>([
    ['officer: a submitted dossier to appraise', officer, 'LOCAL', 'SUBMITTED', ['open_appraisal']],
    ['officer: an approved project to sign', officer, 'LOCAL', 'APPROVED', ['sign_contract']],
    ['officer: a contracted project to start', officer, 'LOCAL', 'CONTRACTED', ['start']],
    ['officer: an accepted project to settle', officer, 'NATIONAL', 'ACCEPTED', ['settle']],
    ['officer: its draft to submit', officer, 'LOCAL', 'DRAFT', ['submit']],
    ['officer: nothing while the unit works', officer, 'LOCAL', 'IN_PROGRESS', []],
    ['approver: a local appraisal to approve', approver, 'LOCAL', 'BASE_APPRAISAL', ['approve']],
    ['approver: a national appraisal to register', approver, 'NATIONAL', 'BASE_APPRAISAL', ['register']],
    ['approver: completed work to accept', approver, 'LOCAL', 'COMPLETED_WORK', ['accept']],
    ['approver: a suspended project to resume', approver, 'LOCAL', 'SUSPENDED', ['resume']],
    ['province approver: not a ministry appraisal', approver, 'NATIONAL', 'MINISTRY_APPRAISAL', []],
    ['national approver: a ministry appraisal', nationalApprover, 'NATIONAL', 'MINISTRY_APPRAISAL', ['approve']],
    ['national approver: not a local appraisal', nationalApprover, 'LOCAL', 'BASE_APPRAISAL', []],
    ['national approver: may accept, but the province is waited for', nationalApprover, 'LOCAL', 'COMPLETED_WORK', []],
    ['national approver: may register, but the Department does', nationalApprover, 'NATIONAL', 'BASE_APPRAISAL', []],
    ['unit: a returned dossier to resubmit', unit, 'LOCAL', 'RETURNED', ['submit']],
    ['unit: its contracted project to start', unit, 'LOCAL', 'CONTRACTED', ['start']],
    ['unit: complete_work is its own call, not awaited', unit, 'LOCAL', 'IN_PROGRESS', []],
    ['supervisor: never acts on the lifecycle', supervisor, 'LOCAL', 'SUBMITTED', []],
    ['nobody: a settled project', officer, 'LOCAL', 'SETTLED', []],
  ])('%s', (_label, who, scope, state, expected) => {
    expect(actionsAwaiting(who, project(scope), state)).toEqual(expected);
  });

  test('reach still applies: another province or another unit waits for nobody here', () => {
    expect(actionsAwaiting(officer, project('LOCAL', 'BN'), 'SUBMITTED')).toEqual([]);
    expect(actionsAwaiting(unit, project('LOCAL', 'HN', 'other@example.vn'), 'RETURNED')).toEqual([]);
    expect(actionsAwaiting(unit, project('LOCAL', 'HN', 'UNIT@Example.vn'), 'RETURNED')).toEqual(['submit']);
  });

  test('every awaited action is one the actor is allowed to take (side actions are never listed)', () => {
    const side = ['return', 'reject', 'suspend', 'terminate', 'withdraw', 'record_disbursement', 'request_rework'];
    for (const who of [officer, approver, nationalApprover, unit]) {
      for (const scope of ['LOCAL', 'NATIONAL'] as const) {
        for (const state of ['SUBMITTED', 'BASE_APPRAISAL', 'IN_PROGRESS', 'COMPLETED_WORK', 'ACCEPTED'] as const) {
          for (const action of actionsAwaiting(who, project(scope), state)) expect(side).not.toContain(action);
        }
      }
    }
  });
});

describe('awaitedSituations', () => {
  const names = (who: Actor) => awaitedSituations(who).map((s) => `${s.scope}:${s.state}`);

  test('the officer: drafts, dossiers to appraise, contracts to sign, projects to start and settle', () => {
    expect(names(officer)).toEqual(
      expect.arrayContaining(['LOCAL:SUBMITTED', 'NATIONAL:SUBMITTED', 'LOCAL:APPROVED', 'LOCAL:CONTRACTED']),
    );
    expect(names(officer)).not.toContain('LOCAL:BASE_APPRAISAL');
  });

  test('the province approver and the national approver split the appraisals by scope', () => {
    expect(names(approver)).toEqual(
      expect.arrayContaining(['LOCAL:BASE_APPRAISAL', 'NATIONAL:BASE_APPRAISAL', 'LOCAL:COMPLETED_WORK']),
    );
    expect(names(approver)).not.toContain('NATIONAL:MINISTRY_APPRAISAL');
    expect(names(nationalApprover)).toEqual(['NATIONAL:MINISTRY_APPRAISAL']);
  });

  test('supervisors and admins have no lifecycle step waiting for them', () => {
    expect(awaitedSituations(supervisor)).toEqual([]);
    expect(awaitedSituations(actor('admin', null))).toEqual([]);
  });
});
