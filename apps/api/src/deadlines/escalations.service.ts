import { Injectable } from '@nestjs/common';
import { Actor, escalationsAddressedTo } from '@kc/domain';
import { EscalationRepository, EscalationRow } from '@kc/persistence';
import { ApiError } from '../common/api-error';

const STATUS_VI: Record<string, string> = {
  OPEN: 'chưa được tiếp nhận',
  ACKNOWLEDGED: 'đã được tiếp nhận',
  RESOLVED: 'đã được xử lý',
  AUTO_CLOSED: 'đã tự đóng',
};

/**
 * Those an escalation level is addressed to (supervisors, the Department's and the Cục's leaders, the UBND tỉnh, the
 * Minister: the domain's escalation-recipients table) acknowledge escalations in their reach and resolve them.
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
    if (escalationsAddressedTo(actor).length === 0) {
      throw ApiError.forbidden(
        'Chỉ người nhận cảnh báo (giám sát, lãnh đạo Sở, Cục, UBND tỉnh, Bộ trưởng) được xử lý cảnh báo / only those escalations are addressed to handle them',
      );
    }
    const escalation = await this.escalations.findVisible(id, actor);
    if (!escalation) throw ApiError.notFound('cảnh báo', 'escalation', id);
    return escalation;
  }
}
