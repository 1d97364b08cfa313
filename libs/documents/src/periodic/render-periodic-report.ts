import type { DataSource } from 'typeorm';
import {
  addDays,
  figuresDay,
  findProvince,
  localDayOf,
  parseReportPeriod,
  REPORT_PERIOD_FORMAT_MESSAGE,
  periodStanding,
  startOfLocalDayUtc,
  type ReportingPeriod,
} from '@kc/domain';
import { PeriodicReportQueries } from '@kc/persistence';
import type { OfficialDocument } from '../document-model';
import { renderDocx } from '../render-docx';
import { renderPdf } from '../render-pdf';
import { renderXlsx } from '../render-xlsx';
import { assemblePeriodicReport, periodicReportFileName } from './periodic-report.form';
import { assembleRegistrationSummary, registrationSummaryFileName } from './registration-summary.form';

export const REPORT_FORMATS = ['docx', 'pdf', 'xlsx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const REPORT_CONTENT_TYPES: Record<ReportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** A rendered paper: its bytes, its name with the extension, and its content type. */
export interface RenderedReport {
  bytes: Buffer;
  fileName: string;
  contentType: string;
}

/** Why a report cannot be made, with the field to blame: the API answers 400 (a field) or 409 (not yet). */
export class ReportRequestError extends Error {
  constructor(
    readonly kind: 'INVALID' | 'NOT_STARTED',
    readonly field: 'provinceCode' | 'period' | 'year' | 'format',
    message: string,
  ) {
    super(message);
    this.name = 'ReportRequestError';
  }
}

function checkProvince(provinceCode: string): void {
  if (!findProvince(provinceCode)) {
    throw new ReportRequestError(
      'INVALID',
      'provinceCode',
      `Không có tỉnh, thành phố mã "${provinceCode}" / no province with code "${provinceCode}"`,
    );
  }
}

async function render(doc: OfficialDocument, format: ReportFormat, stem: string): Promise<RenderedReport> {
  const bytes =
    format === 'docx' ? await renderDocx(doc) : format === 'pdf' ? await renderPdf(doc) : await renderXlsx(doc);
  return { bytes, fileName: `${stem}.${format}`, contentType: REPORT_CONTENT_TYPES[format] };
}

/** The period checked: well-formed and begun on `today` (a period under way gives the figures up to today). */
export function reportPeriodOn(text: string, today: string): ReportingPeriod {
  const period = parseReportPeriod(text);
  if (!period) {
    throw new ReportRequestError('INVALID', 'period', REPORT_PERIOD_FORMAT_MESSAGE);
  }
  if (periodStanding(period, today) === 'NOT_STARTED') {
    throw new ReportRequestError(
      'NOT_STARTED',
      'period',
      `Kỳ ${period.labelVi} chưa bắt đầu (từ ngày ${period.firstDay}): chưa có số liệu để báo cáo / the period ${period.key} has not begun (it starts on ${period.firstDay}): there is nothing to report yet`,
    );
  }
  return period;
}

/**
 * The Department's periodic report (TT 36 Art. 21.5) of a province for a period, read from PostgreSQL and drawn as
 * DOCX, PDF or XLSX: the one entry point of the API's download and the worker's mailing. The figures stand at the
 * period's last day (or at today, Vietnam's day, while the period runs); `now` fixes "today" for tests and timers.
 */
export async function renderPeriodicReport(
  dataSource: DataSource,
  request: { provinceCode: string; period: string },
  format: ReportFormat,
  now: Date = new Date(),
): Promise<RenderedReport> {
  checkProvince(request.provinceCode);
  const today = localDayOf(now.toISOString());
  const period = reportPeriodOn(request.period, today);
  const asOf = figuresDay(period, today);
  const rows = await new PeriodicReportQueries(dataSource).periodic({
    provinceCode: request.provinceCode,
    year: period.year,
    from: startOfLocalDayUtc(period.firstDay),
    until: startOfLocalDayUtc(addDays(asOf, 1)),
  });
  const doc = assemblePeriodicReport({
    provinceCode: request.provinceCode,
    period,
    figuresDay: asOf,
    issuedDay: today,
    rows,
  });
  return render(doc, format, periodicReportFileName(request.provinceCode, period));
}

/** Mẫu 2, the province's national projects registered for a plan year, as DOCX or PDF (or XLSX). */
export async function renderRegistrationSummary(
  dataSource: DataSource,
  request: { provinceCode: string; year: number },
  format: ReportFormat,
  now: Date = new Date(),
): Promise<RenderedReport> {
  checkProvince(request.provinceCode);
  if (!Number.isInteger(request.year) || request.year < 2000 || request.year > 2100) {
    throw new ReportRequestError(
      'INVALID',
      'year',
      'year phải là năm từ 2000 đến 2100 / must be a year from 2000 to 2100',
    );
  }
  const rows = await new PeriodicReportQueries(dataSource).registrations(request.provinceCode, request.year);
  const doc = assembleRegistrationSummary({
    provinceCode: request.provinceCode,
    year: request.year,
    issuedDay: localDayOf(now.toISOString()),
    rows,
  });
  return render(doc, format, registrationSummaryFileName(request.provinceCode, request.year));
}
