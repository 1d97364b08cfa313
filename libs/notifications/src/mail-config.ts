import { ConfigError, Env, readString } from '@kc/config';

export interface MailConfig {
  smtpUrl: string;
  from: string;
}

export function loadMailConfig(env: Env = process.env): MailConfig {
  const smtpUrl = readString(env, 'SMTP_URL');
  if (!/^smtps?:\/\//.test(smtpUrl)) throw new ConfigError('SMTP_URL', 'must start with smtp:// or smtps://');
  return { smtpUrl, from: readString(env, 'MAIL_FROM', 'KhuyenCong Flow <khuyencong-flow@localhost>') };
}
