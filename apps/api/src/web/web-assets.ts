import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** Where `vite build` puts the web app, relative to the project root (the folder with package.json). */
const WEB_BUILD_DIR = join('dist', 'web');

/**
 * The folder of the built web app: KC_WEB_DIR when set, else dist/web under the project root, found by walking
 * up from this file (apps/api/src/web in the sources and under ts-jest, dist/apps/api/src/web when built).
 */
export function locateWebBuild(env: NodeJS.ProcessEnv = process.env, from: string = __dirname): string {
  const configured = env.KC_WEB_DIR?.trim();
  if (configured) return resolve(configured);
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return join(dir, WEB_BUILD_DIR);
    if (dirname(dir) === dir) return resolve(WEB_BUILD_DIR);
  }
}

/** Paths that belong to the API, never to the single-page app. */
export function isApiPath(path: string): boolean {
  return path === '/api' || path.startsWith('/api/');
}

/** A path whose last segment has an extension asks for a file (a missing asset answers 404, not the app). */
export function looksLikeFile(path: string): boolean {
  const last = path.slice(path.lastIndexOf('/') + 1);
  return last.includes('.');
}
