import { ConfigError } from './env';
import { DEMO_JWT_SECRET, loadAuthConfig } from './runtime-config';

const USER_DATABASE = { DATABASE_URL: 'postgres://kc@db.so-congthuong.vn:5432/kc' };

describe('loadAuthConfig', () => {
  it('refuses the demo secret when the database is the user’s own (not embedded mode)', () => {
    expect(() => loadAuthConfig({ ...USER_DATABASE, JWT_SECRET: DEMO_JWT_SECRET })).toThrow(ConfigError);
    expect(() => loadAuthConfig({ ...USER_DATABASE, JWT_SECRET: DEMO_JWT_SECRET, KC_EMBEDDED: 'false' })).toThrow(
      /JWT_SECRET must not be the demo secret/,
    );
  });

  it('refuses to start without a secret outside embedded mode', () => {
    expect(() => loadAuthConfig(USER_DATABASE)).toThrow(/JWT_SECRET is required outside embedded mode/);
  });

  it('accepts the demo secret in embedded mode (npm start without DATABASE_URL)', () => {
    expect(loadAuthConfig({ KC_EMBEDDED: 'true' }).jwtSecret).toBe(DEMO_JWT_SECRET);
  });

  it('accepts a real secret with the user’s database, and a configured token lifetime', () => {
    const config = loadAuthConfig({
      ...USER_DATABASE,
      JWT_SECRET: 'a-real-secret-of-32-characters!!',
      JWT_TTL_SECONDS: '900',
    });
    expect(config).toEqual({ jwtSecret: 'a-real-secret-of-32-characters!!', tokenTtlSeconds: 900 });
  });

  it('refuses a short secret and a token lifetime that is not a positive whole number', () => {
    expect(() => loadAuthConfig({ JWT_SECRET: 'short' })).toThrow(/at least 16 characters/);
    expect(() => loadAuthConfig({ KC_EMBEDDED: 'true', JWT_TTL_SECONDS: '0' })).toThrow(/JWT_TTL_SECONDS/);
  });
});
