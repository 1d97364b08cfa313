/**
 * Deciding adjustment requests, purely: whether a request may be made or acted on, and the record, the audit event
 * and the new terms that follow. The workflow holds the records; the API and the web app ask the same functions.
 */
import type { ProjectState } from '../lifecycle';
import { STATE_LABELS } from '../lifecycle';
import type { LifecycleStatus, ProjectFacts, ProjectSnapshot } from '../project';
import { Actor, positionLabel } from '../roles';
import { supportCapViolation } from '../money-rules/support-caps';
import { REFUSAL_CODES, Refusal } from '../errors';
import { localDayOf } from '../calendar/calendar-days';
import { isIsoDate } from '../dates';
import type { LifecycleEvent } from '../transitions';
import { unusedAdvanceVnd } from '../project';
import {
  ADJUSTMENT_ACTION_LABELS,
  ADJUSTMENT_KIND_LABELS,
  AdjustmentAction,
  AdjustmentEventAction,
  AdjustmentKind,
  AdjustmentStatus,
  OPEN_ADJUSTMENT_STATUSES,
  isAdjustmentAction,
  isAdjustmentKind,
  ADJUSTMENT_KINDS,
} from './adjustment-kinds';
import {
  ADJUSTMENT_CERTIFIER,
  ADJUSTMENT_REQUESTER,
  AdjustmentContext,
  adjustmentDecider,
  deciderSummary,
} from '../capabilities/adjustment-deciders';
import { AdjustmentChanges, ProjectTerms, applyChanges, checkChanges, termsOf, withTerms } from './adjustment-terms';

/** The states an adjustment may be asked in: approved, and not yet completed, stopped or under another request. */
export const ADJUSTABLE_STATES: readonly ProjectState[] = [
  'APPROVED',
  'CONTRACTED',
  'IN_PROGRESS',
  'SUSPENDED',
  'CARRIED_OVER',
];

export interface AdjustmentDeciderView {
  role: string;
  organisation: string;
  copyTo: string | null;
  vi: string;
  en: string;
}

/** One request, as the workflow keeps it and the read model mirrors it (`version` orders its writes). */
export interface AdjustmentRecord {
  id: string;
  projectId: string;
  kind: AdjustmentKind;
  status: AdjustmentStatus;
  reason: string;
  changes: AdjustmentChanges;
  /** The terms in force when it was asked, and those it asks for (applied only on approval). */
  termsBefore: ProjectTerms;
  termsProposed: ProjectTerms;
  /** The terms version an approval made (the original terms are version 1). */
  termsVersion: number | null;
  decider: AdjustmentDeciderView;
  requestedBy: Actor;
  requestedAt: string;
  certifiedBy: Actor | null;
  certifiedAt: string | null;
  decidedBy: Actor | null;
  decidedAt: string | null;
  /** Why it was rejected, withdrawn or closed; a note with an approval. */
  decisionReason: string | null;
  /** The decision paper an approval names (quyết định điều chỉnh, phụ lục hợp đồng). */
  decisionNo: string | null;
  decisionDate: string | null;
  version: number;
}

/** What a project shows beside its lifecycle state while a request is open (ADJUSTMENT_REQUESTED). */
export interface OpenAdjustment {
  id: string;
  kind: AdjustmentKind;
  status: AdjustmentStatus;
}

export interface AdjustmentRequestCommand {
  id: string;
  kind: AdjustmentKind;
  reason: string;
  changes: AdjustmentChanges;
  actor: Actor;
}

export interface AdjustmentActionCommand {
  adjustmentId: string;
  action: AdjustmentAction;
  actor: Actor;
  reason?: string;
  decisionNo?: string;
  decisionDate?: string;
}

export type AdjustmentDecision =
  { ok: true; record: AdjustmentRecord; event: LifecycleEvent; facts: ProjectFacts; status: LifecycleStatus } | Refusal;

function refuse(code: Refusal['code'], message: string): Refusal {
  return { ok: false, code, message, allowedActions: [] };
}

