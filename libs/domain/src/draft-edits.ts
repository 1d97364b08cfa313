/**
 * Editing a project's dossier while it is a draft or returned for more documents: who may, what may change, and the
 * audit event "edit_draft" that records each change with its value before and after.
 */
import { STATE_LABELS, ProjectState } from './lifecycle';
import type { ProjectFacts, ProjectSnapshot } from './project';
import type { ProjectMoneyRules } from './money-rules/project-money-rules';
import { REFUSAL_CODES, Refusal } from './errors';
import { Actor, positionLabel } from './roles';
import { CAPABILITIES } from './capabilities/capability-table';
import { PARTIES } from './capabilities/parties';
import { contextOf } from './transition-rule';
import { DRAFT_FIELDS, DraftField, describeProblems, draftProblems } from './project-rules';
import { DRAFT_EDIT_STATES, mayEditDraft, type LifecycleEvent } from './transitions';

/** The new values of the fields that change; a field left out keeps its value. Money is integer VND. */
export interface DraftChanges {
  category?: string;
  title?: string;
  implementingUnit?: { name: string; email: string };
  beneficiary?: string;
  totalCostVnd?: number;
  requestedSupportVnd?: number;
  plannedStart?: string;
  plannedEnd?: string;
  /** Set by the API, never typed: the money rules of the new content area (projects created under the tables). */
  moneyRules?: ProjectMoneyRules;
  /**
   * The money-rule facts that may change in a draft (issue 15). Under their own key: edits recorded before it may
   * carry stray top-level fields of these names, which were ignored then and so stay ignored on replay.
   */
  money?: { priorityArea?: boolean; unitOverheadVnd?: number };
}

/** The money-rule facts an edit may change, with how the history shows them. */
export const MONEY_DRAFT_FIELDS = ['priorityArea', 'unitOverheadVnd'] as const;
export type MoneyDraftField = (typeof MONEY_DRAFT_FIELDS)[number];

function moneyValueOf(facts: ProjectFacts, field: MoneyDraftField): string | number {
  if (field === 'priorityArea') return facts.priorityArea ? 'true' : 'false';
  return facts.unitOverheadVnd ?? '';
}

export interface DraftEdit {
  actor: Actor;
  changes: DraftChanges;
}

export type DraftEditDecision = { ok: true; event: LifecycleEvent; facts: ProjectFacts } | Refusal;

/** Who may edit a draft's dossier, as the capability table names them. */
const EDITORS = CAPABILITIES['project.edit_draft'].who.describe;

function refuse(code: Refusal['code'], message: string): Refusal {
  return { ok: false, code, message, allowedActions: [] };
}

/** The refusal for editing now (state: 409, role: 403), or null when the actor may edit the dossier. */
export function draftEditRefusal(snapshot: ProjectSnapshot, actor: Actor): Refusal | null {
  const { facts, status } = snapshot;
  if (!DRAFT_EDIT_STATES.includes(status.state)) {
    return refuse(
      REFUSAL_CODES.ILLEGAL_TRANSITION,
      `Chỉ sửa được hồ sơ khi đề án ở trạng thái Dự thảo hoặc Trả lại bổ sung; hiện tại: ${STATE_LABELS[status.state].vi} / ` +
        `the dossier can be edited only in DRAFT or RETURNED; the project is ${status.state}`,
    );
  }
  if (!mayEditDraft(actor, facts)) {
    return refuse(
      REFUSAL_CODES.ROLE_FORBIDDEN,
      `${positionLabel(actor).vi} không được sửa hồ sơ đề án này; người được phép: ${EDITORS.vi} / ` +
        `${positionLabel(actor).en} (role ${actor.role}) may not edit this dossier; who may: ${EDITORS.en}`,
    );
  }
  return null;
}

/** The facts with the changes applied, text normalised as at creation (NFC, trimmed, email in lower case). */
export function applyDraftChanges(facts: ProjectFacts, changes: DraftChanges): ProjectFacts {
  return withMoneyChanges(applyDossierChanges(facts, changes), changes.money);
}

