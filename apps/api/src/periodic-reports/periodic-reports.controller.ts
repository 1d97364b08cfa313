import { Controller, Get, Query, Res, StreamableFile } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import type { Actor } from '@kc/domain';
import {
  FontsMissingError,
  REPORT_CONTENT_TYPES,
  ReportRequestError,
  renderPeriodicReport,
  renderRegistrationSummary,
  type RenderedReport,
} from '@kc/documents';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Requires } from '../auth/requires.decorator';
import { ApiError } from '../common/api-error';
import { attachmentDisposition } from '../exports/sheet-name';
import { PeriodicReportQuery, RegistrationSummaryQuery } from './periodic-report.query';

const FILE_CONTENT = Object.fromEntries(
  Object.values(REPORT_CONTENT_TYPES).map((type) => [type, { schema: { type: 'string', format: 'binary' } }]),
);

/** A provincial desk reads its own province; the Cục, the Ministry and national supervisors any. */
export function checkProvince(actor: Actor, provinceCode: string): void {
  if (actor.provinceCode && actor.provinceCode !== provinceCode) {
    throw ApiError.forbidden(
      `Bạn chỉ xem được báo cáo của tỉnh, thành phố mình (${actor.provinceCode}) / you may read only your own province's reports (${actor.provinceCode})`,
    );
  }
}

export function refusal(err: unknown): unknown {
  if (err instanceof ReportRequestError) {
    return err.kind === 'NOT_STARTED'
      ? new ApiError(409, 'PERIOD_NOT_STARTED', err.message, { fields: { [err.field]: err.message } })
      : ApiError.badRequest(err.message, { fields: { [err.field]: err.message } });
  }
  if (err instanceof FontsMissingError) return ApiError.unavailable('Phông chữ Liberation Serif', err.message);
  return err;
}

export function download(file: RenderedReport, res: Response): StreamableFile {
  const dot = file.fileName.lastIndexOf('.');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  return new StreamableFile(file.bytes, {
    type: file.contentType,
    disposition: attachmentDisposition(file.fileName.slice(0, dot), file.fileName.slice(dot + 1)),
    length: file.bytes.length,
  });
}

/**
 * The Department's papers about its province as a whole: the periodic report to the Cục and the UBND tỉnh (TT 36
 * Art. 21.5) and the registration summary of national projects (Mẫu 2). The papers of one project stay under
 * /api/projects/:id/documents; these have no project, so they sit under /api/reports beside no other route.
 */
@ApiTags('documents')
@ApiBearerAuth()
@Controller('reports')
@Requires('reports.periodic')
export class PeriodicReportsController {
  constructor(private readonly dataSource: DataSource) {}

  @Get('periodic')
  @ApiOperation({
    summary:
      'Báo cáo định kỳ của Sở Công Thương / the Department’s quarterly, six-monthly or annual report (TT 36 Art. 21.5) as DOCX, PDF or XLSX: projects by state, plan against disbursed, late reports, escalations and how they ended',
  })
  @ApiProduces(...Object.values(REPORT_CONTENT_TYPES))
  @ApiOkResponse({
    description: 'The file, as an attachment named with the period and the province',
    content: FILE_CONTENT,
  })
  @ApiBadRequestResponse({ description: 'Unknown province, malformed period or format; `fields` names it' })
  @ApiForbiddenResponse({ description: 'Not a desk role, or another province than yours' })
  @ApiConflictResponse({ description: 'The period has not begun: there is nothing to report yet' })
  async periodic(
    @CurrentActor() actor: Actor,
    @Query() query: PeriodicReportQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    checkProvince(actor, query.provinceCode);
    const file = await renderPeriodicReport(
      this.dataSource,
      { provinceCode: query.provinceCode, period: query.period },
      query.format ?? 'pdf',
    ).catch((err: unknown) => {
      throw refusal(err);
    });
    return download(file, res);
  }

  @Get('registration-summary')
  @ApiOperation({
    summary:
      'Mẫu 2: bảng tổng hợp đề án khuyến công quốc gia đăng ký năm … / the province’s national projects registered for a plan year, as DOCX, PDF or XLSX',
  })
  @ApiProduces(...Object.values(REPORT_CONTENT_TYPES))
  @ApiOkResponse({
    description: 'The file, as an attachment named with the year and the province',
    content: FILE_CONTENT,
  })
  @ApiBadRequestResponse({ description: 'Unknown province, year out of range or unknown format; `fields` names it' })
  @ApiForbiddenResponse({ description: 'Not a desk role, or another province than yours' })
  async registrationSummary(
    @CurrentActor() actor: Actor,
    @Query() query: RegistrationSummaryQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    checkProvince(actor, query.provinceCode);
    const file = await renderRegistrationSummary(
      this.dataSource,
      { provinceCode: query.provinceCode, year: query.year },
      query.format ?? 'pdf',
    ).catch((err: unknown) => {
      throw refusal(err);
    });
    return download(file, res);
  }
}
