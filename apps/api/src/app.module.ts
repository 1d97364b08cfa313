import { Module } from '@nestjs/common';
import { AuthModule } from './auth/auth.module';
import { HealthController } from './health/health.controller';
import { InfrastructureModule } from './infrastructure/infrastructure.module';
import { ProjectsModule } from './projects/projects.module';
import { ReferenceController } from './reference/reference.controller';

@Module({
  imports: [InfrastructureModule, AuthModule, ProjectsModule],
  controllers: [HealthController, ReferenceController],
})
export class AppModule {}
