import { Injectable } from '@nestjs/common';
import { Actor, DEFAULT_LAPSE_POLICY, LAPSE_REASON_LABELS, assessLapse, localDayOf } from '@kc/domain';
import { LapseRadarQueries } from '@kc/persistence';
import { LapseRadarItemResponse, LapseRadarResponse } from './lapse-radar.responses';

/** The radar of a plan year, seen today: each project under way whose support would lapse at 31/12, and why. */
@Injectable()
export class LapseRadar {
  constructor(private readonly queries: LapseRadarQueries) {}

  async of(actor: Actor, year: number | undefined, provinceCode: string | undefined): Promise<LapseRadarResponse> {
    const asOf = localDayOf(new Date().toISOString());
    const planYear = year ?? Number(asOf.slice(0, 4));
    const items: LapseRadarItemResponse[] = [];
    for (const c of await this.queries.candidates(actor, planYear, provinceCode)) {
      const { reasons, atRiskVnd } = assessLapse({ ...c, planYear }, asOf, DEFAULT_LAPSE_POLICY);
      if (reasons.length === 0) continue;
      items.push({
        projectId: c.id,
        code: c.code,
        title: c.title,
        scope: c.scope,
        provinceCode: c.provinceCode,
        state: c.state,
        unitName: c.unitName,
        plannedEnd: c.plannedEnd,
        approvedSupportVnd: c.approvedSupportVnd,
        paidVnd: c.paidVnd,
        atRiskVnd,
        lastReportDay: c.lastReportDay,
        reasons,
        reasonsVi: reasons.map((r) => LAPSE_REASON_LABELS[r].vi),
        reasonLabels: reasons.map((r) => LAPSE_REASON_LABELS[r]),
      });
    }
    return {
      year: planYear,
      asOf,
      fiscalYearEnd: `${planYear}-12-31`,
      staleAfterDays: DEFAULT_LAPSE_POLICY.staleAfterDays,
      count: items.length,
      totalAtRiskVnd: items.reduce((sum, i) => sum + i.atRiskVnd, 0),
      items,
    };
  }
}
