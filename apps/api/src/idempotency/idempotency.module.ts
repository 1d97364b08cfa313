import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { readPositiveInt } from '@kc/config';
import { IdempotencyKeys, ReservationTimes } from '@kc/persistence';
import { ExpiredKeySweeper } from './expired-key-sweeper';
import { IDEMPOTENCY_TIMES, IdempotencyInterceptor } from './idempotency.interceptor';

const DAY_SECONDS = 24 * 60 * 60;
/** Longer than any write takes (a Temporal update answers within seconds), short enough for a client's retries. */
const ABANDON_AFTER_SECONDS = 120;

/** Idempotency-Key on every write route: a global interceptor over the idempotency_keys table. */
@Module({
  providers: [
    { provide: IdempotencyKeys, inject: [DataSource], useFactory: (ds: DataSource) => new IdempotencyKeys(ds) },
    {
      provide: IDEMPOTENCY_TIMES,
      useFactory: (): ReservationTimes => ({
        ttlSeconds: readPositiveInt(process.env, 'KC_IDEMPOTENCY_TTL_SECONDS', DAY_SECONDS),
        abandonAfterSeconds: readPositiveInt(process.env, 'KC_IDEMPOTENCY_ABANDON_SECONDS', ABANDON_AFTER_SECONDS),
      }),
    },
    ExpiredKeySweeper,
    { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
  ],
})
export class IdempotencyModule {}
