import { Module } from '@nestjs/common';
import { ReviewsController } from '../reviews/reviews.controller';
import { DashboardController } from './dashboard.controller';
import { QueuesController } from './queues.controller';
import { QueuesService } from './queues.service';
import { WorkingCalendarProvider } from './working-calendar.provider';

@Module({
  controllers: [QueuesController, DashboardController, ReviewsController],
  providers: [QueuesService, WorkingCalendarProvider],
})
export class QueuesModule {}
