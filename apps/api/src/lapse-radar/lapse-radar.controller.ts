import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import {
  Actor,
  DEFAULT_LAPSE_POLICY,
  LAPSE_REASON_LABELS,
  PROVINCE_CODES,
  assessLapse,
  localDayOf,
  may,
} from '@kc/domain';
import { LapseRadarQueries } from '@kc/persistence';
import { CurrentActor } from '../auth/current-actor.decorator';
import { ApiError } from '../common/api-error';
import { LapseRadarItemResponse, LapseRadarResponse } from './lapse-radar.responses';

export class LapseRadarQueryDto {
  @ApiPropertyOptional({ description: 'Plan year (default: this year in Vietnam)', example: 2026 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'year phải là năm, ví dụ 2026 / must be a year such as 2026' })
  @Min(2000)
  @Max(2200)
  year?: number;

  @ApiPropertyOptional({ description: 'Province code (within your reach)' })
  @IsOptional()
  @IsIn(PROVINCE_CODES as string[], { message: 'provinceCode không tồn tại / unknown province code' })
  provinceCode?: string;
}

@ApiTags('plans')
@ApiBearerAuth()
@Controller('plans/lapse-radar')
export class LapseRadarController {
  constructor(private readonly queries: LapseRadarQueries) {}

  @Get()
  @ApiOperation({
    summary:
      'Rà soát nguy cơ hủy dự toán cuối năm / projects whose support cannot be accepted and paid before 31/12 at their pace',
  })
  @ApiOkResponse({ type: LapseRadarResponse })
  async radar(@CurrentActor() actor: Actor, @Query() query: LapseRadarQueryDto): Promise<LapseRadarResponse> {
    const answer = may(actor, 'plans.radar');
    if (!answer.ok) throw ApiError.forbidden(answer.message);
    const asOf = localDayOf(new Date().toISOString());
    const year = query.year ?? Number(asOf.slice(0, 4));
    const items: LapseRadarItemResponse[] = [];
    for (const c of await this.queries.candidates(actor, year, query.provinceCode)) {
      const { reasons, atRiskVnd } = assessLapse({ ...c, planYear: year }, asOf, DEFAULT_LAPSE_POLICY);
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
      });
    }
    return {
      year,
      asOf,
      fiscalYearEnd: `${year}-12-31`,
      staleAfterDays: DEFAULT_LAPSE_POLICY.staleAfterDays,
      count: items.length,
      totalAtRiskVnd: items.reduce((sum, i) => sum + i.atRiskVnd, 0),
      items,
    };
  }
}
