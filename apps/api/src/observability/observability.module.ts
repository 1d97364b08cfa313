import { DynamicModule, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Logger } from '@kc/config';
import { ApiMetrics } from './api-metrics';
import { MetricsController } from './metrics.controller';
import { APP_LOGGER, METRICS_OPEN_WITHOUT_TOKEN, METRICS_TOKEN } from './observability.tokens';
import { ReadModelGauges } from './read-model-gauges';

export interface ObservabilityOptions {
  metrics: ApiMetrics;
  logger: Logger;
  metricsToken?: string;
  /** Embedded mode only: without METRICS_TOKEN, production mode keeps /api/metrics closed. */
  metricsOpenWithoutToken?: boolean;
}

/** GET /api/metrics, and the app's metrics and logger for whoever needs to count or log. */
@Module({})
export class ObservabilityModule {
  static forRoot(options: ObservabilityOptions): DynamicModule {
    return {
      module: ObservabilityModule,
      global: true,
      controllers: [MetricsController],
      providers: [
        { provide: ApiMetrics, useValue: options.metrics },
        { provide: APP_LOGGER, useValue: options.logger },
        { provide: METRICS_TOKEN, useValue: options.metricsToken },
        { provide: METRICS_OPEN_WITHOUT_TOKEN, useValue: options.metricsOpenWithoutToken ?? false },
        {
          provide: ReadModelGauges,
          inject: [DataSource, ApiMetrics],
          useFactory: (dataSource: DataSource, metrics: ApiMetrics) =>
            new ReadModelGauges(dataSource, metrics.registry),
        },
      ],
      exports: [ApiMetrics, APP_LOGGER],
    };
  }
}
