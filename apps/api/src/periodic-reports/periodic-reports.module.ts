import { Module } from '@nestjs/common';
import { PeriodicReportArchiveController } from './periodic-report-archive.controller';
import { PeriodicReportsController } from './periodic-reports.controller';

/** The Department's periodic report and Mẫu 2, drawn by @kc/documents from the read model (GET /api/reports/…). */
@Module({ controllers: [PeriodicReportsController, PeriodicReportArchiveController] })
export class PeriodicReportsModule {}