export function adjustmentContextOf(facts: ProjectFacts): AdjustmentContext {
  return {
    scope: facts.scope,
    provinceCode: facts.provinceCode,
    implementingUnitEmail: facts.implementingUnit.email,
    localApprover: facts.localApprover,
    group: facts.group === true,
  };
}

/** Who decides a kind of request on this project, on a day (the Cục's name changes by date). */
export function deciderFor(facts: ProjectFacts, kind: AdjustmentKind, onDay: string): AdjustmentDeciderView {
  const context = adjustmentContextOf(facts);
  return deciderSummary(adjustmentDecider(kind, context, onDay), context);
}

const MAX_REASON = 2000;

function adjustmentEvent(
  snapshot: ProjectSnapshot,
  action: AdjustmentEventAction,
  actor: Actor,
  reason: string | null,
  record: AdjustmentRecord,
  occurredAt: string,
  toState: ProjectState = snapshot.status.state,
): LifecycleEvent {
  return {
    seq: snapshot.status.seq + 1,
    action,
    fromState: snapshot.status.state,
    toState,
    actor,
    reason,
    details: { adjustmentId: record.id, kind: record.kind, adjustmentStatus: record.status },
    occurredAt,
  };
}

const openOf = (record: AdjustmentRecord): OpenAdjustment | null =>
  OPEN_ADJUSTMENT_STATUSES.includes(record.status) ? { id: record.id, kind: record.kind, status: record.status } : null;

/** A new request: the requester's, in a state that allows it, with no other open, its changes within the rules. */
export function decideAdjustmentRequest(
  snapshot: ProjectSnapshot,
  open: AdjustmentRecord | null,
  command: AdjustmentRequestCommand,
  occurredAt: string,
): AdjustmentDecision {
  const { facts, status } = snapshot;
  if (!isAdjustmentKind(command.kind)) {
    return refuse(
      REFUSAL_CODES.INVALID_COMMAND,
      `Loại điều chỉnh không hợp lệ; chọn một trong: ${ADJUSTMENT_KINDS.join(', ')} / unknown kind; one of: ${ADJUSTMENT_KINDS.join(', ')}`,
    );
  }
  const context = adjustmentContextOf(facts);
  if (!ADJUSTMENT_REQUESTER.allows(command.actor, context)) {
    const who = ADJUSTMENT_REQUESTER.describeFor(context);
    return refuse(
      REFUSAL_CODES.ROLE_FORBIDDEN,
      `${positionLabel(command.actor).vi} không được đề nghị điều chỉnh đề án này; người được phép: ${who.vi} / ` +
        `${positionLabel(command.actor).en} may not request an adjustment of this project; who may: ${who.en}`,
    );
  }
  if (!ADJUSTABLE_STATES.includes(status.state)) {
    return refuse(
      REFUSAL_CODES.ILLEGAL_TRANSITION,
      `Không thể đề nghị điều chỉnh khi đề án ở trạng thái ${STATE_LABELS[status.state].vi} (${status.state}); chỉ sau khi được phê duyệt và trước khi hoàn thành khối lượng / ` +
        `no adjustment may be requested in state ${status.state}; only after approval and before the work is completed`,
    );
  }
  if (open) {
    return refuse(
      REFUSAL_CODES.ILLEGAL_TRANSITION,
      `Đề án đang có đề nghị điều chỉnh chưa giải quyết (${ADJUSTMENT_KIND_LABELS[open.kind].vi}, ${open.id}); chờ quyết định hoặc rút đề nghị đó trước / ` +
        `the project already has an open request (${open.kind}, ${open.id}); wait for its decision or withdraw it first`,
    );
  }
  const reason = typeof command.reason === 'string' ? command.reason.trim() : '';
  if (!reason || reason.length > MAX_REASON) {
    return refuse(
      REFUSAL_CODES.INVALID_COMMAND,
      `Cần nêu lý do đề nghị điều chỉnh (tối đa ${MAX_REASON} ký tự) / a reason is required (at most ${MAX_REASON} characters)`,
    );
  }
  const terms = termsOf(facts, status, establishmentOf(command.changes));
  const problem = checkChanges(command.kind, command.changes, terms, status);
  if (problem) return refuse(problem.code, problem.message);
  const changes = trimmed(command.changes ?? {});
  // More funding is held to the cap the project was created under (its money rules), as the first request was.
  const proposed = applyChanges(terms, changes);
  const overCap =
    command.kind === 'FUNDING_INCREASE'
      ? supportCapViolation(facts.moneyRules?.supportCap, proposed.totalCostVnd, proposed.supportVnd, {
          vi: 'Kinh phí hỗ trợ đề nghị điều chỉnh',
          en: 'The adjusted support',
        })
      : null;
  if (overCap) return refuse(REFUSAL_CODES.RULE_VIOLATION, overCap);
  const record: AdjustmentRecord = {
    id: command.id,
    projectId: facts.id,
    kind: command.kind,
    status: 'REQUESTED',
    reason,
    changes,
    termsBefore: terms,
    termsProposed: proposed,
    termsVersion: null,
    decider: deciderFor(facts, command.kind, localDayOf(occurredAt)),
    requestedBy: command.actor,
    requestedAt: occurredAt,
    certifiedBy: null,
    certifiedAt: null,
    decidedBy: null,
    decidedAt: null,
    decisionReason: null,
    decisionNo: null,
    decisionDate: null,
    version: 1,
  };
  const event = adjustmentEvent(snapshot, 'request_adjustment', command.actor, reason, record, occurredAt);
  return { ok: true, record, event, facts, status: { ...status, seq: event.seq, openAdjustment: openOf(record) } };
}

