import { createSecretKey } from 'node:crypto';
import { CapabilityGuard } from './capability.guard';
import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { ThrottlerModule } from '@nestjs/throttler';
import { DataSource } from 'typeorm';
import { RateLimitWindows, UserSessions } from '@kc/persistence';
import type { AuthConfig, SecurityConfig } from '@kc/config';
import { ActiveSessions } from './active-sessions';
import { AUTH_CONFIG, SECURITY_CONFIG } from './auth-config.module';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { JwtAuthGuard } from './jwt-auth.guard';
import { PostgresThrottlerStorage } from './postgres-throttler-storage';
import { RateLimitGuard, rateLimitOptions } from './rate-limit.guard';
import { TOKEN_ALGORITHM } from './token-claims';

/** Global so that whatever disables a user or resets a password can call ActiveSessions.forget. */
@Global()
@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [AUTH_CONFIG],
      useFactory: (config: AuthConfig) => {
        // The key made once: handed the secret as a string, jsonwebtoken first tries it as a PEM public key and
        // catches the failure before making a secret key, on every request (a fair share of a queue page's time).
        const key = createSecretKey(Buffer.from(config.jwtSecret));
        return {
          secretOrKeyProvider: () => key,
          signOptions: { algorithm: TOKEN_ALGORITHM },
          verifyOptions: { algorithms: [TOKEN_ALGORITHM] },
        };
      },
    }),
    ThrottlerModule.forRootAsync({
      inject: [SECURITY_CONFIG, DataSource],
      useFactory: (config: SecurityConfig, dataSource: DataSource) => ({
        ...rateLimitOptions(config),
        ...(config.rateLimitStore === 'postgres'
          ? { storage: new PostgresThrottlerStorage(new RateLimitWindows(dataSource)) }
          : {}),
      }),
    }),
  ],
  controllers: [AuthController],
  providers: [
    { provide: UserSessions, inject: [DataSource], useFactory: (ds: DataSource) => new UserSessions(ds) },
    {
      provide: ActiveSessions,
      inject: [UserSessions],
      useFactory: (sessions: UserSessions) => new ActiveSessions(sessions),
    },
    AuthService,
    // In this order: the rate limit counts writes per signed-in user, whom the JWT guard identifies.
    { provide: APP_GUARD, useClass: JwtAuthGuard },
    { provide: APP_GUARD, useClass: RateLimitGuard },
    // After the token: the capability table decides who may open a route marked @Requires(...).
    { provide: APP_GUARD, useClass: CapabilityGuard },
  ],
  exports: [UserSessions, ActiveSessions],
})
export class AuthModule {}
