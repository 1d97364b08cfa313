import { randomUUID } from 'node:crypto';

/** Values the global setup exported for the real components of this test run. */
export function testEnv() {
  const required = (name: string) => {
    const value = process.env[name];
    if (!value) throw new Error(`${name} is not set: the integration global setup did not run`);
    return value;
  };
  return {
    databaseUrl: required('DATABASE_URL'),
    temporalAddress: required('TEMPORAL_ADDRESS'),
    smtpUrl: required('SMTP_URL'),
    mailDir: required('KC_TEST_MAIL_DIR'),
    namespace: process.env.TEMPORAL_NAMESPACE ?? 'default',
  };
}

/** A task queue of its own for each test file, so workers of different tests never share work. */
export function uniqueTaskQueue(prefix: string): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}
