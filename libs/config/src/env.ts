import { readFileSync } from 'node:fs';

/** Typed readers for environment variables: a bad value stops the process with a message naming the variable. */
export class ConfigError extends Error {
  constructor(variable: string, problem: string) {
    super(`Cấu hình sai / invalid configuration: ${variable} ${problem}`);
    this.name = 'ConfigError';
  }
}

export type Env = Record<string, string | undefined>;

/**
 * The raw value of `name`, trimmed: from the variable itself, or from the file that `name_FILE` names
 * (how Docker and Kubernetes hand secrets over). Both set is an error, since which one wins would be a guess.
 */
export function readRaw(env: Env, name: string): string | undefined {
  const direct = env[name]?.trim();
  const file = env[`${name}_FILE`]?.trim();
  if (direct && file) throw new ConfigError(`${name} and ${name}_FILE`, 'are both set; set only one of them');
  if (!file) return direct || undefined;
  let content: string;
  try {
    content = readFileSync(file, 'utf8').trim();
  } catch (err) {
    throw new ConfigError(
      `${name}_FILE`,
      `names a file that cannot be read: ${file} (${(err as NodeJS.ErrnoException).code ?? err})`,
    );
  }
  if (!content) throw new ConfigError(`${name}_FILE`, `names an empty file: ${file}`);
  return content;
}

export function readString(env: Env, name: string, fallback?: string): string {
  const value = readRaw(env, name);
  if (value) return value;
  if (fallback !== undefined) return fallback;
  throw new ConfigError(name, 'is required');
}

export function readOptional(env: Env, name: string): string | undefined {
  return readRaw(env, name);
}

export function readPort(env: Env, name: string, fallback: number): number {
  const raw = readRaw(env, name);
  if (!raw) return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new ConfigError(name, `must be a port number from 1 to 65535, got "${raw}"`);
  }
  return port;
}

export function readPositiveInt(env: Env, name: string, fallback: number): number {
  const raw = readRaw(env, name);
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value <= 0) {
    throw new ConfigError(name, `must be a positive whole number, got "${raw}"`);
  }
  return value;
}

export function readBoolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = readRaw(env, name)?.toLowerCase();
  if (!raw) return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new ConfigError(name, `must be true or false, got "${raw}"`);
}

export function readChoice<T extends string>(env: Env, name: string, choices: readonly T[], fallback: T): T {
  const raw = readRaw(env, name)?.toLowerCase();
  if (!raw) return fallback;
  if ((choices as readonly string[]).includes(raw)) return raw as T;
  throw new ConfigError(name, `must be one of ${choices.join(', ')}, got "${raw}"`);
}

/** A port where 0 or unset means "off" (optional listeners such as a metrics endpoint). */
export function readOptionalPort(env: Env, name: string): number | undefined {
  const raw = readRaw(env, name);
  if (!raw || raw === '0') return undefined;
  return readPort(env, name, 0);
}

/** A file named by the variable `name` (a path), read whole; it must exist and not be empty. */
export function readFileNamedBy(env: Env, name: string): { path: string; content: Buffer } | undefined {
  const path = readRaw(env, name);
  if (!path) return undefined;
  let content: Buffer;
  try {
    content = readFileSync(path);
  } catch (err) {
    throw new ConfigError(
      name,
      `names a file that cannot be read: ${path} (${(err as NodeJS.ErrnoException).code ?? err})`,
    );
  }
  if (content.length === 0) throw new ConfigError(name, `names an empty file: ${path}`);
  return { path, content };
}

/** Like readFileNamedBy, for a PEM file (certificate or key): it must contain a PEM block. */
export function readPemFile(env: Env, name: string): Buffer | undefined {
  const file = readFileNamedBy(env, name);
  if (!file) return undefined;
  if (!/-----BEGIN [A-Z0-9 ]+-----[\s\S]+-----END [A-Z0-9 ]+-----/.test(file.content.toString('utf8'))) {
    throw new ConfigError(name, `must name a PEM file (-----BEGIN ...-----), ${file.path} is not one`);
  }
  return file.content;
}
