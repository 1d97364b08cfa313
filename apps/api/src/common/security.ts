import type { INestApplication } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import type { SecurityConfig } from '@kc/config';
import { REQUEST_ID_HEADER } from './request-id';

/**
 * The web app (dist/web, built by Vite) loads only same-origin script and style files and calls the API on the
 * same origin, so everything is 'self'. Not upgrade-insecure-requests: `npm start` serves plain http on
 * 127.0.0.1, where an upgrade to https would break every asset.
 */
const APP_DIRECTIVES = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'upgrade-insecure-requests': null,
};

/** Swagger UI's page (/api/docs) carries an inline <style> block. */
const DOCS_DIRECTIVES = { ...APP_DIRECTIVES, 'style-src': ["'self'", "'unsafe-inline'"] };

const isDocsPath = (path: string) => path === '/api/docs' || path.startsWith('/api/docs/');

/** Helmet's headers on every answer, and CORS only for the configured origins (none: same origin only). */
export function applyHttpSecurity(app: INestApplication, config: SecurityConfig): void {
  const forApp = helmet({ contentSecurityPolicy: { useDefaults: true, directives: APP_DIRECTIVES } });
  const forDocs = helmet({ contentSecurityPolicy: { useDefaults: true, directives: DOCS_DIRECTIVES } });
  app.use((req: Request, res: Response, next: NextFunction) =>
    (isDocsPath(req.path) ? forDocs : forApp)(req, res, next),
  );
  if (config.corsOrigins.length > 0) {
    app.enableCors({
      origin: config.corsOrigins,
      exposedHeaders: [REQUEST_ID_HEADER, 'Retry-After'],
      maxAge: 600,
    });
  }
}
