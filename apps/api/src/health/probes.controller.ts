import { Controller, Get, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../auth/public.decorator';
import { ComponentChecks } from './component-checks';
import { DrainState } from './drain-state';

/** Kubernetes probes: liveness asks nothing of the dependencies (a database outage must not restart pods). */
@ApiTags('health')
@Controller()
export class ProbesController {
  constructor(
    private readonly checks: ComponentChecks,
    private readonly drain: DrainState,
  ) {}

  @Public()
  @Get('livez')
  @ApiOperation({ summary: 'Tiến trình còn sống / liveness: 200 while the process answers, dependencies not asked' })
  livez(): { status: 'up' } {
    return { status: 'up' };
  }

  @Public()
  @Get('readyz')
  @ApiOperation({
    summary:
      'Sẵn sàng nhận yêu cầu / readiness: 200 when PostgreSQL and Temporal answer; 503 naming what is down, or while shutting down',
  })
  async readyz(@Res() res: Response): Promise<void> {
    if (this.drain.isDraining) {
      res.status(503).json({
        statusCode: 503,
        error: 'Service Unavailable',
        message: 'Máy chủ đang dừng, không nhận yêu cầu mới / shutting down: not taking new requests',
      });
      return;
    }
    const { components, down } = await this.checks.run();
    if (down.length) {
      res.status(503).json({
        statusCode: 503,
        error: 'Service Unavailable',
        message: `Chưa sẵn sàng, không kết nối được: ${down.join(', ')} / not ready, unreachable: ${down.join(', ')}`,
        components,
      });
      return;
    }
    res.status(200).json({ status: 'up', components });
  }
}
