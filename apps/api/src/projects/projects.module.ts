import { Module } from '@nestjs/common';
import { PlansModule } from '../plans/plans.module';
import { ProjectsController } from './projects.controller';
import { ProjectsService } from './projects.service';
import { ProjectWorkflowGateway } from './project-workflow.gateway';

@Module({
  imports: [PlansModule],
  controllers: [ProjectsController],
  providers: [ProjectsService, ProjectWorkflowGateway],
  exports: [ProjectsService, ProjectWorkflowGateway],
})
export class ProjectsModule {}
