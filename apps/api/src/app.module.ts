import { Module } from '@nestjs/common';
import { AdjustmentsModule } from './adjustments/adjustments.module';
import { AdminModule } from './admin/admin.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { CalendarPoliciesModule } from './calendar-policies/calendar-policies.module';
import { SupportCapsModule } from './support-caps/support-caps.module';
import { DashboardModule } from './dashboard/dashboard.module';
import { DocumentsModule } from './documents/documents.module';
import { EscalationsModule } from './escalations/escalations.module';
import { HealthModule } from './health/health.module';
import { IdempotencyModule } from './idempotency/idempotency.module';
import { InboxModule } from './inbox/inbox.module';
import { LapseRadarModule } from './lapse-radar/lapse-radar.module';
import { FieldNotesModule } from './field-notes/field-notes.module';
import { OrganisationsModule } from './organisations/organisations.module';
import { InfrastructureModule } from './infrastructure/infrastructure.module';
import { PeriodicReportsModule } from './periodic-reports/periodic-reports.module';
import { PlansModule } from './plans/plans.module';
import { ProjectsModule } from './projects/projects.module';
import { QueuesModule } from './queues/queues.module';
import { ReferenceModule } from './reference/reference.module';
import { ReportsModule } from './reports/reports.module';
import { ReviewsModule } from './reviews/reviews.module';
import { UsersModule } from './users/users.module';
import { WebModule } from './web/web.module';

// The order of the modules is the order of the routes in the OpenAPI document (docs/openapi.json).
@Module({
  imports: [
    InfrastructureModule,
    ReferenceModule,
    HealthModule,
    AuthModule,
    LapseRadarModule,
    ProjectsModule,
    ReportsModule,
    DocumentsModule,
    PeriodicReportsModule,
    AdjustmentsModule,
    EscalationsModule,
    AdminModule,
    CalendarPoliciesModule,
    SupportCapsModule,
    QueuesModule,
    DashboardModule,
    ReviewsModule,
    WebModule,
    IdempotencyModule,
    AuditModule,
    UsersModule,
    InboxModule,
    OrganisationsModule,
    FieldNotesModule,
    PlansModule,
  ],
})
export class AppModule {}
