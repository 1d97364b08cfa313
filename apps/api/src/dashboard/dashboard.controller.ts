import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiForbiddenResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, compareProvincesByRisk, may, provinceNameAnyTime } from '@kc/domain';
import { DashboardQueries, NineMonthReviews, ProvinceFigures } from '@kc/persistence';
import { reviewView } from '../reviews/reviews.controller';
import { CurrentActor } from '../auth/current-actor.decorator';
import { ApiError } from '../common/api-error';
import { ApiTableExport } from '../exports/api-table-export.decorator';
import { tableFile } from '../exports/export-file';
import { isFileFormat } from '../exports/export-format';
import { planFiguresTable } from './dashboard.export';
import { DashboardResponse, FiguresResponse } from './dashboard.responses';
import { DashboardQuery } from './dashboard.query';
import { PlanDashboard } from './plan-dashboard';

/** Percent with one decimal, from integers (money never goes through floating point before this ratio). */
function percentOf(part: bigint, whole: bigint): number | null {
  if (whole === 0n) return null;
  return Number((part * 1000n) / whole) / 10;
}

function figures(rows: ProvinceFigures[]): FiguresResponse {
  const planned = rows.reduce((s, r) => s + BigInt(r.plannedSupportVnd), 0n);
  const advances = rows.reduce((s, r) => s + BigInt(r.advancesVnd), 0n);
  const final = rows.reduce((s, r) => s + BigInt(r.finalVnd), 0n);
  const countsByState: Record<string, number> = {};
  for (const r of rows)
    for (const [state, n] of Object.entries(r.countsByState)) countsByState[state] = (countsByState[state] ?? 0) + n;
  const lateReports = rows.reduce((s, r) => s + r.lateReports, 0);
  const weighted = rows.reduce((s, r) => s + (r.avgDaysOverdue ?? 0) * r.lateReports, 0);
  return {
    plannedSupportVnd: Number(planned),
    disbursedVnd: { advances: Number(advances), final: Number(final), total: Number(advances + final) },
    percentOfPlan: percentOf(advances + final, planned),
    countsByState,
    late: rows.reduce((s, r) => s + r.lateProjects, 0),
    lateReports,
    stalled: rows.reduce((s, r) => s + r.stalled, 0),
    avgDaysOverdue: lateReports ? Math.round((weighted / lateReports) * 10) / 10 : null,
  };
}

@ApiTags('dashboard')
@ApiBearerAuth()
@Controller('dashboard')
export class DashboardController {
  constructor(
    private readonly dashboard: DashboardQueries,
    private readonly reviews: NineMonthReviews,
    private readonly plans: PlanDashboard,
  ) {}

  @Get()
  @ApiOperation({
    summary:
      'Bảng tổng hợp / plan, disbursement, states, late and stalled counts per province and for your reach; the plan figures of a year (assigned, disbursed, % of plan) by region, province and content area (format=csv|xlsx: the plan figures as a file)',
  })
  @ApiTableExport(DashboardResponse, {
    vi: 'số liệu kế hoạch theo tỉnh, thành phố và theo nội dung',
    en: 'the plan figures by province and by content area',
  })
  @ApiBadRequestResponse({ description: 'year out of range; unknown region or provinceCode; unknown format' })
  @ApiForbiddenResponse({ description: 'Names who may (the desks; not the implementing units)' })
  async get(@CurrentActor() actor: Actor, @Query() query: DashboardQuery): Promise<DashboardResponse | StreamableFile> {
    const answer = may(actor, 'dashboard.read');
    if (!answer.ok) throw ApiError.forbidden(answer.message);
    if (isFileFormat(query.format)) {
      return tableFile(query.format, planFiguresTable(await this.plans.figures(actor, query), query));
    }
    const [rows, review, plan] = await Promise.all([
      this.dashboard.byProvince(actor.provinceCode, new Date()),
      this.reviews.latest(),
      this.plans.figures(actor, query),
    ]);
    return {
      ...plan,
      nineMonthReview: reviewView(review, actor),
      reach: { provinceCode: actor.provinceCode, ...figures(rows) },
      // The provinces that need attention first, then in Vietnamese alphabetical order.
      provinces: rows
        .map((r) => ({
          provinceCode: r.provinceCode,
          provinceName: provinceNameAnyTime(r.provinceCode),
          ...figures([r]),
        }))
        .sort(compareProvincesByRisk),
    };
  }
}
