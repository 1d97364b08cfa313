import { Logger, Module, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { Express, NextFunction, Request, Response } from 'express';
import { static as serveStatic } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { AddressProvinces } from '@kc/persistence';
import { DevMailController } from './dev-mail.controller';
import { isApiPath, locateWebBuild, looksLikeFile } from './web-assets';

/** Hashed file names under assets/ never change content; everything else (index.html) is checked each time. */
const HASHED_ASSET = /[\\/]assets[\\/]/;
const CACHE_HASHED = 'public, max-age=31536000, immutable';
const CACHE_CHECK = 'no-cache';

/**
 * Serves the built web app (apps/web, `vite build` → dist/web) at `/`: its files, and index.html for every other
 * GET outside /api so that the app's own routes (/projects/…, /queues/…) survive a reload.
 * Registered in onModuleInit, which Nest runs after the API routes and before its 404 handler, so /api keeps
 * its own answers (and its JSON 404s).
 */
@Module({
  controllers: [DevMailController],
  providers: [
    { provide: AddressProvinces, inject: [DataSource], useFactory: (ds: DataSource) => new AddressProvinces(ds) },
  ],
})
export class WebModule implements OnModuleInit {
  private readonly logger = new Logger('WebModule');

  constructor(private readonly adapterHost: HttpAdapterHost) {}

  onModuleInit(): void {
    const dir = locateWebBuild();
    const indexHtml = join(dir, 'index.html');
    if (!existsSync(indexHtml)) {
      this.logger.warn(`Web app not built (${indexHtml} missing): run npm run build; serving the API only`);
      return;
    }
    const app = this.adapterHost.httpAdapter.getInstance<Express>();
    const files = serveStatic(dir, {
      index: false,
      setHeaders: (res, path) =>
        res.setHeader('cache-control', HASHED_ASSET.test(path.slice(dir.length)) ? CACHE_HASHED : CACHE_CHECK),
    });
    app.use((req: Request, res: Response, next: NextFunction) =>
      isApiPath(req.path) ? next() : files(req, res, next),
    );
    app.use((req: Request, res: Response, next: NextFunction) => {
      if ((req.method !== 'GET' && req.method !== 'HEAD') || isApiPath(req.path) || looksLikeFile(req.path)) {
        return next();
      }
      res.setHeader('cache-control', CACHE_CHECK);
      res.sendFile(indexHtml);
    });
    this.logger.log(`Web app served at / from ${dir}`);
  }
}
