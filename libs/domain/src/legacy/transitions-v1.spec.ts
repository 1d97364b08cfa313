/**
 * The first releases' table, frozen for replay (rules.table 'v1'): a history recorded before the capability table
 * must decide exactly as it did then, whatever today's table says. The expectations are the first releases'
 * (issue #2, section 3), written by hand.
 */
import type { ActionName, ProjectState, Scope } from '../lifecycle';
import type { Actor } from '../roles';
import { ProjectSnapshot, initialStatus } from '../project';
import {
  ActionCommand,
  DecisionRules,
  actionsInState,
  allowedActionsFor,
  applyEvent,
  decideAction,
} from '../transitions';

const V1: DecisionRules = { decisionPaperRequired: true, table: 'v1' };
const V1_BEFORE_PAPER: DecisionRules = { decisionPaperRequired: false, table: 'v1' };
const NOW = '2026-05-04T03:00:00.000Z';
const UNIT = 'htx@example.vn';
const DECISION = { decisionNo: '12/QĐ-BCT', decisionDate: '2026-05-01' };

const actor = (role: Actor['role'], provinceCode: string | null, email = `${role}@example.vn`): Actor => ({
  userId: `u-${role}-${provinceCode ?? 'nat'}`,
  email,
  role,
  provinceCode,
});
const officerHN = actor('officer', 'HN');
const approverHN = actor('approver', 'HN');
const nationalApprover = actor('approver', null);
const unit = actor('implementer', 'HN', UNIT);

function snap(scope: Scope, state: ProjectState, advancesVnd = 0): ProjectSnapshot {
  const status = { ...initialStatus(), state, seq: 5, advancesVnd };
  if (!['DRAFT', 'SUBMITTED', 'RETURNED', 'BASE_APPRAISAL', 'MINISTRY_APPRAISAL'].includes(state)) {
    status.approvedSupportVnd = 100_000_000;
  }
  return {
    facts: {
      id: 'p',
      code: 'KCQG-2025-HN-0001',
      scope,
      provinceCode: 'HN',
      category: 'TRAINING',
      title: 'Đào tạo nghề',
      implementingUnit: { name: 'HTX', email: UNIT },
      beneficiary: 'b',
      totalCostVnd: 200_000_000,
      requestedSupportVnd: 100_000_000,
      plannedStart: '2025-03-01',
      plannedEnd: '2025-11-30',
      createdByUserId: 'u',
    },
    status,
  };
}

function ok(s: ProjectSnapshot, command: ActionCommand, rules: DecisionRules = V1): ProjectState {
  const decision = decideAction(s, command, NOW, undefined, rules);
  if (!decision.ok) throw new Error(`${decision.code}: ${decision.message}`);
  return decision.event.toState;
}
function refused(s: ProjectSnapshot, command: ActionCommand, rules: DecisionRules = V1): string {
  const decision = decideAction(s, command, NOW, undefined, rules);
  if (decision.ok) throw new Error(`expected a refusal, got ok → ${decision.event.toState}`);
  return decision.code;
}

