/** The Department's periodic reports and Mẫu 2 (issue 17): drawn on demand, kept as generated, regenerated. */
import type { JsonClient } from './json-client';
import { answer, requestFile, withQuery } from './http';
import type { components } from './schema';

type Schemas = components['schemas'];
export type ArchivedReport = Schemas['ArchivedReportResponse'];
export type ReportFileFormat = ArchivedReport['format'];

export function periodicReportEndpoints(token: string, client: JsonClient) {
  return {
    downloadPeriodicReport: (provinceCode: string, period: string, format: ReportFileFormat) =>
      requestFile(withQuery('/reports/periodic', { provinceCode, period, format }), token, `${period}.${format}`),
    downloadRegistrationSummary: (provinceCode: string, year: number, format: ReportFileFormat) =>
      requestFile(
        withQuery('/reports/registration-summary', { provinceCode, year: String(year), format }),
        token,
        `mau-2-${year}.${format}`,
      ),
    reportArchive: (provinceCode: string) =>
      answer(client.GET('/api/reports/periodic-archive', { params: { query: { provinceCode } } })),
    regenerateReport: (provinceCode: string, period: string) =>
      answer(client.POST('/api/reports/periodic-archive/regenerate', { body: { provinceCode, period } })),
    /** A kept report, by the path the archive gives (`/api/reports/periodic-archive/…`). */
    downloadArchivedReport: (report: ArchivedReport) =>
      requestFile(report.href.replace(/^\/api/, ''), token, report.fileName),
  };
}
