import { Module } from '@nestjs/common';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { HealthModule } from './health/health.module';
import { IdempotencyModule } from './idempotency/idempotency.module';
import { InboxModule } from './inbox/inbox.module';
import { FieldNotesModule } from './field-notes/field-notes.module';
import { OrganisationsModule } from './organisations/organisations.module';
import { InfrastructureModule } from './infrastructure/infrastructure.module';
import { ProjectsModule } from './projects/projects.module';
import { QueuesModule } from './queues/queues.module';
import { ReferenceController } from './reference/reference.controller';
import { UsersModule } from './users/users.module';
import { WebModule } from './web/web.module';

@Module({
  imports: [
    InfrastructureModule,
    HealthModule,
    AuthModule,
    ProjectsModule,
    QueuesModule,
    WebModule,
    IdempotencyModule,
    AuditModule,
    UsersModule,
    InboxModule,
    OrganisationsModule,
    FieldNotesModule,
  ],
  controllers: [ReferenceController],
})
export class AppModule {}
