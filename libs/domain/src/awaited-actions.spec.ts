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
const cucOfficer = actor('cuc_officer', null);
const minister = actor('minister', null);
const ubnd = actor('ubnd_leader', 'HN');
const collaborator = actor('collaborator', 'HN');

describe('actionsAwaiting', () => {
  test.each<[string, Actor, Scope, ProjectState, string[]]>([
    ['officer: a submitted dossier to appraise', officer, 'LOCAL', 'SUBMITTED', ['open_appraisal']],
    ['officer: an approved project to sign', officer, 'LOCAL', 'APPROVED', ['sign_contract']],
    ['officer: a contracted project to start', officer, 'LOCAL', 'CONTRACTED', ['start']],
    ['officer: an accepted local project to settle', officer, 'LOCAL', 'ACCEPTED', ['settle']],
    ['officer: not a national one (the Cục settles)', officer, 'NATIONAL', 'ACCEPTED', []],
    ['officer: not a national contract to sign', officer, 'NATIONAL', 'APPROVED', []],
    ['officer: a local refund to record', officer, 'LOCAL', 'REFUND_PENDING', ['record_refund']],
    ['Cục officer: a registered list to appraise', cucOfficer, 'NATIONAL', 'REGISTERED', ['open_ministry_appraisal']],
    ['Cục officer: a national contract to sign', cucOfficer, 'NATIONAL', 'APPROVED', ['sign_contract']],
    ['Cục officer: a national project to settle', cucOfficer, 'NATIONAL', 'ACCEPTED', ['settle']],
    ['Cục officer: a national refund to record', cucOfficer, 'NATIONAL', 'REFUND_PENDING', ['record_refund']],
    ['Cục officer: nothing local', cucOfficer, 'LOCAL', 'APPROVED', []],
    ['Minister: a stop to decide', minister, 'NATIONAL', 'SUSPENSION_REQUESTED', ['decide_stop']],
    ['Minister: a carry-over to decide', minister, 'NATIONAL', 'CARRY_OVER_REQUESTED', ['approve_carry_over']],
    ['Minister: the plan decision', minister, 'NATIONAL', 'MINISTRY_APPRAISAL', ['approve']],
    ['UBND leader: not a Department-approved local project', ubnd, 'LOCAL', 'BASE_APPRAISAL', []],
    ['collaborator: never acts on the lifecycle', collaborator, 'LOCAL', 'IN_PROGRESS', []],
    ['officer: its draft to submit', officer, 'LOCAL', 'DRAFT', ['submit']],
    ['officer: nothing while the unit works', officer, 'LOCAL', 'IN_PROGRESS', []],
    ['approver: a local appraisal to approve', approver, 'LOCAL', 'BASE_APPRAISAL', ['approve']],
    ['approver: a national appraisal to register', approver, 'NATIONAL', 'BASE_APPRAISAL', ['register']],
    [
      'approver: national completed work to accept (base acceptance)',
      approver,
      'NATIONAL',
      'COMPLETED_WORK',
      ['accept'],
    ],
    ['approver: not a national suspension (the Cục resumes)', approver, 'NATIONAL', 'SUSPENDED', []],
    ['approver: completed work to accept', approver, 'LOCAL', 'COMPLETED_WORK', ['accept']],
    ['approver: a suspended project to resume', approver, 'LOCAL', 'SUSPENDED', ['resume']],
    ['province approver: not a ministry appraisal', approver, 'NATIONAL', 'MINISTRY_APPRAISAL', []],
    ['national approver: a ministry appraisal', nationalApprover, 'NATIONAL', 'MINISTRY_APPRAISAL', ['approve']],
    ['national approver: a national suspension to resume', nationalApprover, 'NATIONAL', 'SUSPENDED', ['resume']],
    [
      'national approver: a registered list (for its officers too)',
      nationalApprover,
      'NATIONAL',
      'REGISTERED',
      ['open_ministry_appraisal'],
    ],
    ['national approver: not a local appraisal', nationalApprover, 'LOCAL', 'BASE_APPRAISAL', []],
    [
      'national approver: may accept, but the province is waited for',
      nationalApprover,
      'NATIONAL',
      'COMPLETED_WORK',
      [],
    ],
    ['national approver: not a local acceptance', nationalApprover, 'LOCAL', 'COMPLETED_WORK', []],
    ['national approver: does not register, the Department does', nationalApprover, 'NATIONAL', 'BASE_APPRAISAL', []],
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

  test('the UBND leader approves local projects where the regulation names the UBND; the Department leader not', () => {
    const byUbnd = { ...project('LOCAL'), localApprover: 'UBND' as const };
    expect(actionsAwaiting(ubnd, byUbnd, 'BASE_APPRAISAL')).toEqual(['approve']);
    expect(actionsAwaiting(approver, byUbnd, 'BASE_APPRAISAL')).toEqual([]);
    expect(actionsAwaiting(actor('ubnd_leader', 'BN'), byUbnd, 'BASE_APPRAISAL')).toEqual([]);
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

  test('the province approver and the Cục split the appraisals: the Department registers, the Cục appraises', () => {
    expect(awaitedSituations(approver)).toEqual([
      { scope: 'NATIONAL', state: 'BASE_APPRAISAL' },
      // The Department approves group projects' implementation plans (Mẫu 11), national and local alike.
      { scope: 'NATIONAL', state: 'IMPL_PLAN_PENDING', groupOnly: true },
      { scope: 'NATIONAL', state: 'COMPLETED_WORK' },
      { scope: 'LOCAL', state: 'BASE_APPRAISAL', localApprover: 'DEPARTMENT' },
      { scope: 'LOCAL', state: 'IMPL_PLAN_PENDING', groupOnly: true },
      { scope: 'LOCAL', state: 'SUSPENDED' },
      { scope: 'LOCAL', state: 'COMPLETED_WORK' },
    ]);
    expect(names(nationalApprover)).toEqual([
      'NATIONAL:REGISTERED',
      'NATIONAL:MINISTRY_APPRAISAL',
      'NATIONAL:APPROVED',
      'NATIONAL:SUSPENDED',
      'NATIONAL:REFUND_PENDING',
      'NATIONAL:ACCEPTED',
    ]);
    expect(names(cucOfficer)).toEqual([
      'NATIONAL:REGISTERED',
      'NATIONAL:APPROVED',
      'NATIONAL:CONTRACTED',
      'NATIONAL:REFUND_PENDING',
      'NATIONAL:ACCEPTED',
    ]);
  });

  test('the Minister waits on plan decisions, stops and carry-overs; the UBND leader on its approvals', () => {
    expect(names(minister)).toEqual([
      'NATIONAL:MINISTRY_APPRAISAL',
      'NATIONAL:SUSPENSION_REQUESTED',
      'NATIONAL:CARRY_OVER_REQUESTED',
    ]);
    expect(awaitedSituations(ubnd)).toEqual([{ scope: 'LOCAL', state: 'BASE_APPRAISAL', localApprover: 'UBND' }]);
  });

  test('the officer no longer waits on national contracts or settlements', () => {
    expect(names(officer)).toEqual([
      'NATIONAL:DRAFT',
      'NATIONAL:SUBMITTED',
      'NATIONAL:RETURNED',
      // Only a national group project waits there for the officer: its implementation plan, entered for the unit.
      'NATIONAL:APPROVED',
      'NATIONAL:CONTRACTED',
      'LOCAL:DRAFT',
      'LOCAL:SUBMITTED',
      'LOCAL:RETURNED',
      'LOCAL:APPROVED',
      'LOCAL:CONTRACTED',
      'LOCAL:REFUND_PENDING',
      'LOCAL:ACCEPTED',
    ]);
  });

  test('a step only group projects wait for is marked so, and read on the project with its plan', () => {
    expect(awaitedSituations(officer)).toContainEqual({ scope: 'NATIONAL', state: 'APPROVED', groupOnly: true });
    const own = { scope: 'NATIONAL' as const, provinceCode: 'HN', implementingUnitEmail: 'unit.hn@demo.local' };
    expect(actionsAwaiting(officer, { ...own, group: true }, 'APPROVED')).toEqual(['submit_impl_plan']);
    expect(actionsAwaiting(officer, { ...own, group: true, implPlanApproved: true }, 'APPROVED')).toEqual([]);
    expect(actionsAwaiting(officer, { ...own, scope: 'LOCAL', group: true }, 'APPROVED')).toEqual(['submit_impl_plan']);
    expect(
      actionsAwaiting(officer, { ...own, scope: 'LOCAL', group: true, implPlanApproved: true }, 'APPROVED'),
    ).toEqual(['sign_contract']);
  });

  test('supervisors, collaborators and admins have no lifecycle step waiting for them', () => {
    expect(awaitedSituations(supervisor)).toEqual([]);
    expect(awaitedSituations(collaborator)).toEqual([]);
    expect(awaitedSituations(actor('supervisor', null))).toEqual([]);
    expect(awaitedSituations(actor('admin', null))).toEqual([]);
  });
});
