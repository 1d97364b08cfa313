// @ts-check
// The web app for officers and supervisors: `vite build --config apps/web/vite.config.mjs` (run by `npm run build`)
// writes dist/web, which the API serves at / (apps/api/src/web/web.module.ts).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: here,
  base: '/',
  plugins: [react()],
  // The pure rules of libs/domain (money, the draft's field rules, who may act): one copy for the API and the app.
  // Import a file (`@kc/domain/money`), never the index, which pulls in the Temporal workflow definitions.
  resolve: { alias: { '@kc/domain': fileURLToPath(new URL('../../libs/domain/src', import.meta.url)) } },
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
  },
  server: {
    // `npx vite --config apps/web/vite.config.mjs` during development, next to `npm start` on port 3000.
    proxy: { '/api': `http://127.0.0.1:${process.env.PORT ?? 3000}` },
  },
});
