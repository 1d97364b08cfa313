import { Injectable } from '@nestjs/common';
import { Actor, STATE_LABELS, canSeeProject, rankLineCandidates } from '@kc/domain';
import { Plans } from '@kc/persistence';
import { ApiError } from '../common/api-error';
import { lineView } from './plan-figures';
import type { PlanLineRankingResponse } from './plan.responses';
import { PlansService } from './plans.service';

/**
 * The order in which a plan line's candidates are considered for the allocation (DOMAIN §4.1): read with the
 * plan's own access (404 for a plan outside the caller's reach, as `GET /plans/:id`). Every candidate counts in the
 * ranks and the cumulative amounts; only those the caller may see are listed (on the national plan a province sees
 * its own projects, and how many others stand in the order).
 */
@Injectable()
export class PlanRanking {
  constructor(
    private readonly plans: Plans,
    private readonly planService: PlansService,
  ) {}

  async ofLine(actor: Actor, planId: string, lineId: string): Promise<PlanLineRankingResponse> {
    const plan = await this.planService.findVisible(actor, planId);
    const line = await this.plans.findLine(lineId);
    if (!line || line.planId !== plan.id) throw ApiError.notFound('dòng kế hoạch', 'plan line', lineId);
    const [figures, rows] = await Promise.all([this.plans.lineFigures([plan.id]), this.plans.lineCandidates(line)]);
    const held = figures.get(line.id);
    const ranking = rankLineCandidates(
      { assignedVnd: line.assignedVnd, committedVnd: Number(held?.committedVnd ?? '0') },
      rows.map((r) => ({ ...r, submittedAt: new Date(r.submittedAt).toISOString() })),
    );
    const visible = ranking.candidates.filter((c) => canSeeProject(actor, c));
    return {
      planId: plan.id,
      line: lineView(line, held),
      remainingVnd: ranking.remainingVnd,
      hiddenCount: ranking.candidates.length - visible.length,
      candidates: visible.map((c) => ({
        rank: c.rank,
        id: c.id,
        code: c.code,
        title: c.title,
        state: { code: c.state, ...STATE_LABELS[c.state] },
        provinceCode: c.provinceCode,
        implementingUnitName: c.implementingUnitName,
        pilot: c.pilot,
        priorityArea: c.priorityArea,
        reasons: c.reasons,
        submittedAt: c.submittedAt,
        requestedSupportVnd: c.requestedSupportVnd,
        cumulativeRequestedVnd: c.cumulativeRequestedVnd,
        fitsRemaining: c.fitsRemaining,
      })),
    };
  }
}
