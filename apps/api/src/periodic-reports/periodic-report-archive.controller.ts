import { createHash } from 'node:crypto';
import { Body, Controller, Get, HttpCode, Param, Post, Query, Res, StreamableFile } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { PERIODIC_REPORT_SCHEDULE_AUTHOR, type Actor, parseReportPeriod } from '@kc/domain';
import { REPORT_FORMATS, renderPeriodicReport } from '@kc/documents';
import { PeriodicReportListing, PeriodicReports } from '@kc/persistence';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Requires } from '../auth/requires.decorator';
import { ApiError } from '../common/api-error';
import { toVietnamTime } from '../common/local-time';
import {
  ArchiveQuery,
  ArchivedReportParams,
  ArchivedReportResponse,
  ArchivedReportsResponse,
  RegenerateReportDto,
} from './periodic-report-archive.dto';
import { checkProvince, download, refusal } from './periodic-reports.controller';

function view(row: PeriodicReportListing): ArchivedReportResponse {
  const period = parseReportPeriod(row.period);
  return {
    provinceCode: row.provinceCode,
    period: row.period,
    periodLabel: { vi: period?.labelVi ?? row.period, en: period?.labelEn ?? row.period },
    format: row.format as ArchivedReportResponse['format'],
    version: row.version,
    fileName: row.fileName,
    size: row.size,
    sha256: row.sha256,
    generatedBy: row.generatedBy,
    bySchedule: row.generatedBy === PERIODIC_REPORT_SCHEDULE_AUTHOR,
    generatedAt: row.generatedAt.toISOString(),
    generatedAtLocal: toVietnamTime(row.generatedAt),
    href: `/api/reports/periodic-archive/${row.provinceCode}/${row.period}/${row.format}/${row.version}`,
  };
}

/**
 * The periodic reports as they were generated and kept: version 1 assembled and mailed by the schedule when its
 * period closed, later versions regenerated on demand by a Department leader. Each download is checked against the
 * SHA-256 stored with it.
 */
@ApiTags('documents')
@ApiBearerAuth()
@Controller('reports/periodic-archive')
@Requires('reports.periodic')
export class PeriodicReportArchiveController {
  private readonly archive: PeriodicReports;

  constructor(private readonly dataSource: DataSource) {
    this.archive = new PeriodicReports(dataSource);
  }

  @Get()
  @ApiOperation({
    summary: 'Các báo cáo định kỳ đã lập của một tỉnh / the periodic reports kept for a province, newest period first',
  })
  @ApiOkResponse({ type: ArchivedReportsResponse })
  @ApiForbiddenResponse({ description: 'Not a desk role, or another province than yours' })
  async list(@CurrentActor() actor: Actor, @Query() query: ArchiveQuery): Promise<ArchivedReportsResponse> {
    checkProvince(actor, query.provinceCode);
    return { items: (await this.archive.list(query.provinceCode)).map(view) };
  }

  @Post('regenerate')
  @HttpCode(201)
  @Requires('reports.periodic.regenerate')
  @ApiOperation({
    summary:
      'Lập lại báo cáo định kỳ (Lãnh đạo Sở) / a Department leader assembles a period’s report again: DOCX, PDF and XLSX kept as the next version; the mailed version stays',
  })
  @ApiCreatedResponse({ type: ArchivedReportsResponse })
  @ApiForbiddenResponse({ description: 'Not a Department leader, or another province than yours' })
  @ApiConflictResponse({ description: 'The period has not begun' })
  async regenerate(@CurrentActor() actor: Actor, @Body() body: RegenerateReportDto): Promise<ArchivedReportsResponse> {
    checkProvince(actor, body.provinceCode);
    const items: ArchivedReportResponse[] = [];
    for (const format of REPORT_FORMATS) {
      const file = await renderPeriodicReport(
        this.dataSource,
        { provinceCode: body.provinceCode, period: body.period },
        format,
      ).catch((err: unknown) => {
        throw refusal(err);
      });
      const stored = await this.archive.addVersion(
        { provinceCode: body.provinceCode, period: body.period, format, ...file },
        actor.email,
      );
      items.push(view({ ...stored, size: file.bytes.length }));
    }
    return { items };
  }

  @Get(':provinceCode/:period/:format/:version')
  @ApiOperation({ summary: 'Tải một báo cáo đã lưu / download a kept report, its SHA-256 checked first' })
  @ApiOkResponse({ description: 'The file as it was generated, as an attachment' })
  @ApiNotFoundResponse({ description: 'No such report kept' })
  @ApiConflictResponse({ description: 'The stored bytes no longer match their SHA-256' })
  async file(
    @CurrentActor() actor: Actor,
    @Param() params: ArchivedReportParams,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    checkProvince(actor, params.provinceCode);
    const stored = await this.archive.get(params.provinceCode, params.period, params.format, params.version);
    if (!stored) {
      throw ApiError.notFound(
        'báo cáo định kỳ',
        'periodic report',
        `${params.provinceCode}/${params.period}/${params.format}/${params.version}`,
      );
    }
    if (createHash('sha256').update(stored.bytes).digest('hex') !== stored.sha256) {
      throw new ApiError(
        409,
        'REPORT_TAMPERED',
        'Báo cáo đã lưu bị thay đổi sau khi lập (SHA-256 không khớp); hãy lập lại báo cáo và báo quản trị hệ thống / the kept report changed after it was generated (SHA-256 mismatch); regenerate it and tell the administrator',
      );
    }
    return download(stored, res);
  }
}
