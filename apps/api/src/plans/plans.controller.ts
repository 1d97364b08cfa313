import { Body, Controller, Get, HttpCode, Param, Post, Query, StreamableFile } from '@nestjs/common';
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
import { Requires } from '../auth/requires.decorator';
import { ApiTableExport } from '../exports/api-table-export.decorator';
import { tableFile } from '../exports/export-file';
import { isFileFormat } from '../exports/export-format';
import { CreatePlanDto, ListPlansQuery, PlanActionDto } from './plan.dto';
import { PlanLineRankingResponse, PlanListResponse, PlanResponse } from './plan.responses';
import { PlanRanking } from './plan-ranking';
import { PlansService } from './plans.service';
import { plansTable } from './plans.export';

/** Honoured by the idempotency interceptor on every write: a retry with the same key is answered as the first. */
const IDEMPOTENCY_KEY = {
  name: 'idempotency-key',
  required: false,
  description: '1–128 printable ASCII characters. A retry with the same key and body is answered as the first was',
};

/** Annual plans (kế hoạch khuyến công): the national plan and each province's local plan, with lines and figures. */
@ApiTags('plans')
@ApiBearerAuth()
@Requires('plans.read')
@Controller('plans')
export class PlansController {
  constructor(
    private readonly plans: PlansService,
    private readonly ranking: PlanRanking,
  ) {}

  @Get()
  @ApiOperation({
    summary:
      'Kế hoạch năm / the plans of a year in your reach, with lines, amendments and figures (format=csv|xlsx: one row per line)',
  })
  @ApiTableExport(PlanListResponse, { vi: 'mỗi dòng kế hoạch một hàng', en: 'one row per plan line' })
  @ApiBadRequestResponse({ description: 'year missing or out of range; unknown provinceCode; unknown format' })
  async list(@CurrentActor() actor: Actor, @Query() query: ListPlansQuery): Promise<PlanListResponse | StreamableFile> {
    const plans = await this.plans.list(actor, query);
    if (!isFileFormat(query.format)) return plans;
    return tableFile(query.format, plansTable(plans.items, query.year, query.provinceCode));
  }

  @Get(':id')
  @ApiOperation({ summary: 'Một kế hoạch / one plan with its lines, amendments and figures' })
  @ApiOkResponse({ type: PlanResponse })
  @ApiNotFoundResponse({ description: 'No such plan in your reach' })
  get(@CurrentActor() actor: Actor, @Param('id') id: string) {
    return this.plans.get(actor, id);
  }

  @Get(':id/lines/:lineId/ranking')
  @ApiOperation({
    summary:
      'Thứ tự xét giao kế hoạch / the candidates of a plan line (submitted, not yet approved) in the order the allocation considers them: pilot projects first, then priority areas, then earliest submitted; each with its reasons, cumulative requested support and whether it fits what remains',
  })
  @ApiOkResponse({ type: PlanLineRankingResponse })
  @ApiNotFoundResponse({ description: 'No such plan in your reach, or no such line on it' })
  ranked(@CurrentActor() actor: Actor, @Param('id') id: string, @Param('lineId') lineId: string) {
    return this.ranking.ofLine(actor, id, lineId);
  }

  @Post()
  @ApiOperation({ summary: 'Lập kế hoạch (dự thảo) / create a draft plan with its lines (409 if the year has one)' })
  @ApiCreatedResponse({ type: PlanResponse })
  @ApiBadRequestResponse({ description: 'Invalid body (each field named)' })
  @ApiForbiddenResponse({ description: 'Names who may prepare this plan' })
  @ApiConflictResponse({ description: 'A plan of that level, year and province exists' })
  @ApiHeader(IDEMPOTENCY_KEY)
  create(@CurrentActor() actor: Actor, @Body() body: CreatePlanDto) {
    return this.plans.create(actor, body);
  }

  @Post(':id/actions')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Trình, phê duyệt, điều chỉnh kế hoạch / submit, approve (decisionNo, decisionDate) or amend (lineId, deltaVnd, decisionNo, decisionDate, reason) a plan',
  })
  @ApiOkResponse({ type: PlanResponse })
  @ApiBadRequestResponse({ description: 'Invalid body or a missing field for the action' })
  @ApiForbiddenResponse({ description: 'Names who may' })
  @ApiNotFoundResponse({ description: 'No such plan in your reach' })
  @ApiConflictResponse({ description: 'Wrong status for the action, or a cut below what is approved on the line' })
  @ApiHeader(IDEMPOTENCY_KEY)
  act(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: PlanActionDto) {
    return this.plans.act(actor, id, body);
  }
}
