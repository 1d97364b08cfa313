import type { ProjectRecord } from './project-record';
import { acceptanceMinutes, acceptanceMinutesReadiness } from './forms/acceptance-minutes.form';
import type { FormOutcome, NotReady } from './forms/form-outcome';
import { liquidationMinutes, liquidationMinutesReadiness } from './forms/liquidation-minutes.form';
import { progressReport, progressReportReadiness } from './forms/progress-report.form';

export const DOCUMENT_FORMS = ['progress-report', 'acceptance-minutes', 'liquidation-minutes'] as const;
export type DocumentForm = (typeof DOCUMENT_FORMS)[number];

export const DOCUMENT_FORMATS = ['docx', 'pdf'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

export interface FormOptions {
  period?: string;
}

/** A paper the system makes: its template number, names, file name and when it can be made. One row per form. */
export interface FormDefinition {
  form: DocumentForm;
  template: string;
  label: { vi: string; en: string };
  /** The file's name before the project code, as a clerk files it. */
  fileStem: string;
  readiness(record: ProjectRecord): NotReady | null;
  build(record: ProjectRecord, options: FormOptions): FormOutcome;
}

export const FORM_DEFINITIONS: Record<DocumentForm, FormDefinition> = {
  'progress-report': {
    form: 'progress-report',
    template: 'Mẫu 3b',
    label: { vi: 'Báo cáo tiến độ thực hiện đề án', en: 'Progress report' },
    fileStem: 'Mẫu 3b - Báo cáo tiến độ',
    readiness: progressReportReadiness,
    build: progressReport,
  },
  'acceptance-minutes': {
    form: 'acceptance-minutes',
    template: 'Mẫu 5a',
    label: { vi: 'Biên bản nghiệm thu cơ sở', en: 'Base acceptance minutes' },
    fileStem: 'Mẫu 5a - Biên bản nghiệm thu cơ sở',
    readiness: acceptanceMinutesReadiness,
    build: (record) => acceptanceMinutes(record),
  },
  'liquidation-minutes': {
    form: 'liquidation-minutes',
    template: 'Mẫu 6',
    label: { vi: 'Biên bản thanh lý hợp đồng', en: 'Contract liquidation minutes' },
    fileStem: 'Mẫu 6 - Biên bản thanh lý hợp đồng',
    readiness: liquidationMinutesReadiness,
    build: (record) => liquidationMinutes(record),
  },
};

/** The download's name without extension: "Mẫu 3b - Báo cáo tiến độ - KCĐP-2026-HN-0003 - 2026-11". */
export function documentFileName(form: DocumentForm, code: string, period?: string): string {
  return [FORM_DEFINITIONS[form].fileStem, code, ...(period ? [period] : [])].join(' - ');
}
