import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@kc/domain';
import { CurrentActor } from '../auth/current-actor.decorator';
import { EscalationResponse } from '../projects/project.responses';
import { EscalationsService } from './escalations.service';
import { ResolveEscalationDto } from './resolve-escalation.dto';

/**
 * Acknowledging and resolving an escalation (the open ones are listed by GET /api/queues/escalations).
 * These routes were served by DeadlinesController: their operation ids are kept as they were, so the OpenAPI
 * document and the web app's generated types (apps/web/src/api/schema.d.ts) do not change.
 */
@ApiTags('reports and deadlines')
@ApiBearerAuth()
@Controller()
export class EscalationsController {
  constructor(private readonly escalations: EscalationsService) {}

  @Post('escalations/:id/ack')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Tiếp nhận cảnh báo / acknowledge an escalation',
    operationId: 'DeadlinesController_acknowledge',
  })
  @ApiOkResponse({ type: EscalationResponse })
  acknowledge(@CurrentActor() actor: Actor, @Param('id') id: string) {
    return this.escalations.acknowledge(actor, id);
  }

  @Post('escalations/:id/resolve')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Xử lý xong cảnh báo / resolve an escalation with a note',
    operationId: 'DeadlinesController_resolve',
  })
  @ApiOkResponse({ type: EscalationResponse })
  resolve(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: ResolveEscalationDto) {
    return this.escalations.resolve(actor, id, body.note);
  }
}
