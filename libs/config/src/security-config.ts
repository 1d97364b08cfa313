import { ConfigError, Env, readOptional, readPositiveInt } from './env';

/** At most `limit` requests per `windowSeconds` for one caller. */
export interface RateLimit {
  limit: number;
  windowSeconds: number;
}

/** After `freeFailures` wrong passwords in a row, an account waits `baseDelaySeconds`, doubling up to the max. */
export interface LockoutPolicy {
  freeFailures: number;
  baseDelaySeconds: number;
  maxDelaySeconds: number;
}

/** Password hashes (login, password change) running at once, and how many more may wait; beyond: 429. */
export interface PasswordHashingLimit {
  concurrency: number;
  queue: number;
}

export interface SecurityConfig {
  /** Login attempts per client address. */
  loginRateLimit: RateLimit;
  /** Write requests (POST, PUT, PATCH, DELETE) per signed-in user, or per address without a token. */
  writeRateLimit: RateLimit;
  lockout: LockoutPolicy;
  passwordHashing: PasswordHashingLimit;
  /** Where the rate-limit counters live: this process's memory, or PostgreSQL (shared by every API replica). */
  rateLimitStore: 'memory' | 'postgres';
  /**
   * TRUST_PROXY, Express's `trust proxy`: unset, nobody is trusted and the client address is the socket's; a number
   * of hops, or a comma-separated list of proxy addresses or subnets, to take the address from X-Forwarded-For.
   */
  trustProxy?: number | string;
  /** Origins allowed to call the API from a browser page of another origin; empty: same origin only. */
  corsOrigins: string[];
}

/**
 * Defaults fit people and the embedded demo seed (about 25 logins and 200 writes in a minute from 127.0.0.1);
 * test runs and load tests raise them through the same variables.
 */
export function loadSecurityConfig(env: Env = process.env): SecurityConfig {
  const lockout: LockoutPolicy = {
    freeFailures: readPositiveInt(env, 'LOGIN_LOCKOUT_AFTER_FAILURES', 5),
    baseDelaySeconds: readPositiveInt(env, 'LOGIN_LOCKOUT_BASE_SECONDS', 30),
    maxDelaySeconds: readPositiveInt(env, 'LOGIN_LOCKOUT_MAX_SECONDS', 15 * 60),
  };
  if (lockout.maxDelaySeconds < lockout.baseDelaySeconds) {
    throw new ConfigError('LOGIN_LOCKOUT_MAX_SECONDS', 'must not be less than LOGIN_LOCKOUT_BASE_SECONDS');
  }
  return {
    loginRateLimit: {
      limit: readPositiveInt(env, 'RATE_LIMIT_LOGIN', 60),
      windowSeconds: readPositiveInt(env, 'RATE_LIMIT_LOGIN_WINDOW_SECONDS', 60),
    },
    writeRateLimit: {
      limit: readPositiveInt(env, 'RATE_LIMIT_WRITE', 300),
      windowSeconds: readPositiveInt(env, 'RATE_LIMIT_WRITE_WINDOW_SECONDS', 60),
    },
    lockout,
    passwordHashing: {
      concurrency: readPositiveInt(env, 'PASSWORD_HASH_CONCURRENCY', 2),
      queue: readPositiveInt(env, 'PASSWORD_HASH_QUEUE', 32),
    },
    rateLimitStore: readRateLimitStore(env),
    ...readTrustProxy(env),
    corsOrigins: readCorsOrigins(env),
  };
}

/** CORS_ORIGIN: a comma-separated list of exact origins (scheme://host[:port]); a wildcard is refused. */
function readCorsOrigins(env: Env): string[] {
  const raw = readOptional(env, 'CORS_ORIGIN');
  if (!raw) return [];
  return raw.split(',').map((entry) => {
    const origin = entry.trim();
    let parsed: URL;
    try {
      parsed = new URL(origin);
    } catch {
      throw new ConfigError('CORS_ORIGIN', `must list origins such as https://kc.example.vn, got "${origin}"`);
    }
    if (!['http:', 'https:'].includes(parsed.protocol) || parsed.origin !== origin) {
      throw new ConfigError('CORS_ORIGIN', `"${origin}" is not an origin (scheme://host[:port], no path, no *)`);
    }
    return origin;
  });
}

function readRateLimitStore(env: Env): 'memory' | 'postgres' {
  const raw = readOptional(env, 'RATE_LIMIT_STORE') ?? 'memory';
  if (raw !== 'memory' && raw !== 'postgres') {
    throw new ConfigError('RATE_LIMIT_STORE', `must be memory or postgres, got "${raw}"`);
  }
  return raw;
}

function readTrustProxy(env: Env): { trustProxy?: number | string } {
  const raw = readOptional(env, 'TRUST_PROXY');
  if (raw === undefined) return {};
  if (/^\d+$/.test(raw)) return { trustProxy: Number(raw) };
  if (raw === 'true' || raw.includes('*')) {
    throw new ConfigError('TRUST_PROXY', 'must name the hops (1) or the proxies (10.0.0.0/8,loopback), never all');
  }
  return { trustProxy: raw };
}
