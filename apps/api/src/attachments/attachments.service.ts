import { createHash, randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { Actor, CAPABILITIES, mayOnProject } from '@kc/domain';
import type { AttachmentConfig } from '@kc/config';
import {
  AttachmentRow,
  AttachmentStore,
  AttachmentStoreUnavailable,
  Attachments,
  ProjectEntity,
  ProjectQueries,
  attachmentKey,
} from '@kc/persistence';
import { ApiError } from '../common/api-error';
import { toVietnamTime } from '../common/local-time';
import { contextOf, recordedPerson } from '../common/project-context';
import { AttachmentErrors } from './attachment-errors';
import { ATTACHMENT_TYPES, keptFileName, sniffAttachmentType } from './attachment-types';
import { AttachmentKind, UploadAttachmentDto } from './attachment.dto';
import type { AttachmentListResponse, AttachmentResponse, DeletedAttachmentResponse } from './attachment.responses';
import { ATTACHMENT_CONFIG, ATTACHMENT_STORE } from './attachment.tokens';

/** The file multer read into memory. */
export interface UploadedFile {
  originalname: string;
  buffer: Buffer;
  size: number;
}

export interface AttachmentDownload {
  row: AttachmentRow;
  bytes: Buffer;
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Browsers send the file name in the multipart header as Latin-1 bytes of its UTF-8 text: read it back as UTF-8. */
function decodedName(raw: string): string {
  const utf8 = Buffer.from(raw, 'latin1').toString('utf8');
  return /\uFFFD/.test(utf8) ? raw : utf8;
}

/**
 * Attachments (hồ sơ đính kèm, issue 17): evidence on a project, kept with the SHA-256 of its bytes. Reach is the
 * project's (ProjectQueries.findVisible: 404 across provinces); who may upload and delete is the capability table's.
 */
@Injectable()
export class AttachmentsService {
  private readonly logger = new Logger('Attachments');

  constructor(
    private readonly projects: ProjectQueries,
    private readonly attachments: Attachments,
    @Inject(ATTACHMENT_STORE) private readonly store: AttachmentStore,
    @Inject(ATTACHMENT_CONFIG) private readonly config: AttachmentConfig,
  ) {}

  async list(actor: Actor, idOrCode: string): Promise<AttachmentListResponse> {
    const project = await this.visibleProject(actor, idOrCode);
    const rows = await this.attachments.liveForProject(project.id);
    return {
      items: rows.map((r) => this.view(r, actor, project)),
      mayUpload: mayOnProject(actor, 'attachment.upload', contextOf(project)).ok,
      maxBytes: this.config.maxBytes,
      allowedTypes: ATTACHMENT_TYPES.map((t) => t.label),
    };
  }

  async upload(
    actor: Actor,
    idOrCode: string,
    file: UploadedFile | undefined,
    body: UploadAttachmentDto,
  ): Promise<AttachmentResponse> {
    const project = await this.visibleProject(actor, idOrCode);
    const answer = mayOnProject(actor, 'attachment.upload', contextOf(project));
    if (!answer.ok) throw ApiError.forbidden(answer.message);
    if (!file) throw AttachmentErrors.noFile();
    const originalName = decodedName(file.originalname ?? '');
    if (file.size === 0 || file.buffer.length === 0) throw AttachmentErrors.empty(originalName);
    if (file.buffer.length > this.config.maxBytes) throw AttachmentErrors.tooLarge(this.config.maxBytes);
    const sniffed = await sniffAttachmentType(file.buffer);
    if (!sniffed.ok) throw AttachmentErrors.typeNotAllowed(originalName, sniffed.detected);
    const link = await this.link(project, body);
    const id = randomUUID();
    const storageKey = attachmentKey(project.id, id);
    await this.storeCall(() => this.store.put(storageKey, file.buffer, sniffed.type.contentType));
    const row = await this.attachments.add({
      id,
      projectId: project.id,
      storageKey,
      fileName: keptFileName(originalName, sniffed.type),
      contentType: sniffed.type.contentType,
      size: file.buffer.length,
      sha256: sha256(file.buffer),
      kind: body.kind ?? 'OTHER',
      note: body.note?.normalize('NFC').trim() || null,
      ...link,
      uploader: actor,
    });
    this.logger.log(`attachment ${id} (${row.contentType}, ${row.size} B, sha256 ${row.sha256}) on ${project.code}`);
    return this.view(row, actor, project);
  }

  /** The bytes, only when they still hash to what was kept at upload (else 409, and an error line in the log). */
  async download(actor: Actor, id: string): Promise<AttachmentDownload> {
    const { row } = await this.visibleAttachment(actor, id);
    const bytes = await this.storeCall(() => this.store.get(row.storageKey));
    if (!bytes) {
      this.logger.error(`attachment ${row.id}: no bytes under ${row.storageKey} in the ${this.store.driver} store`);
      throw AttachmentErrors.bytesMissing();
    }
    const actual = sha256(bytes);
    if (actual !== row.sha256 || bytes.length !== row.size) {
      this.logger.error(
        `attachment ${row.id} TAMPERED: ${row.storageKey} in the ${this.store.driver} store hashes to ${actual} ` +
          `(${bytes.length} B), kept ${row.sha256} (${row.size} B); refused to ${actor.email}`,
      );
      throw AttachmentErrors.tampered();
    }
    return { row, bytes };
  }

  /** Soft delete: hidden from lists and downloads; the row (with who and when) and the bytes stay. */
  async remove(actor: Actor, id: string): Promise<DeletedAttachmentResponse> {
    const { row, project } = await this.visibleAttachment(actor, id);
    if (!this.mayDelete(actor, row, project)) {
      const who = CAPABILITIES['attachment.delete_any'].who.describeFor(contextOf(project));
      throw AttachmentErrors.deleteForbidden(who.vi, who.en);
    }
    const deleted = await this.attachments.softDelete(row.id, actor);
    if (!deleted?.deletedAt) throw ApiError.notFound('tệp đính kèm', 'attachment', id);
    return {
      id: deleted.id,
      deletedAt: new Date(deleted.deletedAt).toISOString(),
      deletedAtLocal: toVietnamTime(deleted.deletedAt),
      deletedBy: actor.email,
    };
  }

  private mayDelete(actor: Actor, row: AttachmentRow, project: ProjectEntity): boolean {
    const context = contextOf(project);
    return (
      (row.uploadedByUserId === actor.userId && mayOnProject(actor, 'attachment.delete_own', context).ok) ||
      mayOnProject(actor, 'attachment.delete_any', context).ok
    );
  }

  /** What the file evidences: at most one of a report period, an action, an adjustment request of this project. */
  private async link(project: ProjectEntity, body: UploadAttachmentDto) {
    const given = [body.reportPeriod, body.action, body.adjustmentId].filter((v) => v !== undefined && v !== '');
    if (given.length > 1) {
      throw AttachmentErrors.badLink(
        'Chỉ gắn tệp với một trong: kỳ báo cáo (reportPeriod), bước xử lý (action) hoặc đề nghị điều chỉnh (adjustmentId) / link the file to one of reportPeriod, action or adjustmentId, not several',
      );
    }
    if (body.adjustmentId && !(await this.attachments.adjustmentOfProject(body.adjustmentId, project.id))) {
      throw AttachmentErrors.badLink(
        `adjustmentId: đề án ${project.code} không có đề nghị điều chỉnh ${body.adjustmentId} / project ${project.code} has no adjustment request ${body.adjustmentId}`,
      );
    }
    return {
      reportPeriod: body.reportPeriod || null,
      action: body.action || null,
      adjustmentId: body.adjustmentId || null,
    };
  }

  private view(r: AttachmentRow, actor: Actor, project: ProjectEntity): AttachmentResponse {
    return {
      id: r.id,
      projectId: r.projectId,
      fileName: r.fileName,
      contentType: r.contentType,
      size: r.size,
      sha256: r.sha256,
      kind: r.kind as AttachmentKind,
      note: r.note,
      reportPeriod: r.reportPeriod,
      action: r.action,
      adjustmentId: r.adjustmentId,
      uploadedBy: recordedPerson({
        userId: r.uploadedByUserId,
        email: r.uploadedByEmail,
        role: r.uploadedByRole,
        provinceCode: r.uploadedByProvinceCode,
        fullName: r.uploadedByFullName,
        organisationName: r.uploadedByOrganisationName,
      }),
      uploadedAt: new Date(r.uploadedAt).toISOString(),
      uploadedAtLocal: toVietnamTime(r.uploadedAt),
      mayDelete: this.mayDelete(actor, r, project),
    };
  }

  private async visibleProject(actor: Actor, idOrCode: string): Promise<ProjectEntity> {
    const project = await this.projects.findVisible(idOrCode, actor);
    if (!project) throw ApiError.notFound('đề án', 'project', idOrCode);
    return project;
  }

  /** An attachment not deleted, of a project in the actor's reach; otherwise the same 404 as for no such id. */
  private async visibleAttachment(actor: Actor, id: string) {
    const row = await this.attachments.findLive(id);
    const project = row ? await this.projects.findVisible(row.projectId, actor) : null;
    if (!row || !project) throw ApiError.notFound('tệp đính kèm', 'attachment', id);
    return { row, project };
  }

  private async storeCall<T>(call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (err) {
      if (err instanceof AttachmentStoreUnavailable) {
        this.logger.error(err.message);
        throw AttachmentErrors.storeUnavailable(err.driver);
      }
      throw err;
    }
  }
}