/** The establishment a request's changes name (a group project), if they name one as text. */
function establishmentOf(changes: unknown): string | undefined {
  if (typeof changes !== 'object' || changes === null) return undefined;
  const id = (changes as Record<string, unknown>).beneficiaryId;
  return typeof id === 'string' ? id : undefined;
}

function trimmed(changes: AdjustmentChanges): AdjustmentChanges {
  const out: AdjustmentChanges = { ...changes };
  for (const field of ['beneficiary', 'site', 'partner'] as const) {
    if (typeof out[field] === 'string') out[field] = (out[field] as string).trim();
  }
  return out;
}

/** What each action needs the request to be in, and who may take it (the decider is the request's own). */
function actionRule(
  action: AdjustmentAction,
  record: AdjustmentRecord,
  context: AdjustmentContext,
): { from: AdjustmentStatus[]; who: (actor: Actor) => boolean; describe: { vi: string; en: string } } {
  const decider = adjustmentDecider(record.kind, context, localDayOf(record.requestedAt)).party;
  const party = (p: typeof decider) => ({ who: (a: Actor) => p.allows(a, context), describe: p.describeFor(context) });
  switch (action) {
    case 'certify':
      return { from: ['REQUESTED'], ...party(ADJUSTMENT_CERTIFIER) };
    case 'approve':
      return { from: ['CERTIFIED'], ...party(decider) };
    case 'reject':
      // The Department may refuse to certify; once certified only the decider may refuse.
      return record.status === 'REQUESTED'
        ? {
            from: ['REQUESTED'],
            who: (a) => ADJUSTMENT_CERTIFIER.allows(a, context) || decider.allows(a, context),
            describe: {
              vi: `${ADJUSTMENT_CERTIFIER.describeFor(context).vi}; ${decider.describeFor(context).vi}`,
              en: `${ADJUSTMENT_CERTIFIER.describeFor(context).en}; ${decider.describeFor(context).en}`,
            },
          }
        : { from: ['CERTIFIED'], ...party(decider) };
    case 'withdraw':
      return { from: ['REQUESTED', 'CERTIFIED'], ...party(ADJUSTMENT_REQUESTER) };
  }
}

/** The actions this actor may take on a request now (the web app's buttons). */
export function allowedAdjustmentActions(
  snapshot: ProjectSnapshot,
  record: AdjustmentRecord,
  actor: Actor,
): AdjustmentAction[] {
  return adjustmentActionsFor(adjustmentContextOf(snapshot.facts), record, actor);
}

