import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { LocalSupportCaps, NationalCapVersions } from '@kc/persistence';
import { SupportCapsController } from './support-caps.controller';
import { SupportCapsService } from './support-caps.service';

/** The money rule tables (issue 15): national caps by instrument, advance rules, the provinces' own caps. */
@Module({
  controllers: [SupportCapsController],
  providers: [
    { provide: LocalSupportCaps, inject: [DataSource], useFactory: (ds: DataSource) => new LocalSupportCaps(ds) },
    {
      provide: NationalCapVersions,
      inject: [DataSource],
      useFactory: (ds: DataSource) => new NationalCapVersions(ds),
    },
    SupportCapsService,
  ],
  exports: [SupportCapsService],
})
export class SupportCapsModule {}
