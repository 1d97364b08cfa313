import { Module } from '@nestjs/common';
import { ComponentChecks } from './component-checks';
import { DrainState } from './drain-state';
import { HealthController } from './health.controller';
import { ProbesController } from './probes.controller';

/** GET /api/health (details), /api/livez and /api/readyz (Kubernetes probes). */
@Module({
  controllers: [HealthController, ProbesController],
  providers: [ComponentChecks, DrainState],
})
export class HealthModule {}
