import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CalendarPolicies } from '@kc/persistence';
import { CalendarPoliciesController } from './calendar-policies.controller';
import { CalendarPoliciesService } from './calendar-policies.service';
import { PlanCalendarNotifier } from './plan-calendar-notifier';

/** The annual plan calendar's dates per level and province (calendar_policies), and telling the running calendars. */
@Module({
  controllers: [CalendarPoliciesController],
  providers: [
    { provide: CalendarPolicies, inject: [DataSource], useFactory: (ds: DataSource) => new CalendarPolicies(ds) },
    CalendarPoliciesService,
    PlanCalendarNotifier,
  ],
})
export class CalendarPoliciesModule {}
