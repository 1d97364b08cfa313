import { DynamicModule, INestApplication, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { json } from 'express';
import { Env, loadAuthConfig, loadSecurityConfig } from '@kc/config';
import { AppModule } from './app.module';
import { AuthConfigModule } from './auth/auth-config.module';
import { answerBodyParserErrors } from './common/body-parser-errors';
import { ApiExceptionFilter } from './common/api-exception.filter';
import { assignRequestId } from './common/request-id';
import { applyHttpSecurity } from './common/security';
import { createValidationPipe } from './common/validation';
import { normalizeUnicodeInput } from './common/unicode-normalization';

export interface ApiAppOptions {
  logger?: false;
  /** Overrides process.env for the token, rate-limit, lockout and CORS settings (tests use strict values). */
  env?: Env;
}

@Module({})
class ApiRootModule {}

/** Builds the HTTP application: used by main.ts and by the end-to-end tests. */
export async function createApiApp(options: ApiAppOptions = {}): Promise<INestApplication> {
  const env: Env = { ...process.env, ...options.env };
  const security = loadSecurityConfig(env);
  // The settings are read here, once, and handed to the modules, so each app built in a test can differ.
  const root: DynamicModule = {
    module: ApiRootModule,
    imports: [AuthConfigModule.forRoot({ auth: loadAuthConfig(env), security }), AppModule],
  };
  const app = await NestFactory.create<NestExpressApplication>(root, {
    logger: options.logger ?? ['error', 'warn', 'log'],
    bodyParser: false,
  });
  app.use(assignRequestId);
  applyHttpSecurity(app, security);
  app.use(json({ limit: '256kb' }), answerBodyParserErrors);
  app.use(normalizeUnicodeInput);
  app.setGlobalPrefix('api');
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ApiExceptionFilter());
  app.enableShutdownHooks();
  const openApi = new DocumentBuilder()
    .setTitle('KhuyenCong Flow API')
    .setDescription(
      'Quản lý đề án khuyến công / industrial promotion projects: lifecycle, disbursements, audit trail. Log in with POST /api/auth/login and send the token as a Bearer header.',
    )
    .setVersion('0.1.0')
    .addBearerAuth()
    .build();
  SwaggerModule.setup('api/docs', app, () => SwaggerModule.createDocument(app, openApi), {
    jsonDocumentUrl: 'api/docs-json',
  });
  return app;
}
