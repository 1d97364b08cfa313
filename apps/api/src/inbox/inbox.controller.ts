import { Controller, Get, Query } from '@nestjs/common';
import { InboxCountsResponse, InboxResponse } from './inbox.responses';
import { ApiBadRequestResponse, ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@kc/domain';
import { CurrentActor } from '../auth/current-actor.decorator';
import { InboxQueryDto } from './inbox-query.dto';
import { InboxService } from './inbox.service';

@ApiTags('inbox')
@ApiBearerAuth()
@Controller('inbox')
export class InboxController {
  constructor(private readonly inbox: InboxService) {}

  @Get()
  @ApiOperation({
    summary:
      'Việc cần xử lý / what waits for you: projects at a step you take, reports your unit owes, escalations addressed to you, with counts',
  })
  @ApiOkResponse({ type: InboxResponse, description: 'Each list soonest deadline first' })
  @ApiBadRequestResponse({ description: 'limit is not a whole number from 1 to 200' })
  list(@CurrentActor() actor: Actor, @Query() query: InboxQueryDto) {
    return this.inbox.inbox(actor, query.limit);
  }

  @Get('counts')
  @ApiOperation({ summary: 'Số việc cần xử lý / how many items wait for you, per group (for the menu)' })
  @ApiOkResponse({ type: InboxCountsResponse })
  counts(@CurrentActor() actor: Actor) {
    return this.inbox.counts(actor);
  }
}
