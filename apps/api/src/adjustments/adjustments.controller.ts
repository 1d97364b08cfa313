import { Body, Controller, Get, Headers, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { Actor } from '@kc/domain';
import { CurrentActor } from '../auth/current-actor.decorator';
import { AdjustmentActionDto, RequestAdjustmentDto } from './adjustment.dto';
import { AdjustmentResponse, TermsVersionResponse } from './adjustment.responses';
import { AdjustmentsService } from './adjustments.service';

const IDEMPOTENCY = {
  name: 'idempotency-key',
  required: false,
  description: '1–128 printable ASCII characters. A client retry with the same key is the same request: applied once',
};

@ApiTags('adjustments')
@ApiBearerAuth()
@Controller()
export class AdjustmentsController {
  constructor(private readonly adjustments: AdjustmentsService) {}

  @Post('projects/:id/adjustments')
  @ApiOperation({
    summary:
      'Đề nghị điều chỉnh / request an adjustment (site, beneficiary, partner, timing, content, funding, extension, stop); answers with the decider it needs',
  })
  @ApiCreatedResponse({ type: AdjustmentResponse })
  @ApiBadRequestResponse({ description: 'Unknown kind, missing reason, or changes the kind does not carry' })
  @ApiForbiddenResponse({ description: 'Only the unit or the Department officer may ask' })
  @ApiNotFoundResponse({ description: 'No such project in your reach' })
  @ApiConflictResponse({ description: 'Not in this state, another request is open, or a rule of the kind refuses it' })
  @ApiHeader(IDEMPOTENCY)
  request(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: RequestAdjustmentDto,
    @Headers('idempotency-key') idempotencyKey?: string,
  ) {
    return this.adjustments.request(actor, id, body, idempotencyKey);
  }

  @Get('projects/:id/adjustments')
  @ApiOperation({ summary: 'Các đề nghị điều chỉnh / the adjustment requests of a project, newest first' })
  @ApiOkResponse({ type: [AdjustmentResponse] })
  @ApiNotFoundResponse({ description: 'No such project in your reach' })
  list(@CurrentActor() actor: Actor, @Param('id') id: string) {
    return this.adjustments.list(actor, id);
  }

  @Get('projects/:id/terms')
  @ApiOperation({ summary: 'Các phiên bản điều khoản / every version of the terms: as approved, then per adjustment' })
  @ApiOkResponse({ type: [TermsVersionResponse] })
  @ApiNotFoundResponse({ description: 'No such project in your reach' })
  terms(@CurrentActor() actor: Actor, @Param('id') id: string) {
    return this.adjustments.termsVersions(actor, id);
  }

  @Get('adjustments/:id')
  @ApiOperation({ summary: 'Một đề nghị điều chỉnh / one adjustment request' })
  @ApiOkResponse({ type: AdjustmentResponse })
  @ApiNotFoundResponse({ description: 'No such request in your reach' })
  one(@CurrentActor() actor: Actor, @Param('id') id: string) {
    return this.adjustments.one(actor, id);
  }

  @Post('adjustments/:id/actions')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Xác nhận, chấp thuận, không chấp thuận, rút đề nghị / certify, approve, reject or withdraw; an approval applies the new terms',
  })
  @ApiOkResponse({ type: AdjustmentResponse })
  @ApiBadRequestResponse({ description: 'Unknown action, or no reason to reject or withdraw' })
  @ApiForbiddenResponse({ description: 'Not the certifier or the decider: the message names who may' })
  @ApiNotFoundResponse({ description: 'No such request in your reach' })
  @ApiConflictResponse({ description: 'The request is not in a status that allows it, or a rule refuses it' })
  @ApiHeader(IDEMPOTENCY)
  act(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: AdjustmentActionDto,
    @Headers('idempotency-key') idempotencyKey?: string,
  ) {
    return this.adjustments.act(actor, id, body, idempotencyKey);
  }
}
