import { loadSecurityConfig } from './security-config';

describe('loadSecurityConfig', () => {
  it('has defaults: login 60/min per address, writes 300/min per user, lockout after 5 failures, no CORS', () => {
    expect(loadSecurityConfig({})).toEqual({
      loginRateLimit: { limit: 60, windowSeconds: 60 },
      writeRateLimit: { limit: 300, windowSeconds: 60 },
      lockout: { freeFailures: 5, baseDelaySeconds: 30, maxDelaySeconds: 900 },
      passwordHashing: { concurrency: 2, queue: 32 },
      rateLimitStore: 'memory',
      corsOrigins: [],
    });
  });

  it('reads every limit and the allowed origins from the environment', () => {
    const config = loadSecurityConfig({
      RATE_LIMIT_LOGIN: '3',
      RATE_LIMIT_LOGIN_WINDOW_SECONDS: '10',
      RATE_LIMIT_WRITE: '5',
      RATE_LIMIT_WRITE_WINDOW_SECONDS: '20',
      LOGIN_LOCKOUT_AFTER_FAILURES: '2',
      LOGIN_LOCKOUT_BASE_SECONDS: '1',
      LOGIN_LOCKOUT_MAX_SECONDS: '8',
      PASSWORD_HASH_CONCURRENCY: '3',
      PASSWORD_HASH_QUEUE: '10',
      RATE_LIMIT_STORE: 'postgres',
      TRUST_PROXY: 'loopback, 10.0.0.0/8',
      CORS_ORIGIN: 'https://kc.example.vn, http://127.0.0.1:5173',
    });
    expect(config).toEqual({
      loginRateLimit: { limit: 3, windowSeconds: 10 },
      writeRateLimit: { limit: 5, windowSeconds: 20 },
      lockout: { freeFailures: 2, baseDelaySeconds: 1, maxDelaySeconds: 8 },
      passwordHashing: { concurrency: 3, queue: 10 },
      rateLimitStore: 'postgres',
      trustProxy: 'loopback, 10.0.0.0/8',
      corsOrigins: ['https://kc.example.vn', 'http://127.0.0.1:5173'],
    });
  });

  it('refuses a wildcard or a URL with a path as a CORS origin, and a bad number', () => {
    expect(() => loadSecurityConfig({ CORS_ORIGIN: '*' })).toThrow(/CORS_ORIGIN/);
    expect(() => loadSecurityConfig({ CORS_ORIGIN: 'https://kc.example.vn/app' })).toThrow(/not an origin/);
    expect(() => loadSecurityConfig({ RATE_LIMIT_WRITE: 'many' })).toThrow(/RATE_LIMIT_WRITE/);
    expect(() => loadSecurityConfig({ RATE_LIMIT_STORE: 'redis' })).toThrow(/RATE_LIMIT_STORE/);
    expect(() => loadSecurityConfig({ TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY/);
    expect(loadSecurityConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(() => loadSecurityConfig({ LOGIN_LOCKOUT_BASE_SECONDS: '60', LOGIN_LOCKOUT_MAX_SECONDS: '30' })).toThrow(
      /LOGIN_LOCKOUT_MAX_SECONDS/,
    );
  });
});
