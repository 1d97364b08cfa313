import { Module } from '@nestjs/common';
import { DashboardController } from './dashboard.controller';

/** The dashboard: plan, disbursement and late counts per province (GET /api/dashboard). */
@Module({ controllers: [DashboardController] })
export class DashboardModule {}
