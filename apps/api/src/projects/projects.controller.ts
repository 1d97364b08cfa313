import { Body, Controller, Get, Headers, HttpCode, Param, Patch, Post, Query, Req } from '@nestjs/common';
import type { Request } from 'express';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiHeader,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { Actor } from '@kc/domain';
import { CurrentActor } from '../auth/current-actor.decorator';
import { auditSucceededNow } from '../audit/audit-context';
import { CreateProjectDto } from './create-project.dto';
import { ListProjectsQuery } from './list-projects.query';
import { ProjectActionDto } from './project-action.dto';
import { ProjectsService } from './projects.service';
import { OlderEntriesQuery } from './older-entries.query';
import {
  DisbursementPageResponse,
  HistoryPageResponse,
  ProjectDetailResponse,
  ProjectPageResponse,
} from './project.responses';
import { UpdateProjectDto } from './update-project.dto';

@ApiTags('projects')
@ApiBearerAuth()
@Controller('projects')
export class ProjectsController {
  constructor(private readonly projects: ProjectsService) {}

  @Post()
  @ApiOperation({ summary: 'Tạo đề án / create a project (state DRAFT); starts its workflow' })
  @ApiCreatedResponse({ type: ProjectDetailResponse })
  @ApiBadRequestResponse({ description: 'Invalid body' })
  @ApiForbiddenResponse({ description: 'Role or province may not create this project' })
  @ApiHeader({
    name: 'idempotency-key',
    required: false,
    description:
      '1–128 printable ASCII characters. A client retry with the same key creates one project: its id and code are kept for the key',
  })
  create(
    @CurrentActor() actor: Actor,
    @Body() body: CreateProjectDto,
    @Headers('idempotency-key') idempotencyKey?: string,
  ) {
    return this.projects.create(actor, body, idempotencyKey);
  }

  @Get()
  @ApiOperation({ summary: 'Danh sách đề án / list projects in your reach, newest first, keyset paginated' })
  @ApiOkResponse({ type: ProjectPageResponse })
  list(@CurrentActor() actor: Actor, @Query() query: ListProjectsQuery) {
    return this.projects.list(actor, query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'Chi tiết đề án / a project by id or code, with its history and disbursements' })
  @ApiOkResponse({ type: ProjectDetailResponse })
  @ApiNotFoundResponse({ description: 'No such project in your reach' })
  detail(@CurrentActor() actor: Actor, @Param('id') id: string) {
    return this.projects.detail(actor, id);
  }

  @Get(':id/history')
  @ApiOperation({
    summary:
      'Lịch sử đề án, các mục cũ hơn / history entries older than the project page shows (before = historyNextBefore)',
  })
  @ApiOkResponse({ type: HistoryPageResponse })
  @ApiBadRequestResponse({ description: '`before` or `limit` is not a whole number in range' })
  @ApiNotFoundResponse({ description: 'No such project in your reach' })
  history(@CurrentActor() actor: Actor, @Param('id') id: string, @Query() query: OlderEntriesQuery) {
    return this.projects.historyBefore(actor, id, query);
  }

  @Get(':id/disbursements')
  @ApiOperation({
    summary:
      'Các lần giải ngân cũ hơn / disbursements older than the project page shows (before = disbursementsNextBefore)',
  })
  @ApiOkResponse({ type: DisbursementPageResponse })
  @ApiBadRequestResponse({ description: '`before` or `limit` is not a whole number in range' })
  @ApiNotFoundResponse({ description: 'No such project in your reach' })
  disbursements(@CurrentActor() actor: Actor, @Param('id') id: string, @Query() query: OlderEntriesQuery) {
    return this.projects.disbursementsBefore(actor, id, query);
  }

  @Patch(':id')
  @ApiOperation({
    summary:
      'Cập nhật hồ sơ đề án / edit the dossier of a project in DRAFT or RETURNED; recorded in its history as edit_draft',
  })
  @ApiOkResponse({ type: ProjectDetailResponse })
  @ApiBadRequestResponse({ description: 'Invalid body; `fields` names the problem of each field' })
  @ApiForbiddenResponse({ description: 'Your role may not edit this project' })
  @ApiNotFoundResponse({ description: 'No such project in your reach' })
  @ApiConflictResponse({ description: 'The project is no longer a draft (submitted or further)' })
  edit(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: UpdateProjectDto) {
    return this.projects.edit(actor, id, body);
  }

  @Post(':id/actions')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Thực hiện hành động / perform a lifecycle action; answers with the project in its new state',
  })
  @ApiOkResponse({ type: ProjectDetailResponse })
  @ApiBadRequestResponse({ description: 'Invalid body or missing field for the action' })
  @ApiForbiddenResponse({ description: 'Your role may not take this action' })
  @ApiNotFoundResponse({ description: 'No such project in your reach' })
  @ApiConflictResponse({ description: 'Not allowed in the current state, or a money rule refuses it' })
  @ApiHeader({
    name: 'idempotency-key',
    required: false,
    description:
      '1–128 printable ASCII characters. A client retry with the same key is the same action: applied once (the key is the Temporal update id), answered with the same outcome',
  })
  act(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: ProjectActionDto,
    @Req() req: Request,
    @Headers('idempotency-key') idempotencyKey?: string,
  ) {
    // The audit row is written beside the page's read, once the action is applied and written.
    return this.projects.act(actor, id, body, idempotencyKey, () => auditSucceededNow(req));
  }
}
