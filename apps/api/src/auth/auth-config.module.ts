import { DynamicModule, Global, Module } from '@nestjs/common';
import type { AuthConfig, SecurityConfig } from '@kc/config';

export const AUTH_CONFIG = Symbol('AUTH_CONFIG');
export const SECURITY_CONFIG = Symbol('SECURITY_CONFIG');

/** The token, rate-limit and lockout settings, read once when the app is built (see createApiApp). */
@Global()
@Module({})
export class AuthConfigModule {
  static forRoot(config: { auth: AuthConfig; security: SecurityConfig }): DynamicModule {
    return {
      module: AuthConfigModule,
      providers: [
        { provide: AUTH_CONFIG, useValue: config.auth },
        { provide: SECURITY_CONFIG, useValue: config.security },
      ],
      exports: [AUTH_CONFIG, SECURITY_CONFIG],
    };
  }
}
