import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
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

/**
 * The API's answers carry officers' and units' data: a browser on a shared office computer must not keep them. With
 * nothing kept there is nothing to revalidate, so no Express ETag either (it hashed every JSON body, 39 KB for a
 * queue page). A route that says otherwise (an attachment's download) sets its own header after this one.
 */
const API_ANSWER_CACHE = 'no-store';
// Express matches routes whatever their case: /API/projects is the API too.
const isApiAnswerPath = (path: string) => {
  const lower = path.toLowerCase();
  return lower.startsWith('/api/') && !isDocsPath(lower);
};

/** Helmet's headers on every answer, no-store on the API's, and CORS only for the configured origins (none: same origin only). */
export function applyHttpSecurity(app: INestApplication, config: SecurityConfig): void {
  const forApp = helmet({ contentSecurityPolicy: { useDefaults: true, directives: APP_DIRECTIVES } });
  const forDocs = helmet({ contentSecurityPolicy: { useDefaults: true, directives: DOCS_DIRECTIVES } });
  (app as NestExpressApplication).set('etag', false);
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (isApiAnswerPath(req.path)) res.setHeader('cache-control', API_ANSWER_CACHE);
    return (isDocsPath(req.path) ? forDocs : forApp)(req, res, next);
  });
  if (config.corsOrigins.length > 0) {
    app.enableCors({
      origin: config.corsOrigins,
      exposedHeaders: [REQUEST_ID_HEADER, 'Retry-After'],
      maxAge: 600,
    });
  }
}
