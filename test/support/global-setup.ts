/**
 * Jest global setup of the integration tier: real components, started once for the run.
 * Temporal dev server (in memory), a mail catcher, and PostgreSQL (a fresh database on DATABASE_URL's server,
 * or an embedded one), migrated. Tests find them through process.env, which the test worker process inherits (jest
 * starts it after this setup).
 */
import './register-aliases';
import { WriteStream, chmodSync, createWriteStream, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import globalTeardown from './global-teardown';
import { SEARCH_ATTRIBUTE_DECLARATIONS } from '@kc/domain';
import { runMigrations } from '@kc/persistence';
import {
  EmbeddedPostgres,
  MailCatcher,
  TemporalDevServer,
  findFreePort,
  startEmbeddedPostgres,
  startMailCatcher,
  startTemporalDevServer,
} from '@kc/devstack';

export interface TestStack {
  tempDir: string;
  logFiles: WriteStream[];
  temporal?: TemporalDevServer;
  temporalAddress?: string;
  mail?: MailCatcher;
  embeddedPostgres?: EmbeddedPostgres;
  databaseUrl?: string;
  /** Set when the run created its own database on an existing server (DATABASE_URL given). */
  createdDatabase?: { adminUrl: string; name: string };
}

declare global {
  var __KC_TEST_STACK__: TestStack | undefined;
}

const LOG_DIR = join(__dirname, '..', '..', 'test-output');

/**
 * Each component's full log goes to test-output/<component>.log (kept after the run, git-ignored); the console
 * gets only what would explain a broken run. PostgreSQL's ERROR lines are the tests' own refused statements,
 * and Temporal's are failed requests that the tests provoke on purpose (a worker killed mid-update).
 */
function componentLog(stack: TestStack, component: string, serious?: RegExp): (line: string) => void {
  mkdirSync(LOG_DIR, { recursive: true });
  const file = createWriteStream(join(LOG_DIR, `${component}.log`));
  stack.logFiles.push(file);
  return (line) => {
    file.write(`${line}\n`);
    if (serious?.test(line)) console.error(`[${component}] ${line}`);
  };
}

export default async function globalSetup(): Promise<void> {
  const started = Date.now();
  const stack: TestStack = { tempDir: mkdtempSync(join(tmpdir(), 'kc-test-')), logFiles: [] };
  // Embedded PostgreSQL runs as the `postgres` user when we are root: it must be able to enter this folder.
  chmodSync(stack.tempDir, 0o755);
  globalThis.__KC_TEST_STACK__ = stack;
  try {
    await startStack(stack, started);
  } catch (err) {
    // Jest runs no teardown when the setup fails: stop what did start, so nothing is left running.
    await globalTeardown().catch(() => undefined);
    throw err;
  }
}

async function startStack(stack: TestStack, started: number): Promise<void> {
  const mailDir = join(stack.tempDir, 'mail');
  // All three start together; allSettled, so that on a failure every one that did start is known to the teardown.
  const results = await Promise.allSettled([
    (async () => {
      // npm run test:cluster: a Temporal server on PostgreSQL that the run did not start (and will not stop).
      const existing = process.env.KC_TEST_TEMPORAL_ADDRESS?.trim();
      if (existing) {
        stack.temporalAddress = existing;
        return;
      }
      stack.temporal = await startTemporalDevServer({
        port: await findFreePort(),
        uiPort: await findFreePort(),
        namespace: 'default',
        searchAttributes: SEARCH_ATTRIBUTE_DECLARATIONS,
        log: componentLog(stack, 'temporal', /level=(FATAL|PANIC)|\bpanic:/),
        headless: true,
      });
      stack.temporalAddress = stack.temporal.address;
    })(),
    (async () => {
      stack.mail = await startMailCatcher({
        smtpPort: await findFreePort(),
        mailDir,
        log: componentLog(stack, 'mail'),
      });
    })(),
    preparePostgres(stack),
  ]);
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
  await runMigrations(stack.databaseUrl!);
  Object.assign(process.env, {
    DATABASE_URL: stack.databaseUrl,
    TEMPORAL_ADDRESS: stack.temporalAddress,
    TEMPORAL_NAMESPACE: 'default',
    SMTP_URL: stack.mail!.smtpUrl,
    KC_TEST_MAIL_DIR: mailDir,
    KC_EMBEDDED: 'true',
    JWT_SECRET: 'kc-integration-test-secret-0123456789',
    // The suites log in and write many times from 127.0.0.1; test/api/security.test.ts builds its own strict app.
    RATE_LIMIT_LOGIN: '100000',
    RATE_LIMIT_WRITE: '100000',
  });
  const database = stack.createdDatabase ? `database ${stack.createdDatabase.name}` : 'embedded PostgreSQL';
  console.log(
    `\nTest stack up in ${Date.now() - started} ms: Temporal ${stack.temporalAddress}, ${database}, ${stack.mail!.smtpUrl}`,
  );
}

async function preparePostgres(stack: TestStack): Promise<void> {
  const adminUrl = process.env.DATABASE_URL?.trim();
  if (!adminUrl) {
    stack.embeddedPostgres = await startEmbeddedPostgres({
      dataDir: join(stack.tempDir, 'pg'),
      port: await findFreePort(),
      database: 'kc_test',
      log: componentLog(stack, 'postgres', /\bPANIC:/),
    });
    stack.databaseUrl = stack.embeddedPostgres.url;
    return;
  }
  const name = `kc_test_${randomBytes(6).toString('hex')}`;
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
  stack.createdDatabase = { adminUrl, name };
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  stack.databaseUrl = url.toString();
}
