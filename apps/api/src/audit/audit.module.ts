import { Global, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { AuditLog } from '@kc/persistence';
import { AuditController } from './audit.controller';
import { AuditInterceptor } from './audit.interceptor';

/** The audit log: one global interceptor for write requests, the repository for login rows, an admin page. */
@Global()
@Module({
  controllers: [AuditController],
  providers: [
    { provide: AuditLog, inject: [DataSource], useFactory: (dataSource: DataSource) => new AuditLog(dataSource) },
    { provide: APP_INTERCEPTOR, useClass: AuditInterceptor },
  ],
  exports: [AuditLog],
})
export class AuditModule {}
