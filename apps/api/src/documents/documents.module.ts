import { Module } from '@nestjs/common';
import { ProjectsModule } from '../projects/projects.module';
import { ReportsModule } from '../reports/reports.module';
import { DocumentsController } from './documents.controller';
import { DocumentsService } from './documents.service';

/** The papers generated from a project's data (Mẫu 3b, 5a, 6) as DOCX and PDF in the Decree 30 format. */
@Module({
  imports: [ProjectsModule, ReportsModule],
  controllers: [DocumentsController],
  providers: [DocumentsService],
})
export class DocumentsModule {}
