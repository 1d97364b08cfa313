import { Module } from '@nestjs/common';
import { PlansModule } from '../plans/plans.module';
import { SupportCapsModule } from '../support-caps/support-caps.module';
import { ProjectsController } from './projects.controller';
import { ProjectsService } from './projects.service';
import { ProjectWorkflowGateway } from './project-workflow.gateway';

@Module({
  imports: [PlansModule, SupportCapsModule],
  controllers: [ProjectsController],
  providers: [ProjectsService, ProjectWorkflowGateway],
  exports: [ProjectsService, ProjectWorkflowGateway],
})
export class ProjectsModule {}
