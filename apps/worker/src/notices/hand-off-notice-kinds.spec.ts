import {
  ADJUSTMENT_EVENT_ACTIONS,
  ACTIONS,
  ActionName,
  ActingFacts,
  LifecycleStatus,
  ProjectState,
  SCOPES,
  Scope,
  TRANSITIONS,
  handOffRecipients,
} from '@kc/domain';
import { HAND_OFF_NOTICE_KINDS, handOffNoticeFor, handOffNoticeKey } from './hand-off-notice-kinds';

/**
 * Every action that moves a project (its `to` is not 'same') and the notice it calls for, by the state it leads to
 * when that depends on the project (a stop with an unused advance first asks for the refund). Null: it hands
 * nothing over (the actor's own next step, or one the worker does not mail yet). An action added to TRANSITIONS
 * fails this spec until it is placed here.
 */
const EXPECTED: Record<string, string | null | Partial<Record<ProjectState, string>>> = {
  submit: 'HANDOFF_SUBMITTED',
  return: 'HANDOFF_RETURNED',
  open_appraisal: null,
  register: 'HANDOFF_REGISTERED',
  open_ministry_appraisal: 'HANDOFF_MINISTRY_APPRAISAL',
  approve: 'HANDOFF_APPROVED',
  reject: 'HANDOFF_REJECTED',
  not_select: 'HANDOFF_NOT_SELECTED',
  sign_contract: 'HANDOFF_CONTRACTED',
  start: null,
  suspend: null,
  resume: null,
  complete_work: null,
  request_rework: null,
  accept: 'HANDOFF_ACCEPTED',
  settle: null,
  settle_on_minutes: null,
  terminate: { REFUND_PENDING: 'HANDOFF_REFUND_DUE', TERMINATED: 'HANDOFF_STOPPED' },
  request_stop: 'HANDOFF_STOP_REQUESTED',
  decide_stop: { REFUND_PENDING: 'HANDOFF_REFUND_DUE', TERMINATED: 'HANDOFF_STOPPED' },
  // Back to where it stood, whichever state that is.
  refuse_stop: 'HANDOFF_STOP_REFUSED',
  request_carry_over: 'HANDOFF_CARRY_OVER_REQUESTED',
  approve_carry_over: 'HANDOFF_CARRIED_OVER',
  refuse_carry_over: 'HANDOFF_CARRY_OVER_REFUSED',
  record_refund: 'HANDOFF_REFUND_RECORDED',
  withdraw: null,
  submit_impl_plan: 'HANDOFF_IMPL_PLAN_SUBMITTED',
  approve_impl_plan: 'HANDOFF_IMPL_PLAN_APPROVED',
  return_impl_plan: 'HANDOFF_IMPL_PLAN_RETURNED',
  accept_work_done: 'HANDOFF_WORK_DONE_ACCEPTED',
};

const STATUS: LifecycleStatus = {
  state: 'IN_PROGRESS',
  seq: 7,
  approvedSupportVnd: 100_000_000,
  advancesVnd: 0,
  finalPaymentsVnd: 0,
} as LifecycleStatus;

/** The states an action may lead to: its fixed target, or what its function gives for the statuses that matter. */
function targetsOf(action: ActionName): ProjectState[] {
  const to = TRANSITIONS[action].to;
  if (to === 'same') return [];
  if (typeof to !== 'function') return [to];
  const outcomes = [
    to(STATUS),
    to({ ...STATUS, advancesVnd: 40_000_000 }),
    to({ ...STATUS, resumeState: 'CONTRACTED' }),
    to({ ...STATUS, resumeState: 'SUSPENDED' }),
  ];
  return [...new Set(outcomes)];
}

const factsOf = (scope: Scope): ActingFacts => ({
  scope,
  provinceCode: 'HN',
  implementingUnit: { email: 'u@x.vn' },
  group: true,
});
const scopesOf = (action: ActionName): Scope[] => SCOPES.filter((s) => TRANSITIONS[action].from(factsOf(s)).length > 0);

