import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { json } from 'express';
import { AppModule } from './app.module';
import { answerBodyParserErrors } from './common/body-parser-errors';
import { ApiExceptionFilter } from './common/api-exception.filter';
import { createValidationPipe } from './common/validation';

/** Builds the HTTP application: used by main.ts and by the end-to-end tests. */
export async function createApiApp(options: { logger?: false } = {}): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule, {
    logger: options.logger ?? ['error', 'warn', 'log'],
    bodyParser: false,
  });
  app.use(json({ limit: '256kb' }), answerBodyParserErrors);
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
