import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { LapseRadarQueries } from '@kc/persistence';
import { LapseRadarController } from './lapse-radar.controller';
import { LapseRadar } from './lapse-radar.service';

/**
 * The year-end lapse radar (GET /api/plans/lapse-radar, with its CSV and Excel exports). Registered before any
 * module serving /plans/:id, so the fixed path is matched first.
 */
@Module({
  controllers: [LapseRadarController],
  providers: [
    LapseRadar,
    { provide: LapseRadarQueries, useFactory: (ds: DataSource) => new LapseRadarQueries(ds), inject: [DataSource] },
  ],
})
export class LapseRadarModule {}
