import { Module } from '@nestjs/common';
import { PeriodicReportsController } from './periodic-reports.controller';

/** The Department's periodic report and Mẫu 2, drawn by @kc/documents from the read model (GET /api/reports/…). */
@Module({ controllers: [PeriodicReportsController] })
export class PeriodicReportsModule {}
