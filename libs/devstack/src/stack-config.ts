import { resolve, join } from 'node:path';
import { ConfigError, Env, readOptional, readPort, readString } from '@kc/config';

export type Embedded<T> = { embedded: true } & T;
export type External<T> = { embedded: false } & T;

/** What `npm start` runs: each component embedded unless its variable points at a real one. */
export interface StackConfig {
  dataDir: string;
  apiPort: number;
  publicUrl: string;
  namespace: string;
  postgres: Embedded<{ port: number; dataDir: string; database: string }> | External<{ url: string }>;
  temporal: Embedded<{ port: number; uiPort: number; dbFile: string }> | External<{ address: string }>;
  mail: Embedded<{ smtpPort: number; httpPort: number; mailDir: string }> | External<{ url: string }>;
}

export const EMBEDDED_DATABASE = 'khuyencong';

export function readStackConfig(env: Env = process.env, cwd = process.cwd()): StackConfig {
  const dataDir = resolve(cwd, readString(env, 'DATA_DIR', './.data'));
  const apiPort = readPort(env, 'PORT', 3000);
  const databaseUrl = readOptional(env, 'DATABASE_URL');
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL', 'must start with postgres:// or postgresql://');
  }
  const temporalAddress = readOptional(env, 'TEMPORAL_ADDRESS');
  const smtpUrl = readOptional(env, 'SMTP_URL');
  return {
    dataDir,
    apiPort,
    publicUrl: readString(env, 'PUBLIC_URL', `http://127.0.0.1:${apiPort}`),
    namespace: readString(env, 'TEMPORAL_NAMESPACE', 'default'),
    postgres: databaseUrl
      ? { embedded: false, url: databaseUrl }
      : {
          embedded: true,
          port: readPort(env, 'EMBEDDED_PG_PORT', 54329),
          dataDir: join(dataDir, 'pg'),
          database: EMBEDDED_DATABASE,
        },
    temporal: temporalAddress
      ? { embedded: false, address: temporalAddress }
      : {
          embedded: true,
          port: readPort(env, 'TEMPORAL_PORT', 7233),
          uiPort: readPort(env, 'TEMPORAL_UI_PORT', 8233),
          dbFile: join(dataDir, 'temporal', 'temporal.db'),
        },
    mail: smtpUrl
      ? { embedded: false, url: smtpUrl }
      : {
          embedded: true,
          smtpPort: readPort(env, 'SMTP_CATCHER_PORT', 1025),
          httpPort: readPort(env, 'MAIL_UI_PORT', 8025),
          mailDir: join(dataDir, 'mail'),
        },
  };
}

/** The ports this run will open, each with the variable that moves it. */
export function portsToCheck(config: StackConfig): Array<{ port: number; variable: string }> {
  const ports = [{ port: config.apiPort, variable: 'PORT' }];
  if (config.postgres.embedded) ports.push({ port: config.postgres.port, variable: 'EMBEDDED_PG_PORT' });
  if (config.temporal.embedded) {
    ports.push({ port: config.temporal.port, variable: 'TEMPORAL_PORT' });
    ports.push({ port: config.temporal.uiPort, variable: 'TEMPORAL_UI_PORT' });
  }
  if (config.mail.embedded) {
    ports.push({ port: config.mail.smtpPort, variable: 'SMTP_CATCHER_PORT' });
    ports.push({ port: config.mail.httpPort, variable: 'MAIL_UI_PORT' });
  }
  const seen = new Map<number, string>();
  for (const { port, variable } of ports) {
    const other = seen.get(port);
    if (other) throw new ConfigError(variable, `uses port ${port}, which ${other} already uses`);
    seen.set(port, variable);
  }
  return ports;
}

/** postgres://user:secret@host/db → postgres://user:***@host/db, for the console. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
  }
}
