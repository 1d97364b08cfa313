import { Module } from '@nestjs/common';
import { ProjectsController } from './projects.controller';
import { ProjectsService } from './projects.service';
import { ProjectWorkflowGateway } from './project-workflow.gateway';

@Module({
  controllers: [ProjectsController],
  providers: [ProjectsService, ProjectWorkflowGateway],
  exports: [ProjectsService, ProjectWorkflowGateway],
})
export class ProjectsModule {}
