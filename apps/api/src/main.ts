import 'reflect-metadata';
import { loadApiPort, loadAuthConfig, loadSecurityConfig } from '@kc/config';
import { createApiApp } from './create-app';

async function main(): Promise<void> {
  // Refuse to boot on a bad or missing secret, or a bad limit, before opening any connection.
  loadAuthConfig();
  loadSecurityConfig();
  const port = loadApiPort();
  const app = await createApiApp();
  try {
    await app.listen(port, process.env.API_HOST ?? '127.0.0.1');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new Error(
        `Cổng ${port} đang bận; đặt biến PORT sang cổng khác / port ${port} is busy: set PORT to another port`,
      );
    }
    throw err;
  }
  console.log(`API listening on http://127.0.0.1:${port}/api (docs: /api/docs)`);
}

main().catch((err) => {
  console.error('API stopped on error:', err instanceof Error ? err.message : err);
  process.exit(1);
});
