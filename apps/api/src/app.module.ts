import { Module } from '@nestjs/common';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { HealthController } from './health/health.controller';
import { IdempotencyModule } from './idempotency/idempotency.module';
import { InfrastructureModule } from './infrastructure/infrastructure.module';
import { ProjectsModule } from './projects/projects.module';
import { QueuesModule } from './queues/queues.module';
import { ReferenceController } from './reference/reference.controller';
import { WebModule } from './web/web.module';

@Module({
  imports: [InfrastructureModule, AuthModule, ProjectsModule, QueuesModule, WebModule, IdempotencyModule, AuditModule],
  controllers: [HealthController, ReferenceController],
})
export class AppModule {}
