import { Injectable } from '@nestjs/common';
import { Actor, ESCALATION_LEVELS, EscalationLevel, handlesEscalations, mayHandleEscalation } from '@kc/domain';
import { EscalationRepository, EscalationRow } from '@kc/persistence';
import { ApiError } from '../common/api-error';

const STATUS_VI: Record<string, string> = {
  OPEN: 'chưa được tiếp nhận',
  ACKNOWLEDGED: 'đã được tiếp nhận',
  RESOLVED: 'đã được xử lý',
  AUTO_CLOSED: 'đã tự đóng',
};

/**
 * Those an escalation has been addressed to (its level's recipients and the lower levels', up the legal chain)
 * acknowledge it and resolve it with a note; supervisors receive escalations but are read-only (mayHandleEscalation).
 */
@Injectable()
export class EscalationsService {
  constructor(private readonly escalations: EscalationRepository) {}

  async acknowledge(actor: Actor, id: string): Promise<EscalationRow> {
    const escalation = await this.visible(actor, id);
    if (!(await this.escalations.acknowledge(escalation.id, actor))) {
      throw new ApiError(
        409,
        'ESCALATION_NOT_OPEN',
        `Cảnh báo ${STATUS_VI[escalation.status]}, không thể tiếp nhận lại / the escalation is ${escalation.status}, not OPEN`,
      );
    }
    return (await this.escalations.findVisible(id, actor))!;
  }

  async resolve(actor: Actor, id: string, note: string): Promise<EscalationRow> {
    const escalation = await this.visible(actor, id);
    if (!(await this.escalations.resolve(escalation.id, actor, note.normalize('NFC').trim()))) {
      throw new ApiError(
        409,
        'ESCALATION_RESOLVED',
        `Cảnh báo ${STATUS_VI[escalation.status]}, không cần xử lý nữa / the escalation is already ${escalation.status}`,
      );
    }
    return (await this.escalations.findVisible(id, actor))!;
  }

  private async visible(actor: Actor, id: string): Promise<EscalationRow> {
    // Who handles no escalation at all is told so (403) before anything is looked up.
    const handles = handlesEscalations(actor);
    if (!handles.ok) throw ApiError.forbidden(handles.message);
    const escalation = await this.escalations.findVisible(id, actor);
    if (!escalation) throw ApiError.notFound('cảnh báo', 'escalation', id);
    const level = Math.min(Math.max(Number(escalation.level), 1), ESCALATION_LEVELS.length) as EscalationLevel;
    const answer = mayHandleEscalation(actor, {
      level,
      scope: escalation.scope,
      provinceCode: escalation.provinceCode,
    });
    if (!answer.ok) throw ApiError.forbidden(answer.message);
    return escalation;
  }
}