function applyDossierChanges(facts: ProjectFacts, changes: DraftChanges): ProjectFacts {
  // A field sent as null (JSON) is left as it is, like a field left out.
  const text = (value: string | null | undefined, current: string) =>
    typeof value === 'string' ? value.normalize('NFC').trim() : current;
  return {
    ...facts,
    category: changes.category ?? facts.category,
    title: text(changes.title, facts.title),
    implementingUnit: changes.implementingUnit
      ? {
          name: text(changes.implementingUnit.name, facts.implementingUnit.name),
          email: text(changes.implementingUnit.email, facts.implementingUnit.email).toLowerCase(),
        }
      : facts.implementingUnit,
    beneficiary: text(changes.beneficiary, facts.beneficiary),
    totalCostVnd: changes.totalCostVnd ?? facts.totalCostVnd,
    requestedSupportVnd: changes.requestedSupportVnd ?? facts.requestedSupportVnd,
    plannedStart: changes.plannedStart ?? facts.plannedStart,
    plannedEnd: changes.plannedEnd ?? facts.plannedEnd,
    ...(changes.moneyRules && facts.moneyRules ? { moneyRules: changes.moneyRules } : {}),
  };
}

function withMoneyChanges(facts: ProjectFacts, money: DraftChanges['money']): ProjectFacts {
  if (!money) return facts;
  const next: ProjectFacts = { ...facts };
  // Absent rather than false, as a project created outside a priority area carries it.
  if (money.priorityArea === true) next.priorityArea = true;
  else if (money.priorityArea === false) delete next.priorityArea;
  if (typeof money.unitOverheadVnd === 'number') next.unitOverheadVnd = money.unitOverheadVnd;
  return next;
}

function valueOf(facts: ProjectFacts, field: DraftField): string | number {
  if (field === 'implementingUnit.name') return facts.implementingUnit.name;
  if (field === 'implementingUnit.email') return facts.implementingUnit.email;
  return facts[field];
}

/** The fields whose values differ, in the order of the form. */
export function changedFields(before: ProjectFacts, after: ProjectFacts): DraftField[] {
  return DRAFT_FIELDS.filter((field) => valueOf(before, field) !== valueOf(after, field));
}

/** Every field an edit changes: the dossier's, in the order of the form, then the money-rule facts. */
export function editedFields(before: ProjectFacts, after: ProjectFacts): string[] {
  return [
    ...changedFields(before, after),
    ...MONEY_DRAFT_FIELDS.filter((field) => moneyValueOf(before, field) !== moneyValueOf(after, field)),
  ];
}

/**
 * Decides an edit of the dossier; on success, the new facts and the audit event that records what changed
 * (`details.changed` lists the fields, `<field>.before` / `<field>.after` their values). Pure and deterministic.
 */
export function decideDraftEdit(snapshot: ProjectSnapshot, edit: DraftEdit, occurredAt: string): DraftEditDecision {
  const blocked = draftEditRefusal(snapshot, edit.actor);
  if (blocked) return blocked;
  const { facts, status } = snapshot;
  const next = applyDraftChanges(facts, edit.changes);
  // The project's unit stays its unit: it may not hand the project to another one (the officer may).
  if (PARTIES.unit.allows(edit.actor, contextOf(facts)) && !PARTIES.unit.allows(edit.actor, contextOf(next))) {
    return refuse(
      REFUSAL_CODES.ROLE_FORBIDDEN,
      `Đơn vị thực hiện không được chuyển đề án cho đơn vị khác: email đơn vị phải là ${edit.actor.email} / ` +
        `an implementer may not hand its project to another unit: the unit email must stay ${edit.actor.email}`,
    );
  }
  const problems = draftProblems(next);
  if (problems.length) {
    return refuse(REFUSAL_CODES.INVALID_COMMAND, `Hồ sơ không hợp lệ / invalid dossier: ${describeProblems(problems)}`);
  }
  const changed = editedFields(facts, next);
  if (changed.length === 0) {
    return refuse(REFUSAL_CODES.INVALID_COMMAND, 'Không có thông tin nào thay đổi / nothing changed');
  }
  const details: Record<string, string | number> = { changed: changed.join(', ') };
  for (const field of changed) {
    const read = (f: ProjectFacts) =>
      (MONEY_DRAFT_FIELDS as readonly string[]).includes(field)
        ? moneyValueOf(f, field as MoneyDraftField)
        : valueOf(f, field as DraftField);
    details[`${field}.before`] = read(facts);
    details[`${field}.after`] = read(next);
  }
  const state: ProjectState = status.state;
  return {
    ok: true,
    facts: next,
    event: {
      seq: status.seq + 1,
      action: 'edit_draft',
      fromState: state,
      toState: state,
      actor: edit.actor,
      reason: null,
      details,
      occurredAt,
    },
  };
}
