import { Module } from '@nestjs/common';
import { SupportCapsModule } from '../support-caps/support-caps.module';
import { PlanAllocation } from './plan-allocation';
import { PlanRanking } from './plan-ranking';
import { PlansController } from './plans.controller';
import { PlansService } from './plans.service';

/** Annual plans and the allocation check projects' approvals go through (exported for the projects module). */
@Module({
  imports: [SupportCapsModule],
  controllers: [PlansController],
  providers: [PlansService, PlanAllocation, PlanRanking],
  exports: [PlansService, PlanAllocation],
})
export class PlansModule {}
