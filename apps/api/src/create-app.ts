import { DynamicModule, INestApplication, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { json } from 'express';
import {
  Env,
  LogDestination,
  createLogger,
  isEmbeddedMode,
  loadAttachmentConfig,
  loadAuthConfig,
  loadDatabaseConfig,
  loadLogLevel,
  loadMetricsToken,
  loadSecurityConfig,
  loadTemporalConfig,
} from '@kc/config';
import { AuditLog } from '@kc/persistence';
import { AppModule } from './app.module';
import { AttachmentsModule } from './attachments/attachments.module';
import { AuthConfigModule } from './auth/auth-config.module';
import { answerBodyParserErrors } from './common/body-parser-errors';
import { ApiExceptionFilter } from './common/api-exception.filter';
import { assignRequestId } from './common/request-id';
import { closeConnectionsWhileDraining } from './health/close-connections-while-draining';
import { DrainState } from './health/drain-state';
import { applyHttpSecurity } from './common/security';
import { createValidationPipe } from './common/validation';
import { normalizeUnicodeInput } from './common/unicode-normalization';
import { ApiMetrics } from './observability/api-metrics';
import { PinoNestLogger } from './observability/nest-logger';
import { ObservabilityModule } from './observability/observability.module';
import { logRequests } from './observability/request-logger';

export interface ApiAppOptions {
  /** false: Nest's lines are dropped, and so are request lines unless logDestination is given. */
  logger?: false;
  /** Where the JSON lines go (default stdout); a test passes a stream to read them back. */
  logDestination?: LogDestination;
  /** Overrides process.env for the token, rate-limit, lockout and CORS settings (tests use strict values). */
  env?: Env;
  /** Builds the routes without starting the providers (no database, no Temporal): for the OpenAPI export. */
  preview?: boolean;
}

@Module({})
class ApiRootModule {}

/** The OpenAPI document of the app's routes (served at /api/docs-json; the web app's client is generated from it). */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('KhuyenCong Flow API')
    .setDescription(
      'Quản lý đề án khuyến công / industrial promotion projects: lifecycle, disbursements, audit trail. Log in with POST /api/auth/login and send the token as a Bearer header.',
    )
    .setVersion('0.1.0')
    .addBearerAuth()
    .build();
  return SwaggerModule.createDocument(app, config);
}

/** Builds the HTTP application: used by main.ts and by the end-to-end tests. */
export async function createApiApp(options: ApiAppOptions = {}): Promise<INestApplication> {
  const env: Env = { ...process.env, ...options.env };
  const security = loadSecurityConfig(env);
  // Checked here so a bad variable stops the boot with its name (the providers read them again, lazily).
  loadDatabaseConfig(env);
  loadTemporalConfig(env);
  const silent = options.logger === false && !options.logDestination;
  const logger = createLogger('api', silent ? 'silent' : loadLogLevel(env), options.logDestination);
  const metrics = new ApiMetrics({ processMetrics: options.logger !== false });
  // The settings are read here, once, and handed to the modules, so each app built in a test can differ.
  const root: DynamicModule = {
    module: ApiRootModule,
    imports: [
      AuthConfigModule.forRoot({ auth: loadAuthConfig(env), security }),
      ObservabilityModule.forRoot({
        metrics,
        logger,
        metricsToken: loadMetricsToken(env),
        metricsOpenWithoutToken: isEmbeddedMode(env),
      }),
      AppModule,
      AttachmentsModule.forRoot(loadAttachmentConfig(env)),
    ],
  };
  const app = await NestFactory.create<NestExpressApplication>(root, {
    logger: options.logger ?? new PinoNestLogger(logger),
    bodyParser: false,
    preview: options.preview ?? false,
  });
  // Unset: the client address is the socket's (X-Forwarded-For is ignored, so it cannot be forged past the limits).
  if (security.trustProxy !== undefined) app.set('trust proxy', security.trustProxy);
  app.use(assignRequestId);
  app.use(closeConnectionsWhileDraining(app.get(DrainState)));
  app.use(logRequests(logger, metrics));
  applyHttpSecurity(app, security);
  app.use(json({ limit: '256kb' }), answerBodyParserErrors);
  app.use(normalizeUnicodeInput);
  app.setGlobalPrefix('api');
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ApiExceptionFilter(app.get(AuditLog)));
  app.enableShutdownHooks();
  SwaggerModule.setup('api/docs', app, () => buildOpenApiDocument(app), {
    jsonDocumentUrl: 'api/docs-json',
  });
  return app;
}
