/**
 * `npm start` (dist/scripts/start.js) on a fresh embedded PostgreSQL: the demo logins are in before the API
 * opens, so a login at the API's very first ready answer works. Temporal and SMTP are the test run's own
 * (TEMPORAL_ADDRESS and SMTP_URL point at them, as a user may); Ctrl-C (SIGINT to the process group) stops
 * everything it started.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testEnv, uniqueTaskQueue } from '../support/test-env';

const START = join(__dirname, '..', '..', 'dist', 'scripts', 'start.js');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

let child: ChildProcess | undefined;
let exited: Promise<number | null> | undefined;
let dataDir: string;
let output = '';

afterAll(async () => {
  if (child?.pid && child.exitCode === null) process.kill(-child.pid, 'SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

it('answers ready only once a demo login works, and stops cleanly on Ctrl-C', async () => {
  if (!existsSync(START)) throw new Error(`${START} missing: run \`npm run build\` first`);
  const env = testEnv();
  dataDir = mkdtempSync(join(tmpdir(), 'kc-start-'));
  chmodSync(dataDir, 0o755); // initdb runs as the "postgres" user when the tests run as root
  const [apiPort, pgPort, mailPort] = [await freePort(), await freePort(), await freePort()];
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    PORT: String(apiPort),
    EMBEDDED_PG_PORT: String(pgPort),
    MAIL_UI_PORT: String(mailPort),
    TEMPORAL_ADDRESS: env.temporalAddress,
    TEMPORAL_TASK_QUEUE: uniqueTaskQueue('start'),
    SMTP_URL: env.smtpUrl,
  };
  delete childEnv.DATABASE_URL; // embedded PostgreSQL: the demo is seeded
  delete childEnv.JWT_SECRET;
  const started = Date.now();
  child = spawn(process.execPath, [START], { env: childEnv, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (chunk) => (output += String(chunk)));
  child.stderr!.on('data', (chunk) => (output += String(chunk)));
  exited = new Promise((resolve) => child!.once('exit', (code) => resolve(code)));

  const api = `http://127.0.0.1:${apiPort}/api`;
  let ready = false;
  while (!ready) {
    if (child.exitCode !== null) throw new Error(`npm start exited early:\n${output}`);
    if (Date.now() - started > 180_000) throw new Error(`not ready within 180 s:\n${output}`);
    ready = await fetch(`${api}/readyz`).then(
      (res) => res.status === 200,
      () => false,
    );
    if (!ready) await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const login = await fetch(`${api}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'supervisor.hn@demo.local', password: 'demo1234' }),
  });
  expect(login.status).toBe(200);
  expect(output).toContain('demo users seeded');
  console.log(`npm start: ready ${((Date.now() - started) / 1000).toFixed(1)} s after launch; login at once: 200`);

  process.kill(-child.pid!, 'SIGINT');
  await expect(exited).resolves.toBe(0);
  expect(output).toMatch(/stopped after/);
}, 300_000);
