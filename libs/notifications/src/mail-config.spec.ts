import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadMailConfig } from './mail-config';

describe('loadMailConfig', () => {
  it('keeps a plain SMTP URL as it is', () => {
    expect(loadMailConfig({ SMTP_URL: 'smtp://127.0.0.1:1025' }).smtpUrl).toBe('smtp://127.0.0.1:1025');
  });

  it('folds SMTP_USER and SMTP_PASSWORD_FILE into the URL, encoded', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kc-smtp-'));
    try {
      writeFileSync(join(dir, 'pw'), 'p@ss:word/1\n');
      const config = loadMailConfig({
        SMTP_URL: 'smtp://relay.example.vn:587',
        SMTP_USER: 'khuyencong@example.vn',
        SMTP_PASSWORD_FILE: join(dir, 'pw'),
        SMTP_REQUIRE_TLS: 'true',
      });
      const url = new URL(config.smtpUrl);
      expect(decodeURIComponent(url.username)).toBe('khuyencong@example.vn');
      expect(decodeURIComponent(url.password)).toBe('p@ss:word/1');
      expect(url.protocol).toBe('smtp:');
      expect(url.searchParams.get('starttls')).toBe('true');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('turns SMTP_SECURE into implicit TLS (smtps)', () => {
    expect(loadMailConfig({ SMTP_URL: 'smtp://relay.example.vn:465', SMTP_SECURE: 'true' }).smtpUrl).toBe(
      'smtps://relay.example.vn:465',
    );
  });

  it('names the variable on contradictions', () => {
    expect(() => loadMailConfig({ SMTP_URL: 'http://x' })).toThrow(/SMTP_URL must start with smtp/);
    expect(() => loadMailConfig({ SMTP_URL: 'smtp://x', SMTP_PASSWORD: 'p' })).toThrow(
      /SMTP_USER is required when SMTP_PASSWORD is set/,
    );
    expect(() => loadMailConfig({ SMTP_URL: 'smtp://u:p@x', SMTP_USER: 'v' })).toThrow(
      /SMTP_USER is set while SMTP_URL/,
    );
    expect(() => loadMailConfig({ SMTP_URL: 'smtp://x', SMTP_SECURE: 'true', SMTP_REQUIRE_TLS: 'true' })).toThrow(
      /SMTP_REQUIRE_TLS/,
    );
  });
});
