import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DashboardQueries, QueueQueries } from '@kc/persistence';
import { DashboardController } from './dashboard.controller';
import { QueuesController } from './queues.controller';
import { QueuesService } from './queues.service';
import { WorkingCalendarProvider } from './working-calendar.provider';

@Module({
  controllers: [QueuesController, DashboardController],
  providers: [
    QueuesService,
    WorkingCalendarProvider,
    ...[QueueQueries, DashboardQueries].map((type) => ({
      provide: type,
      inject: [DataSource],
      useFactory: (ds: DataSource) => new type(ds),
    })),
  ],
})
export class QueuesModule {}
