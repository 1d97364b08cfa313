/**
 * /api/health names the component that is down: Temporal unreachable, or PostgreSQL gone after boot.
 */
import { INestApplication } from '@nestjs/common';
import { AddressInfo } from 'node:net';
import { Client } from 'pg';
import { runMigrations } from '@kc/persistence';
import { createApiApp } from '../../apps/api/src/create-app';
import { eventually } from '../support/eventually';
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
      await eventually(async () => expect((await healthOf(app)).status).toBe(200), 30_000, 1_000);
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

it('names the mail relay when it does not answer: /api/health 503, /api/readyz still 200 but says so', async () => {
  const app = await withEnv({ SMTP_URL: 'smtp://127.0.0.1:1' }, async () => {
    const created = await createApiApp({ logger: false });
    await created.listen(0, '127.0.0.1');
    return created;
  });
  try {
    const res = await healthOf(app);
    expect(res.status).toBe(503);
    expect(res.body.message).toBe('Không kết nối được: SMTP (mail) / unreachable: SMTP (mail)');
    expect(res.body.components.smtp.status).toBe('down');
    const { port } = app.getHttpServer().address() as AddressInfo;
    const ready = await fetch(`http://127.0.0.1:${port}/api/readyz`);
    const body: any = await ready.json();
    expect(ready.status).toBe(200);
    expect(body.status).toBe('degraded');
    expect(body.message).toContain('SMTP (mail)');
  } finally {
    await app.close();
  }
});

it('reports the mail catcher up when it answers its 220 greeting', async () => {
  const app = await createApiApp({ logger: false });
  await app.listen(0, '127.0.0.1');
  try {
    // A probe may miss its 2 s on a loaded machine right after boot (the first Temporal connection): asked again,
    // every component answers; the body is in the failure message if one never does.
    const res = await eventually(
      async () => {
        const answer = await healthOf(app);
        expect({ status: answer.status, body: answer.body }).toMatchObject({ status: 200 });
        return answer;
      },
      30_000,
      1_000,
    );
    expect(res.body.components.smtp).toEqual({ status: 'up' });
  } finally {
    await app.close();
  }
});
