import { Injectable } from '@nestjs/common';
import {
  Actor,
  CAPABILITIES,
  provinceCodesNowIn,
  LocalApprover,
  PLAN_ACTION_RULES,
  PlanAction,
  PlanStatus,
  ProjectContext,
  allowedPlanActions,
  checkCut,
  mayOnProject,
  planContext,
  planLineLabel,
  provinceNameAnyTime,
  provinceTitle,
  reachFilterOf,
  wrongPlanStatusMessage,
  programmeManagementProblem,
  PROGRAMME_MANAGEMENT_CATEGORY,
  programmeManagementShareFor,
} from '@kc/domain';
import { PlanRow, Plans, ProvinceRules } from '@kc/persistence';
import { ApiError } from '../common/api-error';
import { SupportCapsService } from '../support-caps/support-caps.service';
import { CreatePlanDto, ListPlansQuery, PlanActionDto } from './plan.dto';
import { figuresView, lineView, sumFigures } from './plan-figures';
import type { PlanResponse, ProjectPlanResponse } from './plan.responses';

/** The provinces a provincial desk reads: its own, and the former provinces merged into it (their old plans). */
export function provincesOfReach(actor: Actor): 'ALL' | string[] {
  const reach = reachFilterOf(actor);
  if (reach.kind === 'ALL') return 'ALL';
  return provinceCodesNowIn(reach.provinceCode);
}

/** Annual plans: listed with their figures, created as drafts, submitted, approved and amended (issue 14). */
@Injectable()
export class PlansService {
  constructor(
    private readonly plans: Plans,
    private readonly rules: ProvinceRules,
    private readonly supportCaps: SupportCapsService,
  ) {}

  /** Programme management's share for a plan year: 1.5%, or a later instrument's in force on its 1 January. */
  private async programmeShare(year: number) {
    return programmeManagementShareFor(year, await this.supportCaps.nationalTables());
  }

  async list(actor: Actor, query: ListPlansQuery): Promise<{ items: PlanResponse[] }> {
    const rows = await this.plans.list({
      year: query.year,
      provinceCode: query.provinceCode,
      withNational: true,
      provinces: provincesOfReach(actor),
    });
    return { items: await this.views(actor, rows) };
  }

  async get(actor: Actor, id: string): Promise<PlanResponse> {
    const [view] = await this.views(actor, [await this.findVisible(actor, id)]);
    return view;
  }

  async create(actor: Actor, body: CreatePlanDto): Promise<PlanResponse> {
    if (body.level === 'NATIONAL' && body.provinceCode !== undefined) {
      throw ApiError.badRequest(
        'provinceCode: kế hoạch quốc gia không thuộc tỉnh nào / the national plan has no province',
        {
          fields: { provinceCode: 'Bỏ trống với kế hoạch quốc gia / leave out for the national plan' },
        },
      );
    }
    const seen = new Set<string>();
    for (const [i, l] of body.lines.entries()) {
      const key = `${l.category}/${l.fundingSource}`;
      if (seen.has(key)) {
        const message = `lines[${i}]: dòng ${key} bị lặp / line ${key} appears twice`;
        throw ApiError.badRequest(message, { fields: { [`lines.${i}`]: message } });
      }
      seen.add(key);
    }
    const overhead = programmeManagementProblem(body.lines, await this.programmeShare(body.year));
    if (overhead) throw ApiError.badRequest(overhead, { fields: { lines: overhead } });
    const provinceCode = body.level === 'LOCAL' ? body.provinceCode! : null;
    const context = await this.contextOf({ level: body.level, provinceCode });
    const answer = mayOnProject(actor, 'plans.create', context);
    if (!answer.ok) throw ApiError.forbidden(answer.message);
    const title =
      body.title?.normalize('NFC').trim() ??
      (provinceCode
        ? `Kế hoạch khuyến công địa phương năm ${body.year} của ${provinceTitle(provinceCode)}`
        : `Kế hoạch khuyến công quốc gia năm ${body.year}`);
    const id = await this.plans.create(
      { level: body.level, year: body.year, provinceCode, title, createdBy: actor.userId },
      body.lines,
    );
    if (!id) {
      const where = provinceCode ? `${provinceCode} ` : '';
      throw new ApiError(
        409,
        'PLAN_EXISTS',
        `Đã có kế hoạch ${body.level === 'NATIONAL' ? 'quốc gia' : 'địa phương'} ${where}năm ${body.year} / a ${body.level.toLowerCase()} plan ${where}for ${body.year} already exists`,
      );
    }
    return this.get(actor, id);
  }

