import { Module } from '@nestjs/common';
import { QueuesController } from './queues.controller';
import { QueuesService } from './queues.service';
import { WorkingCalendarProvider } from './working-calendar.provider';

/** The work queues (late reports, stalled, escalations, upcoming); the working calendar is shared with the inbox. */
@Module({
  controllers: [QueuesController],
  providers: [QueuesService, WorkingCalendarProvider],
  exports: [WorkingCalendarProvider],
})
export class QueuesModule {}
