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
    // Only what the API needs to serve makes it unready: with the mail relay down every API would leave the load
    // balancer while it could still serve; the relay is named in the body instead (and /api/health answers 503).
    const { components, down, blocking } = await this.checks.run();
    if (blocking.length) {
      res.status(503).json({
        statusCode: 503,
        error: 'Service Unavailable',
        message: `Chưa sẵn sàng, không kết nối được: ${down.join(', ')} / not ready, unreachable: ${down.join(', ')}`,
        components,
      });
      return;
    }
    res.status(200).json({
      status: down.length ? 'degraded' : 'up',
      ...(down.length
        ? {
            message: `Sẵn sàng, nhưng không kết nối được: ${down.join(', ')} / ready, but unreachable: ${down.join(', ')}`,
          }
        : {}),
      components,
    });
  }
}
