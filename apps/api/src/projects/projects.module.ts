import { Module } from '@nestjs/common';
import { ProjectsController } from './projects.controller';
import { ProjectsService } from './projects.service';
import { ProjectWorkflowGateway } from './project-workflow.gateway';
import { DeadlinesController } from '../deadlines/deadlines.controller';
import { AdminController } from '../deadlines/admin.controller';
import { DeadlinesService } from '../deadlines/deadlines.service';
import { EscalationsService } from '../deadlines/escalations.service';

@Module({
  controllers: [ProjectsController, DeadlinesController, AdminController],
  providers: [ProjectsService, ProjectWorkflowGateway, DeadlinesService, EscalationsService],
})
export class ProjectsModule {}
