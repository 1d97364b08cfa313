/**
 * Who may do what on annual plans, asked of the capability table (issue 14): the API's checks and `allowedActions`,
 * and the web app's "Lập kế hoạch" form and buttons, all read here. A plan is asked about like a project: its level
 * is the scope, its province the province, and the province's regulation names its local approver.
 */
import { mayOnProject } from '../capabilities/capability-table';
import type { LocalApprover, ProjectContext } from '../capabilities/parties';
import type { Actor } from '../roles';
import type { PlanAction, PlanLevel, PlanStatus } from './funding';

/** Each action on a plan: the status it starts from, the one it leads to, and the capability it needs. */
export const PLAN_ACTION_RULES = {
  submit: { from: 'DRAFT', to: 'SUBMITTED', capability: 'plans.create' },
  approve: { from: 'SUBMITTED', to: 'APPROVED', capability: 'plans.approve' },
  amend: { from: 'APPROVED', to: 'APPROVED', capability: 'plans.amend' },
} as const satisfies Record<
  PlanAction,
  { from: PlanStatus; to: PlanStatus; capability: 'plans.create' | 'plans.approve' | 'plans.amend' }
>;

/** The actions and statuses as people name them (in refusals; the web app has its own dictionary). */
export const PLAN_ACTION_LABELS: Record<PlanAction, { vi: string; en: string }> = {
  submit: { vi: 'trình duyệt', en: 'submit' },
  approve: { vi: 'phê duyệt', en: 'approve' },
  amend: { vi: 'điều chỉnh', en: 'amend' },
};

export const PLAN_STATUS_LABELS: Record<PlanStatus, { vi: string; en: string }> = {
  DRAFT: { vi: 'Dự thảo', en: 'draft' },
  SUBMITTED: { vi: 'Đã trình', en: 'submitted' },
  APPROVED: { vi: 'Đã phê duyệt', en: 'approved' },
};

/** The refusal of an action on a plan in another status than the one it starts from (a 409). */
export function wrongPlanStatusMessage(action: PlanAction, status: PlanStatus): string {
  const doing = PLAN_ACTION_LABELS[action];
  const now = PLAN_STATUS_LABELS[status];
  const need = PLAN_STATUS_LABELS[PLAN_ACTION_RULES[action].from];
  return (
    `Không thể ${doing.vi} kế hoạch đang ở trạng thái «${now.vi}»; cần trạng thái «${need.vi}» / ` +
    `cannot ${doing.en} a plan that is ${now.en}; it must be ${need.en}`
  );
}

/** The plan as the capability table sees it. */
export function planContext(
  plan: { level: PlanLevel; provinceCode: string | null },
  localApprover?: LocalApprover,
): ProjectContext {
  return {
    scope: plan.level,
    provinceCode: plan.provinceCode ?? '',
    implementingUnitEmail: '',
    ...(plan.level === 'LOCAL' && localApprover ? { localApprover } : {}),
  };
}

/** The actions the actor may take on a plan in its status now (none on a plan of another status). */
export function allowedPlanActions(actor: Actor, status: PlanStatus, context: ProjectContext): PlanAction[] {
  return (Object.keys(PLAN_ACTION_RULES) as PlanAction[]).filter((action) => {
    const rule = PLAN_ACTION_RULES[action];
    return rule.from === status && mayOnProject(actor, rule.capability, context).ok;
  });
}

/** Where the actor may prepare (create) a plan: the national plan, and which of `provinceCodes`' local plans. */
export interface PlanCreationTargets {
  national: boolean;
  provinces: string[];
}

export function planCreationTargets(
  actor: Pick<Actor, 'role' | 'provinceCode'>,
  provinceCodes: readonly string[],
): PlanCreationTargets {
  const asActor: Actor = { userId: '', email: '', ...actor };
  const may = (level: PlanLevel, provinceCode: string | null) =>
    mayOnProject(asActor, 'plans.create', planContext({ level, provinceCode })).ok;
  return { national: may('NATIONAL', null), provinces: provinceCodes.filter((code) => may('LOCAL', code)) };
}
