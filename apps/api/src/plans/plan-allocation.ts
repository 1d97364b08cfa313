import { Injectable } from '@nestjs/common';
import { Actor, PlanLevel, Scope, checkAllocation, defaultFundingSource, mayOnProject, planYearOf } from '@kc/domain';
import { LineWithPlan, Plans } from '@kc/persistence';
import { ApiError } from '../common/api-error';
import { PlansService } from './plans.service';

/** The facts of a project that place it on a plan line. */
export interface ProjectOnPlan {
  id: string;
  scope: Scope;
  provinceCode: string;
  category: string;
  plannedStart: string;
  planLineId: string | null;
}

/**
 * Which plan line a project draws on, and the allocation check when it is approved (issue 14): the line is locked
 * while what it holds is summed, a commitment is written for the project, and released if the workflow refuses.
 */
@Injectable()
export class PlanAllocation {
  constructor(
    private readonly plans: Plans,
    private readonly planService: PlansService,
  ) {}

  /** A line named in a body: it must be of the project's plan level, province and content area (else 400). */
  async namedLine(lineId: string, project: Omit<ProjectOnPlan, 'id' | 'planLineId' | 'plannedStart'>) {
    const line = await this.plans.findLine(lineId);
    const problem = !line
      ? 'không có dòng kế hoạch này / no such plan line'
      : line.plan.level !== project.scope
        ? `dòng thuộc kế hoạch ${line.plan.level}, đề án là ${project.scope} / the line's plan is ${line.plan.level}, the project ${project.scope}`
        : line.plan.level === 'LOCAL' && line.plan.provinceCode !== project.provinceCode
          ? `dòng thuộc kế hoạch của tỉnh ${line.plan.provinceCode} / the line belongs to the plan of ${line.plan.provinceCode}`
          : line.category !== project.category
            ? `dòng dành cho nội dung ${line.category}, đề án thuộc ${project.category} / the line is for ${line.category}, the project is ${project.category}`
            : null;
    if (problem || !line) {
      const message = `planLineId: ${problem}`;
      throw ApiError.badRequest(message, { fields: { planLineId: message } });
    }
    return line;
  }

  /** The line of a project: named in the body, already chosen, or its plan's line for its area on the default source. */
  async lineFor(project: ProjectOnPlan, named?: string): Promise<LineWithPlan | null> {
    if (named) return this.namedLine(named, project);
    if (project.planLineId) return this.plans.findLine(project.planLineId);
    const level: PlanLevel = project.scope;
    return this.plans.defaultLine(
      level,
      planYearOf(project),
      project.provinceCode,
      project.category,
      defaultFundingSource(level),
    );
  }

  async attach(projectId: string, line: LineWithPlan): Promise<void> {
    await this.plans.attach(projectId, line.planId, line.id);
  }

  /**
   * Holds `amountVnd` on the line for the project (409 naming the line and what remains when it does not fit; with
   * a reason, the plan's approver may go past it, 403 naming who may for anyone else).
   */
  async hold(actor: Actor, projectId: string, line: LineWithPlan, amountVnd: number, overrideReason?: string) {
    const context = await this.planService.contextOf(line.plan);
    const reason = overrideReason?.normalize('NFC').trim() || undefined;
    await this.plans.commit(line.id, projectId, amountVnd, actor.userId, (locked) => {
      const holding = { ...locked, year: locked.plan.year };
      const fits = checkAllocation(holding, amountVnd, false);
      if (fits.ok) return { overrideReason: null };
      if (!reason) {
        throw new ApiError(409, fits.code, fits.message, { planLineId: line.id, remainingVnd: fits.remainingVnd });
      }
      const may = mayOnProject(actor, 'plans.override_allocation', context);
      if (!may.ok) throw ApiError.forbidden(`${fits.message}. ${may.message}`);
      return { overrideReason: reason };
    });
  }

  async release(projectId: string): Promise<void> {
    await this.plans.release(projectId);
  }
}
