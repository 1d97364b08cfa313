/**
 * /api/health names the component that is down: Temporal unreachable, or PostgreSQL gone after boot.
 */
import { INestApplication } from '@nestjs/common';
import { AddressInfo } from 'node:net';
import { Client } from 'pg';
import { runMigrations } from '@kc/persistence';
import { createApiApp } from '../../apps/api/src/create-app';
import { testEnv } from '../support/test-env';

async function healthOf(app: INestApplication): Promise<{ status: number; body: any }> {
  const { port } = app.getHttpServer().address() as AddressInfo;
  const res = await fetch(`http://127.0.0.1:${port}/api/health`);
  return { status: res.status, body: await res.json() };
}

async function withEnv<T>(overrides: Record<string, string>, run: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(overrides).map((k) => [k, process.env[k]]));
  Object.assign(process.env, overrides);
  try {
    return await run();
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

it('answers 503 naming Temporal when the Temporal server does not answer', async () => {
  const app = await withEnv({ TEMPORAL_ADDRESS: '127.0.0.1:1' }, async () => {
    const created = await createApiApp({ logger: false });
    await created.listen(0, '127.0.0.1');
    return created;
  });
  try {
    const res = await healthOf(app);
    expect(res.status).toBe(503);
    expect(res.body.message).toContain('Temporal');
    expect(res.body.message).not.toContain('PostgreSQL');
    expect(res.body.components.postgres.status).toBe('up');
    expect(res.body.components.temporal.status).toBe('down');
  } finally {
    await app.close();
  }
});

it('answers 503 naming PostgreSQL when its database goes away after boot', async () => {
  const base = new URL(testEnv().databaseUrl);
  const database = `kc_health_${Date.now()}`;
  const admin = new Client({ connectionString: base.toString() });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${database}`);
    const url = new URL(base.toString());
    url.pathname = `/${database}`;
    await runMigrations(url.toString());
    const app = await withEnv({ DATABASE_URL: url.toString() }, async () => {
      const created = await createApiApp({ logger: false });
      await created.listen(0, '127.0.0.1');
      return created;
    });
    try {
      expect((await healthOf(app)).status).toBe(200);
      await admin.query(`DROP DATABASE ${database} WITH (FORCE)`);
      const res = await healthOf(app);
      expect(res.status).toBe(503);
      expect(res.body.message).toContain('PostgreSQL');
      expect(res.body.components.temporal.status).toBe('up');
    } finally {
      await app.close();
    }
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.end();
  }
});
