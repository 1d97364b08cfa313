import { Module } from '@nestjs/common';
import { ProjectsModule } from '../projects/projects.module';
import { DeadlinesController } from './deadlines.controller';
import { DeadlinesService } from './deadlines.service';

/** Progress reports and deadlines of a project: submission, report periods, extensions, the project's policy. */
@Module({
  imports: [ProjectsModule],
  controllers: [DeadlinesController],
  providers: [DeadlinesService],
  exports: [DeadlinesService],
})
export class ReportsModule {}
