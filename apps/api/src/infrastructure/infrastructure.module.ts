import { Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import { DataSource } from 'typeorm';
import { loadDatabaseConfig, loadTemporalConfig, TemporalConfig } from '@kc/config';
import {
  AdjustmentQueries,
  CalendarOverrides,
  DashboardQueries,
  DeadlinePolicies,
  EscalationRepository,
  FieldNotes,
  Plans,
  NineMonthReviews,
  Organisations,
  ProvinceRules,
  NotificationLog,
  ProjectCodeAllocator,
  ProjectCreationKeys,
  ProjectEventWriter,
  ProjectPageQuery,
  ProjectQueries,
  QueueQueries,
  ReportQueries,
  UserRepository,
  createDataSource,
} from '@kc/persistence';

import { TEMPORAL_CLIENT, TEMPORAL_CONFIG } from './temporal-client.token';
import { TemporalProbe } from './temporal-probe';

export { TEMPORAL_CLIENT, TEMPORAL_CONFIG };

/** Read-model repositories, each built on the one DataSource. */
const REPOSITORIES = [
  ProjectQueries,
  ProjectPageQuery,
  ProjectCodeAllocator,
  ProjectCreationKeys,
  ProjectEventWriter,
  UserRepository,
  ReportQueries,
  AdjustmentQueries,
  NotificationLog,
  EscalationRepository,
  DeadlinePolicies,
  CalendarOverrides,
  QueueQueries,
  DashboardQueries,
  NineMonthReviews,
  Organisations,
  ProvinceRules,
  FieldNotes,
  Plans,
];

/** The API's connections: PostgreSQL for reads and users, a Temporal client for everything that changes a project. */
@Global()
@Module({
  providers: [
    {
      provide: DataSource,
      useFactory: async () => {
        const config = loadDatabaseConfig();
        return createDataSource(config.url, config.poolSize, config.ssl).initialize();
      },
    },
    { provide: TEMPORAL_CONFIG, useFactory: () => loadTemporalConfig() },
    {
      provide: TEMPORAL_CLIENT,
      inject: [TEMPORAL_CONFIG],
      // Lazy: the API starts and reports Temporal as down in /api/health rather than refusing to boot.
      useFactory: (config: TemporalConfig) =>
        new Client({ connection: Connection.lazy(config.connection), namespace: config.namespace }),
    },
    ...REPOSITORIES.map((type) => ({
      provide: type,
      inject: [DataSource],
      useFactory: (ds: DataSource) => new type(ds),
    })),
    TemporalProbe,
  ],
  exports: [DataSource, TEMPORAL_CLIENT, TEMPORAL_CONFIG, ...REPOSITORIES, TemporalProbe],
})
export class InfrastructureModule implements OnApplicationShutdown {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(TEMPORAL_CLIENT) private readonly temporal: Client,
    private readonly probe: TemporalProbe,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await this.probe.drain();
    await this.temporal.connection.close().catch(() => undefined);
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}
