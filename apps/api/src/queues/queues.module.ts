import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DashboardQueries, NineMonthReviews, QueueQueries } from '@kc/persistence';
import { ReviewsController } from '../reviews/reviews.controller';
import { DashboardController } from './dashboard.controller';
import { QueuesController } from './queues.controller';
import { QueuesService } from './queues.service';
import { WorkingCalendarProvider } from './working-calendar.provider';

@Module({
  controllers: [QueuesController, DashboardController, ReviewsController],
  providers: [
    QueuesService,
    WorkingCalendarProvider,
    ...[QueueQueries, DashboardQueries, NineMonthReviews].map((type) => ({
      provide: type,
      inject: [DataSource],
      useFactory: (ds: DataSource) => new type(ds),
    })),
  ],
})
export class QueuesModule {}