describe('the v1 table decides as the first releases did', () => {
  const contract = { action: 'sign_contract' as const, contractNo: 'HĐ-1', contractDate: '2025-04-01' };

  test('the province officer of HN signs a national contract (today only the Cục may)', () => {
    expect(ok(snap('NATIONAL', 'APPROVED'), { ...contract, actor: officerHN })).toBe('CONTRACTED');
    expect(
      refused(snap('NATIONAL', 'APPROVED'), { ...contract, actor: officerHN }, { decisionPaperRequired: true }),
    ).toBe('ROLE_FORBIDDEN');
  });

  test('register goes straight to MINISTRY_APPRAISAL, by the province or the national approver', () => {
    expect(ok(snap('NATIONAL', 'BASE_APPRAISAL'), { action: 'register', actor: approverHN })).toBe(
      'MINISTRY_APPRAISAL',
    );
    expect(ok(snap('NATIONAL', 'BASE_APPRAISAL'), { action: 'register', actor: nationalApprover })).toBe(
      'MINISTRY_APPRAISAL',
    );
    expect(
      ok(
        snap('NATIONAL', 'BASE_APPRAISAL'),
        { action: 'register', actor: approverHN },
        { decisionPaperRequired: true },
      ),
    ).toBe('REGISTERED');
  });

  test('a national project is terminated by the national approver, even with advances (no refund step)', () => {
    const s = snap('NATIONAL', 'IN_PROGRESS', 30_000_000);
    expect(ok(s, { action: 'terminate', actor: nationalApprover, reason: 'Vi phạm', ...DECISION })).toBe('TERMINATED');
    expect(refused(s, { action: 'terminate', actor: approverHN, reason: 'Vi phạm', ...DECISION })).toBe(
      'ROLE_FORBIDDEN',
    );
  });

  test('before the paper rule (v1 without decisionPaperRequired) approve needs no decision', () => {
    expect(ok(snap('LOCAL', 'BASE_APPRAISAL'), { action: 'approve', actor: approverHN }, V1_BEFORE_PAPER)).toBe(
      'APPROVED',
    );
    expect(refused(snap('LOCAL', 'BASE_APPRAISAL'), { action: 'approve', actor: approverHN })).toBe('INVALID_COMMAND');
  });

  test('the province officer settles and pays national projects; accept and suspend by either approver', () => {
    expect(
      ok(snap('NATIONAL', 'CONTRACTED'), {
        action: 'record_disbursement',
        actor: officerHN,
        kind: 'ADVANCE',
        amountVnd: 1,
      }),
    ).toBe('CONTRACTED');
    expect(ok(snap('NATIONAL', 'IN_PROGRESS'), { action: 'suspend', actor: approverHN, reason: 'x' })).toBe(
      'SUSPENDED',
    );
    expect(ok(snap('LOCAL', 'IN_PROGRESS'), { action: 'suspend', actor: nationalApprover, reason: 'x' })).toBe(
      'SUSPENDED',
    );
  });

  test('actions that did not exist then are unknown commands; new actors may do nothing', () => {
    for (const action of [
      'request_stop',
      'open_ministry_appraisal',
      'settle_on_minutes',
      'record_refund',
    ] as ActionName[]) {
      expect(refused(snap('NATIONAL', 'IN_PROGRESS'), { action, actor: nationalApprover, reason: 'x' })).toBe(
        'INVALID_COMMAND',
      );
    }
    expect(refused(snap('NATIONAL', 'APPROVED'), { ...contract, actor: actor('cuc_officer', null) })).toBe(
      'ROLE_FORBIDDEN',
    );
    expect(allowedActionsFor(snap('NATIONAL', 'MINISTRY_APPRAISAL'), actor('minister', null), V1)).toEqual([]);
  });

  test('the actions of each state are the first releases’ (officer’s buttons included)', () => {
    const names = (scope: Scope, state: ProjectState) => [...actionsInState(snap(scope, state), V1)].sort();
    expect(names('NATIONAL', 'BASE_APPRAISAL')).toEqual(['register', 'reject', 'return', 'withdraw']);
    expect(names('NATIONAL', 'IN_PROGRESS')).toEqual(['complete_work', 'record_disbursement', 'suspend', 'terminate']);
    expect(names('LOCAL', 'ACCEPTED')).toEqual(['record_disbursement', 'settle', 'terminate']);
    expect([...allowedActionsFor(snap('NATIONAL', 'ACCEPTED'), officerHN, V1)].sort()).toEqual([
      'record_disbursement',
      'settle',
    ]);
  });

  test('a v1 walk of a national project, replayed event by event, ends where the first releases ended', () => {
    let s = snap('NATIONAL', 'DRAFT');
    const steps: ActionCommand[] = [
      { action: 'submit', actor: unit },
      { action: 'open_appraisal', actor: officerHN },
      { action: 'register', actor: approverHN },
      { action: 'approve', actor: nationalApprover, ...DECISION, approvedSupportVnd: 90_000_000 },
      { ...contract, actor: officerHN },
      { action: 'start', actor: unit },
      { action: 'complete_work', actor: unit },
      { action: 'accept', actor: approverHN, minutesNo: 'BB', minutesDate: '2025-11-20' },
      { action: 'record_disbursement', actor: officerHN, kind: 'FINAL', amountVnd: 90_000_000 },
      { action: 'settle', actor: officerHN },
    ];
    for (const command of steps) {
      const decision = decideAction(s, command, NOW, undefined, V1);
      if (!decision.ok) throw new Error(`${command.action}: ${decision.message}`);
      // no onBehalfOf on a v1 approval: the first releases did not record it
      if (command.action === 'approve') expect(decision.event.details).not.toHaveProperty('onBehalfOf');
      s = { ...s, status: applyEvent(s.status, decision.event) };
    }
    expect(s.status).toMatchObject({ state: 'SETTLED', approvedSupportVnd: 90_000_000, finalPaymentsVnd: 90_000_000 });
  });
});
