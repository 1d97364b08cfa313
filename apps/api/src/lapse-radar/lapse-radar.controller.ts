import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiForbiddenResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, may } from '@kc/domain';
import { CurrentActor } from '../auth/current-actor.decorator';
import { ApiError } from '../common/api-error';
import { ApiTableExport } from '../exports/api-table-export.decorator';
import { tableFile } from '../exports/export-file';
import { isFileFormat } from '../exports/export-format';
import { lapseRadarTable } from './lapse-radar.export';
import { LapseRadarQueryDto } from './lapse-radar.query';
import { LapseRadarResponse } from './lapse-radar.responses';
import { LapseRadar } from './lapse-radar.service';

@ApiTags('plans')
@ApiBearerAuth()
@Controller('plans/lapse-radar')
export class LapseRadarController {
  constructor(private readonly lapseRadar: LapseRadar) {}

  @Get()
  @ApiOperation({
    summary:
      'Rà soát nguy cơ hủy dự toán cuối năm / projects whose support cannot be accepted and paid before 31/12 at their pace (format=csv|xlsx to export)',
  })
  @ApiTableExport(LapseRadarResponse, { vi: 'mỗi đề án có nguy cơ một hàng', en: 'one row per project at risk' })
  @ApiBadRequestResponse({ description: 'year out of range; unknown provinceCode; unknown format' })
  @ApiForbiddenResponse({ description: 'Names who may (the desks; not the implementing units)' })
  async radar(
    @CurrentActor() actor: Actor,
    @Query() query: LapseRadarQueryDto,
  ): Promise<LapseRadarResponse | StreamableFile> {
    const answer = may(actor, 'plans.radar');
    if (!answer.ok) throw ApiError.forbidden(answer.message);
    const radar = await this.lapseRadar.of(actor, query.year, query.provinceCode);
    return isFileFormat(query.format) ? tableFile(query.format, lapseRadarTable(radar, query.provinceCode)) : radar;
  }
}
