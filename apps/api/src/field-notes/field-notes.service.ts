import { Injectable } from '@nestjs/common';
import { Actor, localDayOf, mayOnProject } from '@kc/domain';
import { FieldNoteRow, FieldNotes, ProjectEntity, ProjectQueries } from '@kc/persistence';
import { contextOf, recordedPerson } from '../common/project-context';
import { ApiError } from '../common/api-error';
import { toVietnamTime } from '../common/local-time';
import { CreateFieldNoteDto } from './field-note.dto';
import type { FieldNoteListResponse, FieldNoteResponse } from './field-note.responses';

function noteView(n: FieldNoteRow): FieldNoteResponse {
  return {
    id: n.id,
    observedOn: n.observedOn,
    text: n.text,
    photoRef: n.photoRef,
    author: recordedPerson({
      userId: n.authorUserId,
      email: n.authorEmail,
      role: n.authorRole,
      provinceCode: n.authorProvinceCode,
      fullName: n.authorFullName,
      organisationName: n.authorOrganisationName,
    }),
    createdAt: new Date(n.createdAt).toISOString(),
    createdAtLocal: toVietnamTime(new Date(n.createdAt)),
  };
}

/**
 * Field notes (ghi chép hiện trường): a commune collaborator or the Department officer records what they saw on a
 * project's site on a day; everyone who may read the project reads them. Who may write is the capability table's.
 */
@Injectable()
export class FieldNotesService {
  constructor(
    private readonly projects: ProjectQueries,
    private readonly notes: FieldNotes,
  ) {}

  async list(actor: Actor, idOrCode: string): Promise<FieldNoteListResponse> {
    const project = await this.visible(actor, idOrCode);
    const rows = await this.notes.forProject(project.id);
    return { items: rows.map(noteView), mayWrite: mayOnProject(actor, 'field_note.write', contextOf(project)).ok };
  }

  async add(actor: Actor, idOrCode: string, body: CreateFieldNoteDto): Promise<FieldNoteResponse> {
    const project = await this.visible(actor, idOrCode);
    const answer = mayOnProject(actor, 'field_note.write', contextOf(project));
    if (!answer.ok) throw ApiError.forbidden(answer.message);
    const today = localDayOf(new Date().toISOString());
    if (body.observedOn > today) {
      const message = `observedOn: ngày quan sát ${body.observedOn} ở tương lai (hôm nay ${today}) / the day observed is after today (${today})`;
      throw ApiError.badRequest(message, { fields: { observedOn: message } });
    }
    const text = body.text.normalize('NFC').trim();
    const photoRef = body.photoRef?.normalize('NFC').trim() || null;
    return noteView(
      await this.notes.add({ projectId: project.id, observedOn: body.observedOn, text, photoRef, author: actor }),
    );
  }

  private async visible(actor: Actor, idOrCode: string): Promise<ProjectEntity> {
    const project = await this.projects.findVisible(idOrCode, actor);
    if (!project) throw ApiError.notFound('đề án', 'project', idOrCode);
    return project;
  }
}
