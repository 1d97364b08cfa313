import nodemailer, { Transporter } from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport';

export interface OutgoingMail {
  to: string[];
  cc?: string[];
  subject: string;
  text: string;
  html: string;
  /** Stable Message-ID derived from the idempotency key, so a relay or a mailbox can drop a duplicate. */
  messageId: string;
  headers?: Record<string, string>;
  /** Files sent with the mail (a periodic report's DOCX and PDF). */
  attachments?: MailAttachment[];
}

export interface MailAttachment {
  filename: string;
  content: Buffer;
  contentType: string;
}

export interface Mailer {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/** A refusal the relay will repeat on every retry (5xx), as opposed to a transient failure. */
export class PermanentMailError extends Error {
  constructor(
    message: string,
    readonly responseCode: number,
    /** Recipients the relay refused; when `accepted` is not empty, the others did receive the mail. */
    readonly rejected: string[] = [],
    readonly accepted: string[] = [],
  ) {
    super(message);
    this.name = 'PermanentMailError';
  }
}

export interface SmtpMailerOptions {
  smtpUrl: string;
  from: string;
}

/**
 * Pooled SMTP through nodemailer. Retries belong to Temporal, not to the transport: maxRequeues 0,
 * and a 5xx answer becomes a PermanentMailError so the activity stops retrying.
 */
export class SmtpMailer implements Mailer {
  private readonly transport: Transporter<SMTPTransport.SentMessageInfo>;

  constructor(private readonly options: SmtpMailerOptions) {
    const url = new URL(options.smtpUrl);
    this.transport = nodemailer.createTransport({
      host: url.hostname,
      port: Number(url.port || (url.protocol === 'smtps:' ? 465 : 25)),
      secure: url.protocol === 'smtps:',
      auth: url.username
        ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) }
        : undefined,
      pool: true,
      maxConnections: 2,
      maxRequeues: 0,
      connectionTimeout: 5000,
      greetingTimeout: 5000,
      socketTimeout: 15000,
      ignoreTLS: url.protocol === 'smtp:' && url.searchParams.get('starttls') !== 'true',
      // SMTP_REQUIRE_TLS: a relay that does not offer STARTTLS is refused rather than used in clear text.
      requireTLS: url.protocol === 'smtp:' && url.searchParams.get('starttls') === 'true',
    } as SMTPTransport.Options);
  }

  async send(mail: OutgoingMail): Promise<void> {
    let info: SMTPTransport.SentMessageInfo;
    try {
      info = await this.transport.sendMail({
        from: this.options.from,
        to: mail.to,
        cc: mail.cc,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        messageId: mail.messageId,
        headers: mail.headers,
        ...(mail.attachments?.length ? { attachments: mail.attachments } : {}),
      });
    } catch (err) {
      const code = (err as { responseCode?: number }).responseCode;
      if (code !== undefined && code >= 500) throw new PermanentMailError((err as Error).message, code);
      throw err;
    }
    // nodemailer resolves when at least one recipient was accepted and lists the refused ones aside; a bad
    // address must not pass for a delivery. Permanent, so the activity does not resend to those who got it.
    const refused = (info.rejectedErrors ?? []).filter((e) => (e.responseCode ?? 0) >= 500);
    if (refused.length > 0) {
      const rejected = refused.map((e) => (e as { recipient?: string }).recipient ?? '?');
      throw new PermanentMailError(
        `refused for ${rejected.join(', ')} (${refused[0].response ?? refused[0].message}); delivered to ${info.accepted.join(', ')}`,
        refused[0].responseCode!,
        rejected,
        info.accepted,
      );
    }
  }

  close(): void {
    this.transport.close();
  }
}
