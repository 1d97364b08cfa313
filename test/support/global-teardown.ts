/** Stops what the global setup started and drops the database it created. */
import { rmSync } from 'node:fs';
import { Client } from 'pg';
import type { TestStack } from './global-setup';

export default async function globalTeardown(): Promise<void> {
  const stack: TestStack | undefined = globalThis.__KC_TEST_STACK__;
  if (!stack) return;
  globalThis.__KC_TEST_STACK__ = undefined;
  const problems: string[] = [];
  const attempt = async (what: string, step: () => Promise<unknown> | undefined) => {
    try {
      await step();
    } catch (err) {
      problems.push(`${what}: ${err instanceof Error ? err.message : String(err)}`);
    }
  };
  await Promise.all([
    attempt('Temporal dev server', () => stack.temporal?.stop()),
    attempt('mail catcher', () => stack.mail?.stop()),
    attempt('embedded PostgreSQL', () => stack.embeddedPostgres?.stop()),
    attempt('test database', () => stack.createdDatabase && dropDatabase(stack.createdDatabase)),
  ]);
  rmSync(stack.tempDir, { recursive: true, force: true });
  await Promise.all(stack.logFiles.map((file) => new Promise((resolve) => file.end(resolve))));
  if (problems.length) throw new Error(`Test stack teardown: ${problems.join('; ')}`);
}

async function dropDatabase({ adminUrl, name }: { adminUrl: string; name: string }): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    // WITH (FORCE): a connection a test left open must not keep the database alive (PostgreSQL 13+).
    await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
