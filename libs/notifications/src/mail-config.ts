import { ConfigError, Env, readBoolean, readOptional, readString } from '@kc/config';

export interface MailConfig {
  /** The SMTP URL with SMTP_USER/SMTP_PASSWORD and SMTP_SECURE/SMTP_REQUIRE_TLS folded in (what SmtpMailer reads). */
  smtpUrl: string;
  from: string;
}

/**
 * SMTP_URL (smtp:// or smtps://), and for real relays: SMTP_USER with SMTP_PASSWORD (or SMTP_PASSWORD_FILE),
 * SMTP_SECURE=true for implicit TLS (port 465), SMTP_REQUIRE_TLS=true for STARTTLS on a plain port.
 * Credentials given apart from the URL keep the password out of a variable that is often logged.
 */
export function loadMailConfig(env: Env = process.env): MailConfig {
  const raw = readString(env, 'SMTP_URL');
  if (!/^smtps?:\/\//.test(raw)) throw new ConfigError('SMTP_URL', 'must start with smtp:// or smtps://');
  const url = new URL(raw);
  const user = readOptional(env, 'SMTP_USER');
  const password = readOptional(env, 'SMTP_PASSWORD');
  if (password && !user) throw new ConfigError('SMTP_USER', 'is required when SMTP_PASSWORD is set');
  if (user && url.username) throw new ConfigError('SMTP_USER', 'is set while SMTP_URL carries a user too; keep one');
  if (user) {
    url.username = encodeURIComponent(user);
    url.password = password ? encodeURIComponent(password) : '';
  }
  const secure = readBoolean(env, 'SMTP_SECURE', url.protocol === 'smtps:');
  const requireTls = readBoolean(env, 'SMTP_REQUIRE_TLS', false);
  if (secure && requireTls) {
    throw new ConfigError(
      'SMTP_REQUIRE_TLS',
      'is for STARTTLS on a plain port; SMTP_SECURE already encrypts the connection',
    );
  }
  url.protocol = secure ? 'smtps:' : 'smtp:';
  // SmtpMailer negotiates STARTTLS on a plain port only when the URL says starttls=true.
  if (requireTls) url.searchParams.set('starttls', 'true');
  return { smtpUrl: url.href, from: readString(env, 'MAIL_FROM', 'KhuyenCong Flow <khuyencong-flow@localhost>') };
}