  async act(actor: Actor, id: string, body: PlanActionDto): Promise<PlanResponse> {
    const plan = await this.findVisible(actor, id);
    const context = await this.contextOf(plan);
    const rule = PLAN_ACTION_RULES[body.action];
    const answer = mayOnProject(actor, rule.capability, context);
    if (!answer.ok) throw ApiError.forbidden(answer.message);
    if (plan.status !== rule.from) throw wrongStatus(body.action, plan.status);
    if (body.action === 'submit') {
      if (!(await this.plans.move(plan.id, rule.from, rule.to))) throw wrongStatus(body.action, 'SUBMITTED');
    } else if (body.action === 'approve') {
      const decision = {
        decisionNo: body.decisionNo!.trim(),
        decisionDate: body.decisionDate!,
        approvedBy: actor.userId,
      };
      if (!(await this.plans.move(plan.id, rule.from, rule.to, decision))) throw wrongStatus(body.action, 'APPROVED');
    } else {
      const line = await this.plans.findLine(body.lineId!);
      if (!line || line.planId !== plan.id) {
        const message = `lineId: không phải dòng của kế hoạch này / not a line of this plan`;
        throw ApiError.badRequest(message, { fields: { lineId: message } });
      }
      // After the amendment, programme management may still hold at most its share of the plan (TTLT 26/2014: 1.5%).
      const amended = (await this.plans.linesOf([plan.id])).map((l) =>
        l.id === line.id ? { ...l, assignedVnd: l.assignedVnd + body.deltaVnd! } : l,
      );
      const overhead = programmeManagementProblem(amended, await this.programmeShare(plan.year));
      // Only a change that raises the share is refused: a plan already over may still be brought down.
      const raisesShare = (line.category === PROGRAMME_MANAGEMENT_CATEGORY) === body.deltaVnd! > 0;
      if (overhead && raisesShare) throw new ApiError(409, 'RULE_VIOLATION', overhead, { lineId: line.id });
      await this.plans.amend(
        line.id,
        {
          deltaVnd: body.deltaVnd!,
          decisionNo: body.decisionNo!.trim(),
          decisionDate: body.decisionDate!,
          reason: body.reason!.normalize('NFC').trim(),
          createdBy: actor.userId,
        },
        (locked) => {
          if (locked.assignedVnd + body.deltaVnd! > Number.MAX_SAFE_INTEGER) {
            const message =
              'deltaVnd: dự toán sau điều chỉnh vượt quá số tiền hệ thống ghi được / the amended estimate would be larger than the system can record';
            throw ApiError.badRequest(message, { fields: { deltaVnd: message } });
          }
          const cut = checkCut({ ...locked, year: locked.plan.year }, body.deltaVnd!);
          if (!cut.ok) throw new ApiError(409, 'CUT_BELOW_APPROVED', cut.message, { lineId: line.id });
        },
      );
    }
    return this.get(actor, plan.id);
  }

  /** A project's plan and line, for its page; null when it has none. */
  async ofProject(ref: { planLineId: string | null }): Promise<ProjectPlanResponse | null> {
    if (!ref.planLineId) return null;
    const line = await this.plans.findLine(ref.planLineId);
    if (!line) return null;
    const figures = await this.plans.lineFigures([line.planId]);
    const p = line.plan;
    return {
      id: p.id,
      year: p.year,
      level: p.level,
      provinceCode: p.provinceCode,
      title: p.title,
      status: p.status,
      line: lineView(line, figures.get(line.id)),
    };
  }

  async findVisible(actor: Actor, id: string): Promise<PlanRow> {
    const plan = await this.plans.find(id);
    const reach = provincesOfReach(actor);
    const visible = plan && (reach === 'ALL' || plan.level === 'NATIONAL' || reach.includes(plan.provinceCode ?? ''));
    if (!plan || !visible) throw ApiError.notFound('kế hoạch', 'plan', id);
    return plan;
  }

  /** A plan asked about in the capability table like a project: level as scope, its province, its approver rule. */
  async contextOf(plan: Pick<PlanRow, 'level' | 'provinceCode'>): Promise<ProjectContext> {
    const localApprover: LocalApprover | undefined =
      plan.level === 'LOCAL' && plan.provinceCode ? await this.rules.localApproverOf(plan.provinceCode) : undefined;
    return planContext(plan, localApprover);
  }

  private async views(actor: Actor, rows: PlanRow[]): Promise<PlanResponse[]> {
    const ids = rows.map((r) => r.id);
    const [lines, amendments, figures] = await Promise.all([
      this.plans.linesOf(ids),
      this.plans.amendmentsOf(ids),
      this.plans.lineFigures(ids),
    ]);
    const labels = new Map(lines.map((l) => [l.id, planLineLabel(l.category, l.fundingSource)]));
    return Promise.all(
      rows.map(async (plan) => {
        const own = lines.filter((l) => l.planId === plan.id);
        const context = await this.contextOf(plan);
        const total = figuresView(
          sumFigures(own.map((l) => ({ ...figures.get(l.id), assignedVnd: String(l.assignedVnd) }))),
        );
        return {
          id: plan.id,
          level: plan.level,
          year: plan.year,
          provinceCode: plan.provinceCode,
          provinceName: plan.provinceCode ? provinceNameAnyTime(plan.provinceCode) : null,
          title: plan.title,
          status: plan.status,
          decisionNo: plan.decisionNo,
          decisionDate: plan.decisionDate,
          approver: CAPABILITIES['plans.approve'].who.describeFor(context),
          allowedActions: allowedPlanActions(actor, plan.status, context),
          ...total,
          lines: own.map((l) => lineView(l, figures.get(l.id))),
          amendments: amendments
            .filter((a) => a.planId === plan.id)
            .map((a) => ({
              id: a.id,
              lineId: a.lineId,
              lineLabel: labels.get(a.lineId) ?? { vi: '', en: '' },
              deltaVnd: a.deltaVnd,
              decisionNo: a.decisionNo,
              decisionDate: a.decisionDate,
              reason: a.reason,
              createdBy: a.createdBy,
              createdByName: a.createdByName,
              createdAt: new Date(a.createdAt).toISOString(),
            })),
          updatedAt: new Date(plan.updatedAt).toISOString(),
        };
      }),
    );
  }
}

function wrongStatus(action: PlanAction, status: PlanStatus): ApiError {
  return new ApiError(409, 'INVALID_PLAN_STATE', wrongPlanStatusMessage(action, status));
}
