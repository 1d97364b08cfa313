import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Actor } from '@kc/domain';
import { CurrentActor } from '../auth/current-actor.decorator';
import { EscalationQueueQueryDto, QueueQueryDto, UpcomingQueryDto } from './queue-query.dto';
import { QueueName, QueuesService } from './queues.service';
import { toCsv, toXlsx } from './queue-export';
import { QueuePageResponse } from './queue.responses';
import { attachmentDisposition } from '../exports/sheet-name';
import { formatVietnamDateTime } from '../exports/spreadsheet-dates';

/** Sheet and file names of the exports (Excel allows 31 characters in a sheet name). */
const SHEET_NAMES: Record<QueueName, string> = {
  'late-reports': 'Báo cáo trễ hạn',
  stalled: 'Đề án quá thời hạn xử lý',
  escalations: 'Cảnh báo cấp 1 và cấp 2',
  upcoming: 'Sắp đến hạn',
};

@ApiTags('queues')
@ApiBearerAuth()
@Controller('queues')
export class QueuesController {
  constructor(private readonly queues: QueuesService) {}

  @Get('late-reports')
  @ApiOperation({ summary: 'Báo cáo trễ hạn / late reports, most overdue first (format=csv|xlsx to export)' })
  @ApiOkResponse({ type: QueuePageResponse, description: 'JSON; with format=csv or xlsx the same rows as a file' })
  lateReports(@CurrentActor() actor: Actor, @Query() query: QueueQueryDto, @Res() res: Response) {
    return this.answer(actor, 'late-reports', query, res);
  }

  @Get('stalled')
  @ApiOperation({ summary: 'Đề án quá thời hạn xử lý / projects past their state’s time limit' })
  @ApiOkResponse({ type: QueuePageResponse, description: 'JSON; with format=csv or xlsx the same rows as a file' })
  stalled(@CurrentActor() actor: Actor, @Query() query: QueueQueryDto, @Res() res: Response) {
    return this.answer(actor, 'stalled', query, res);
  }

  @Get('escalations')
  @ApiOperation({
    summary:
      'Cảnh báo cấp 1 / cấp 2 / escalations, one per cause: the open ones unless status=RESOLVED|AUTO_CLOSED|ALL is given',
  })
  @ApiOkResponse({ type: QueuePageResponse, description: 'JSON; with format=csv or xlsx the same rows as a file' })
  escalations(@CurrentActor() actor: Actor, @Query() query: EscalationQueueQueryDto, @Res() res: Response) {
    return this.answer(actor, 'escalations', query, res);
  }

  @Get('upcoming')
  @ApiOperation({ summary: 'Sắp đến hạn / deadlines in the next N days (days=7 by default)' })
  @ApiOkResponse({ type: QueuePageResponse, description: 'JSON; with format=csv or xlsx the same rows as a file' })
  upcoming(@CurrentActor() actor: Actor, @Query() query: UpcomingQueryDto, @Res() res: Response) {
    return this.answer(actor, 'upcoming', query, res);
  }

  private async answer(
    actor: Actor,
    queue: QueueName,
    query: QueueQueryDto & { days?: number; status?: string },
    res: Response,
  ): Promise<void> {
    const format = query.format ?? 'json';
    const filter = {
      provinceCode: query.province,
      scope: query.scope,
      category: query.category,
      officerEmail: query.officer,
      level: query.level,
      cursor: format === 'json' ? query.cursor : undefined,
      limit: query.limit,
      days: query.days,
      status: query.status,
    };
    const page = await this.queues.list(actor, queue, filter, format !== 'json');
    if (format === 'json') {
      res.json(page);
      return;
    }
    const now = new Date();
    const fileName = `${SHEET_NAMES[queue]} ${formatVietnamDateTime(now).slice(0, 10).replace(/\//g, '-')}`;
    if (format === 'csv') {
      res.setHeader('content-type', 'text/csv; charset=utf-8');
      res.setHeader('content-disposition', attachmentDisposition(fileName, 'csv'));
      res.send(toCsv(page.items, now));
      return;
    }
    res.setHeader('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    res.setHeader('content-disposition', attachmentDisposition(fileName, 'xlsx'));
    res.send(await toXlsx(page.items, SHEET_NAMES[queue], now));
  }
}
