import { Injectable } from '@nestjs/common';
import type { Actor } from '@kc/domain';
import { ApiError } from '../common/api-error';
import { ProjectsService } from '../projects/projects.service';
import { DeadlinesService } from '../reports/deadlines.service';
import {
  DOCUMENT_FORMATS,
  DOCUMENT_FORMS,
  FORM_DEFINITIONS,
  documentFileName,
  type DocumentForm,
  type DocumentFormat,
  type FormOptions,
  type ProjectRecord,
  renderDocx,
  FontsMissingError,
  renderPdf,
} from '@kc/documents';
import type { DocumentFormResponse } from './document.responses';
import { projectRecordOf } from './project-record.mapper';

export const DOCUMENT_CONTENT_TYPES: Record<DocumentFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

export interface DocumentFile {
  body: Buffer;
  contentType: string;
  fileName: string;
  extension: DocumentFormat;
}

/** The papers of a project, made from what it reads in the project's detail: the same reach as the detail (404). */
@Injectable()
export class DocumentsService {
  constructor(
    private readonly projects: ProjectsService,
    private readonly deadlines: DeadlinesService,
  ) {}

  private async record(actor: Actor, idOrCode: string): Promise<ProjectRecord> {
    // Every disbursement and event: a paper lists them all, however long the project has run.
    const detail = await this.projects.detail(actor, idOrCode, 'all');
    const periods = await this.deadlines.listReports(actor, detail.id);
    return projectRecordOf(detail, periods, new Date());
  }

  async forms(actor: Actor, idOrCode: string): Promise<DocumentFormResponse[]> {
    const record = await this.record(actor, idOrCode);
    return DOCUMENT_FORMS.map((form) => {
      const definition = FORM_DEFINITIONS[form];
      const notReady = definition.readiness(record);
      return {
        form,
        template: definition.template,
        label: definition.label,
        available: notReady === null,
        notReady,
        formats: [...DOCUMENT_FORMATS],
      };
    });
  }

  async file(
    actor: Actor,
    idOrCode: string,
    form: DocumentForm,
    format: DocumentFormat,
    options: FormOptions,
  ): Promise<DocumentFile> {
    const record = await this.record(actor, idOrCode);
    const outcome = FORM_DEFINITIONS[form].build(record, options);
    if (!outcome.ok) {
      throw new ApiError(409, 'DOCUMENT_NOT_READY', `${outcome.notReady.vi} / ${outcome.notReady.en}`, { form });
    }
    const body = format === 'docx' ? await renderDocx(outcome.document) : await this.pdf(outcome.document);
    return {
      body,
      contentType: DOCUMENT_CONTENT_TYPES[format],
      fileName: documentFileName(form, record.code, form === 'progress-report' ? options.period : undefined),
      extension: format,
    };
  }

  private async pdf(document: Parameters<typeof renderPdf>[0]): Promise<Buffer> {
    try {
      return await renderPdf(document);
    } catch (err) {
      if (err instanceof FontsMissingError) throw ApiError.unavailable('Phông chữ Liberation Serif', err.message);
      throw err;
    }
  }
}
