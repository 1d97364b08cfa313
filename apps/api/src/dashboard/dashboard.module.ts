import { Module } from '@nestjs/common';
import { DashboardController } from './dashboard.controller';
import { PlanDashboard } from './plan-dashboard';

/** The dashboard: plan, disbursement and late counts per province (GET /api/dashboard). */
@Module({ controllers: [DashboardController], providers: [PlanDashboard] })
export class DashboardModule {}
