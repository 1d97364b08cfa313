import { Body, Controller, Get, Headers, HttpCode, Param, Post, Put } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiHeader,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { Actor, DeadlinePolicy } from '@kc/domain';
import { CurrentActor } from '../auth/current-actor.decorator';
import { DeadlinesService } from './deadlines.service';
import { ExtendDeadlineDto } from './extend-deadline.dto';
import { SubmitReportDto } from './submit-report.dto';
import { ReportPeriodResponse, ReportReceiptResponse } from './report.responses';

@ApiTags('reports and deadlines')
@ApiBearerAuth()
@Controller()
export class DeadlinesController {
  constructor(private readonly deadlines: DeadlinesService) {}

  @Post('projects/:id/reports')
  @ApiOperation({ summary: 'Nộp báo cáo tiến độ / submit the progress report of an open period (or a correction)' })
  @ApiCreatedResponse({ type: ReportReceiptResponse })
  @ApiHeader({
    name: 'idempotency-key',
    required: false,
    description:
      '1–128 printable ASCII characters. A client retry with the same key is the same report: stored once (the key is the Temporal update id)',
  })
  submitReport(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: SubmitReportDto,
    @Headers('idempotency-key') idempotencyKey?: string,
  ) {
    return this.deadlines.submitReport(actor, id, body, idempotencyKey);
  }

  @Get('projects/:id/reports')
  @ApiOperation({
    summary: 'Các kỳ báo cáo / report periods: due date, submitted time, ON_TIME / LATE / MISSING / OPEN',
  })
  @ApiOkResponse({ type: [ReportPeriodResponse] })
  listReports(@CurrentActor() actor: Actor, @Param('id') id: string) {
    return this.deadlines.listReports(actor, id);
  }

  @Get('projects/:id/deadlines')
  @ApiOperation({ summary: 'Thời hạn, nhắc nhở, cảnh báo / live deadlines, reminders sent and escalations' })
  deadlineState(@CurrentActor() actor: Actor, @Param('id') id: string) {
    return this.deadlines.deadlines(actor, id);
  }

  @Post('projects/:id/deadlines/extend')
  @HttpCode(200)
  @ApiOperation({ summary: 'Gia hạn / extend a report deadline or the current state’s time limit; the timers move' })
  extend(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: ExtendDeadlineDto) {
    return this.deadlines.extend(actor, id, body);
  }

  @Put('projects/:id/deadline-policy')
  @ApiOperation({ summary: 'Chính sách thời hạn riêng của đề án / set this project’s deadline policy (admin)' })
  @ApiBody({ description: 'A full DeadlinePolicy (see GET /api/admin/deadline-policies for the shape)' })
  setPolicy(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() policy: DeadlinePolicy) {
    return this.deadlines.setPolicy(actor, id, policy);
  }
}
