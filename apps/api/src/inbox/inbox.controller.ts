import { Controller, Get, Query } from '@nestjs/common';
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
  @ApiOkResponse({ description: '{ counts, projects, reports, escalations }, each list soonest deadline first' })
  @ApiBadRequestResponse({ description: 'limit is not a whole number from 1 to 200' })
  list(@CurrentActor() actor: Actor, @Query() query: InboxQueryDto) {
    return this.inbox.inbox(actor, query.limit);
  }

  @Get('counts')
  @ApiOperation({ summary: 'Số việc cần xử lý / how many items wait for you, per group (for the menu)' })
  @ApiOkResponse({ description: '{ projects, reports, escalations, total }' })
  counts(@CurrentActor() actor: Actor) {
    return this.inbox.counts(actor);
  }
}
