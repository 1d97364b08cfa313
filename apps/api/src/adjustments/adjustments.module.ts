import { Module } from '@nestjs/common';
import { ProjectsModule } from '../projects/projects.module';
import { AdjustmentsController } from './adjustments.controller';
import { AdjustmentsService } from './adjustments.service';

/** Adjustment requests of approved projects (điều chỉnh, gia hạn, ngừng; TT 36 Art. 11). */
@Module({
  imports: [ProjectsModule],
  controllers: [AdjustmentsController],
  providers: [AdjustmentsService],
})
export class AdjustmentsModule {}