/** The same, from the facts that decide who acts (scope, province, unit, local approver, group) alone. */
export function adjustmentActionsFor(
  context: AdjustmentContext,
  record: AdjustmentRecord,
  actor: Actor,
): AdjustmentAction[] {
  return (['certify', 'approve', 'reject', 'withdraw'] as const).filter((action) => {
    const rule = actionRule(action, record, context);
    return rule.from.includes(record.status) && rule.who(actor);
  });
}

/** Whether an action may be taken on a request, and what follows: an approval applies the new terms. */
export function decideAdjustmentAction(
  snapshot: ProjectSnapshot,
  record: AdjustmentRecord | null,
  command: AdjustmentActionCommand,
  occurredAt: string,
): AdjustmentDecision {
  if (!record) {
    return refuse(REFUSAL_CODES.INVALID_COMMAND, 'Không tìm thấy đề nghị điều chỉnh / no such adjustment request');
  }
  if (!isAdjustmentAction(command.action)) {
    return refuse(
      REFUSAL_CODES.INVALID_COMMAND,
      `Thao tác không hợp lệ; chọn một trong: certify, approve, reject, withdraw / unknown action; one of: certify, approve, reject, withdraw`,
    );
  }
  const rule = actionRule(command.action, record, adjustmentContextOf(snapshot.facts));
  const label = ADJUSTMENT_ACTION_LABELS[command.action];
  if (!rule.from.includes(record.status)) {
    const waiting =
      record.status === 'REQUESTED' && command.action === 'approve'
        ? ' Đề nghị chưa được Sở Công Thương xác nhận. /'
        : ' /';
    return refuse(
      REFUSAL_CODES.ILLEGAL_TRANSITION,
      `Không thể "${label.vi}" khi đề nghị ở trạng thái ${record.status}.${waiting} ` +
        `"${command.action}" is not possible while the request is ${record.status}`,
    );
  }
  if (!rule.who(command.actor)) {
    return refuse(
      REFUSAL_CODES.ROLE_FORBIDDEN,
      `${positionLabel(command.actor).vi} không được "${label.vi}" đề nghị này; người được phép: ${rule.describe.vi} / ` +
        `${positionLabel(command.actor).en} may not ${command.action} this request; who may: ${rule.describe.en}`,
    );
  }
  const reason = typeof command.reason === 'string' ? command.reason.trim() : '';
  if ((command.action === 'reject' || command.action === 'withdraw') && !reason) {
    return refuse(REFUSAL_CODES.INVALID_COMMAND, 'Cần nêu lý do / a reason is required');
  }
  if (reason.length > MAX_REASON) {
    return refuse(REFUSAL_CODES.INVALID_COMMAND, `Lý do tối đa ${MAX_REASON} ký tự / reason too long`);
  }
  const { facts, status } = snapshot;
  const next: AdjustmentRecord = { ...record, version: record.version + 1 };
  if (command.action === 'certify') {
    Object.assign(next, { status: 'CERTIFIED', certifiedBy: command.actor, certifiedAt: occurredAt });
    const event = adjustmentEvent(snapshot, 'certify_adjustment', command.actor, reason || null, next, occurredAt);
    return {
      ok: true,
      record: next,
      event,
      facts,
      status: { ...status, seq: event.seq, openAdjustment: openOf(next) },
    };
  }
  if (command.action !== 'approve') {
    const closing = command.action === 'reject' ? 'REJECTED' : 'WITHDRAWN';
    Object.assign(next, { status: closing, decidedBy: command.actor, decidedAt: occurredAt, decisionReason: reason });
    const action = command.action === 'reject' ? 'reject_adjustment' : 'withdraw_adjustment';
    const event = adjustmentEvent(snapshot, action, command.actor, reason, next, occurredAt);
    return { ok: true, record: next, event, facts, status: { ...status, seq: event.seq, openAdjustment: null } };
  }
  // The terms may have moved since the request (a disbursement): judge the changes again at the decision.
  const current = termsOf(facts, status, record.changes.beneficiaryId);
  const problem = checkChanges(record.kind, record.changes, current, status);
  if (problem) return refuse(problem.code, problem.message);
  const decisionNo = typeof command.decisionNo === 'string' ? command.decisionNo.trim() : '';
  if (command.decisionDate !== undefined && !isIsoDate(command.decisionDate)) {
    return refuse(
      REFUSAL_CODES.INVALID_COMMAND,
      'Ngày quyết định phải có dạng YYYY-MM-DD / decisionDate must be YYYY-MM-DD',
    );
  }
  // A decision named without its day is taken as made on the day it is recorded.
  const decisionDate = command.decisionDate ?? (decisionNo ? localDayOf(occurredAt) : null);
  const applied = applyChanges(current, record.changes);
  const version = (facts.termsVersion ?? 1) + 1;
  Object.assign(next, {
    status: 'APPROVED',
    decidedBy: command.actor,
    decidedAt: occurredAt,
    decisionReason: reason || null,
    decisionNo: decisionNo || null,
    decisionDate,
    termsProposed: applied,
    termsVersion: version,
  });
  const changed = withTerms(facts, status, applied, record.changes.beneficiaryId);
  const toState = stateAfterApproval(record.kind, facts, status);
  const event = adjustmentEvent(
    snapshot,
    'approve_adjustment',
    command.actor,
    reason || null,
    next,
    occurredAt,
    toState,
  );
  event.details.termsVersion = version;
  if (decisionNo) event.details.decisionNo = decisionNo;
  if (decisionDate) event.details.decisionDate = decisionDate;
  return {
    ok: true,
    record: next,
    event,
    facts: { ...changed.facts, termsVersion: version },
    status: {
      ...changed.status,
      state: toState,
      seq: event.seq,
      openAdjustment: null,
      ...(record.kind === 'STOP' ? { resumeState: null } : {}),
    },
  };
}

