import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { ThrottlerModule } from '@nestjs/throttler';
import type { AuthConfig, SecurityConfig } from '@kc/config';
import { AUTH_CONFIG, SECURITY_CONFIG } from './auth-config.module';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { JwtAuthGuard } from './jwt-auth.guard';
import { RateLimitGuard, rateLimitOptions } from './rate-limit.guard';

@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [AUTH_CONFIG],
      useFactory: (config: AuthConfig) => ({ secret: config.jwtSecret }),
    }),
    ThrottlerModule.forRootAsync({
      inject: [SECURITY_CONFIG],
      useFactory: (config: SecurityConfig) => rateLimitOptions(config),
    }),
  ],
  controllers: [AuthController],
  providers: [
    AuthService,
    // In this order: the rate limit counts writes per signed-in user, whom the JWT guard identifies.
    { provide: APP_GUARD, useClass: JwtAuthGuard },
    { provide: APP_GUARD, useClass: RateLimitGuard },
  ],
})
export class AuthModule {}