const MOVING = (Object.keys(TRANSITIONS) as ActionName[]).filter((a) => TRANSITIONS[a].to !== 'same');

describe('hand-off notice kinds', () => {
  it('places every action that moves a project: a notice, or none on purpose', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...MOVING].sort());
  });

  it.each(MOVING)('%s: mails the notice its target state calls for', (action) => {
    const expected = EXPECTED[action];
    for (const toState of targetsOf(action)) {
      const want = expected === null || typeof expected === 'string' ? expected : (expected[toState] ?? null);
      expect({ toState, kind: handOffNoticeFor({ action, toState })?.kind ?? null }).toEqual({ toState, kind: want });
    }
  });

  it.each(MOVING)(
    '%s: its notice writes to the body the domain’s recipients name, in every scope it exists',
    (action) => {
      for (const toState of targetsOf(action)) {
        const notice = handOffNoticeFor({ action, toState });
        for (const scope of scopesOf(action)) {
          const recipients = handOffRecipients(action, scope);
          // A mailed hand-off has its recipients in the domain; one not mailed has none to find.
          if (!notice) {
            expect({ scope, recipients }).toEqual({ scope, recipients: null });
            continue;
          }
          expect({ scope, office: recipients?.office }).toEqual({ scope, office: notice.audience });
        }
      }
    },
  );

  it('keeps each row to a known action that changes the state, and kinds that fit the log', () => {
    for (const kind of HAND_OFF_NOTICE_KINDS) {
      // An adjustment request's steps are mailed without a change of state (their recipients follow the decider grid).
      if ((ADJUSTMENT_EVENT_ACTIONS as readonly string[]).includes(kind.action)) {
        expect(kind.kind.length).toBeLessThanOrEqual(30);
        continue;
      }
      expect(ACTIONS).toContain(kind.action);
      // Only actions that change the state hand a project over (the workflow asks only then).
      expect(TRANSITIONS[kind.action as ActionName].to).not.toBe('same');
      // notification_log.kind is varchar(30).
      expect(kind.kind.length).toBeLessThanOrEqual(30);
      if (kind.toState) expect(targetsOf(kind.action as ActionName)).toContain(kind.toState);
    }
    const rows = HAND_OFF_NOTICE_KINDS.map((k) => `${k.action}→${k.toState ?? '*'}`);
    expect(new Set(rows).size).toBe(rows.length);
  });

  it('mails the Cục on registration and the Minister on a stop or a carry-over request', () => {
    expect(handOffNoticeFor({ action: 'register', toState: 'REGISTERED' })?.audience).toBe('CUC');
    expect(handOffNoticeFor({ action: 'request_stop', toState: 'SUSPENSION_REQUESTED' })?.audience).toBe('MINISTER');
    expect(handOffNoticeFor({ action: 'request_carry_over', toState: 'CARRY_OVER_REQUESTED' })?.audience).toBe(
      'MINISTER',
    );
    expect(handOffRecipients('record_refund', 'NATIONAL')?.copy?.map((p) => p.role)).toEqual([
      'cuc_officer',
      'approver',
    ]);
  });

  it('has no notice for an action that hands nothing over', () => {
    expect(handOffNoticeFor({ action: 'open_appraisal' })).toBeNull();
    expect(handOffNoticeFor({ action: 'record_disbursement' })).toBeNull();
    expect(handOffNoticeFor({ action: 'submit' })?.kind).toBe('HANDOFF_SUBMITTED');
  });

  it('keys a notice by project, event seq and kind, in the shape of the deadline notices’ keys', () => {
    expect(handOffNoticeKey('KCĐP-2026-HN-0002', 2, 'HANDOFF_SUBMITTED')).toBe(
      'KCĐP-2026-HN-0002:EVENT-2:HANDOFF_SUBMITTED:1',
    );
  });
});
