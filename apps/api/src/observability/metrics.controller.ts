import { Controller, Get, Headers, Inject, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { timingSafeEqual } from 'node:crypto';
import { Public } from '../auth/public.decorator';
import { ApiError } from '../common/api-error';
import { ApiMetrics } from './api-metrics';
import { METRICS_OPEN_WITHOUT_TOKEN, METRICS_TOKEN } from './observability.tokens';
import { ReadModelGauges } from './read-model-gauges';

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Prometheus scrapes without a user's JWT, with METRICS_TOKEN as a bearer token. Without one, the route is open only
 * in embedded mode (npm start on one machine); in production mode (KC_EMBEDDED not true) it stays closed (403).
 */
@ApiTags('observability')
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: ApiMetrics,
    // Injected so its gauges are registered before the first scrape.
    readonly gauges: ReadModelGauges,
    @Inject(METRICS_TOKEN) private readonly token: string | undefined,
    @Inject(METRICS_OPEN_WITHOUT_TOKEN) private readonly openWithoutToken: boolean,
  ) {}

  @Public()
  @Get()
  @ApiOperation({
    summary:
      'Số liệu Prometheus / Prometheus metrics (text format): the METRICS_TOKEN bearer token; open without one only in embedded mode',
  })
  async scrape(@Headers('authorization') authorization: string | undefined, @Res() res: Response): Promise<void> {
    if (!this.token && !this.openWithoutToken) {
      throw ApiError.forbidden(
        'Số liệu Prometheus bị khóa ngoài chế độ nhúng; đặt METRICS_TOKEN để mở / metrics are closed in production mode: set METRICS_TOKEN and scrape with it',
      );
    }
    if (this.token && !sameSecret(authorization ?? '', `Bearer ${this.token}`)) {
      throw new ApiError(
        401,
        'UNAUTHORIZED',
        'Cần mã truy cập số liệu: gửi "Authorization: Bearer <METRICS_TOKEN>" / metrics need the METRICS_TOKEN bearer token',
      );
    }
    const text = await this.metrics.registry.metrics();
    res.status(200).type(this.metrics.registry.contentType).send(text);
  }
}
