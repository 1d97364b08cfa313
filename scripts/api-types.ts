/**
 * npm run api:types — writes the OpenAPI document of the API (docs/openapi.json) and the web app's types generated
 * from it by openapi-typescript (apps/web/src/api/schema.d.ts). `--check` writes nothing and fails when either
 * committed file differs from what the code generates now (run by CI, so the web app's types cannot drift).
 */
import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildOpenApiDocument, createApiApp } from '../apps/api/src/create-app';

const ROOT = join(__dirname, '..', '..');
const DOCUMENT = join(ROOT, 'docs', 'openapi.json');
const SCHEMA = join(ROOT, 'apps', 'web', 'src', 'api', 'schema.d.ts');
const GENERATOR = join(ROOT, 'node_modules', '.bin', 'openapi-typescript');

async function openApiJson(): Promise<string> {
  // Placeholders: in preview mode nothing connects, but the boot still validates its settings.
  const env = {
    DATABASE_URL: 'postgres://openapi@127.0.0.1:1/openapi',
    TEMPORAL_ADDRESS: '127.0.0.1:1',
    JWT_SECRET: 'openapi-export-only-never-signs-a-token-0123456789abcdef',
  };
  const app = await createApiApp({ logger: false, preview: true, env });
  try {
    return `${JSON.stringify(buildOpenApiDocument(app), null, 2)}\n`;
  } finally {
    await app.close();
  }
}

function generatedTypes(documentJson: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'kc-api-types-'));
  try {
    const input = join(dir, 'openapi.json');
    const output = join(dir, 'schema.d.ts');
    writeFileSync(input, documentJson);
    execFileSync(GENERATOR, [input, '--output', output, '--root-types', '--root-types-no-schema-prefix'], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    return readFileSync(output, 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function differs(path: string, content: string): boolean {
  try {
    return readFileSync(path, 'utf8') !== content;
  } catch {
    return true;
  }
}

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const documentJson = await openApiJson();
  const types = generatedTypes(documentJson);
  const stale = [
    [DOCUMENT, documentJson],
    [SCHEMA, types],
  ].filter(([path, content]) => differs(path, content));
  if (check) {
    if (stale.length > 0) {
      console.error(
        `api:types: ${stale.map(([path]) => path.slice(ROOT.length + 1)).join(', ')} differ from the API's routes: ` +
          'run `npm run api:types` and commit the result.',
      );
      process.exit(1);
    }
    console.log('api:types: the web app types match the OpenAPI document');
    return;
  }
  for (const [path, content] of stale) writeFileSync(path, content);
  console.log(
    `api:types: ${stale.length ? stale.map(([p]) => p.slice(ROOT.length + 1)).join(', ') : 'nothing'} written`,
  );
}

main().catch((err) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : err);
  process.exit(2);
});