/**
 * An approved stop ends the project (after the refund of any unused advance, TT 36 Art. 12.6); an approved
 * extension carries a national project under way into the next year (CARRIED_OVER). Others keep the state.
 */
function stateAfterApproval(kind: AdjustmentKind, facts: ProjectFacts, status: LifecycleStatus): ProjectState {
  if (kind === 'STOP') return unusedAdvanceVnd(status) > 0 ? 'REFUND_PENDING' : 'TERMINATED';
  if (kind === 'EXTENSION_NEXT_YEAR' && facts.scope === 'NATIONAL' && status.state === 'IN_PROGRESS') {
    return 'CARRIED_OVER';
  }
  return status.state;
}

/** States in which an open request can no longer be decided: the work is done, or the project stopped or ended. */
const LAPSING_STATES: readonly ProjectState[] = [
  'COMPLETED_WORK',
  'ACCEPTED',
  'REFUND_PENDING',
  'SETTLED',
  'TERMINATED',
  'WITHDRAWN',
  'REJECTED',
  'NOT_SELECTED',
];

/**
 * The project left the states that allow requests by another way (a stop decided, a withdrawal, completion): an open
 * request is closed, with the event the audit trail records. Null when nothing is open.
 */
export function closeOpenAdjustment(
  snapshot: ProjectSnapshot,
  record: AdjustmentRecord | null,
  occurredAt: string,
  actor: Actor,
): { record: AdjustmentRecord; event: LifecycleEvent; status: LifecycleStatus } | null {
  if (!record || !OPEN_ADJUSTMENT_STATUSES.includes(record.status)) return null;
  if (!LAPSING_STATES.includes(snapshot.status.state)) return null;
  const reason = `Đề án chuyển sang trạng thái ${STATE_LABELS[snapshot.status.state].vi}; đề nghị điều chỉnh không còn được xem xét / the project moved to ${snapshot.status.state}; the request lapsed`;
  const next: AdjustmentRecord = {
    ...record,
    status: 'CLOSED',
    decidedAt: occurredAt,
    decisionReason: reason,
    version: record.version + 1,
  };
  const event = adjustmentEvent(snapshot, 'close_adjustment', actor, reason, next, occurredAt);
  return { record: next, event, status: { ...snapshot.status, seq: event.seq, openAdjustment: null } };
}
