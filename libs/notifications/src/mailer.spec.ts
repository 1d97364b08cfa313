import { AddressInfo, createServer } from 'node:net';
import { ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer, SMTPServerAddress } from 'smtp-server';
import { OutgoingMail, PermanentMailError, SmtpMailer } from './mailer';

/** A real SMTP server on a free local port that keeps what it receives and refuses chosen recipients. */
interface TestSmtp {
  url: string;
  received: ParsedMail[];
  /** Envelope recipients of each message, as the server saw them (Cc included, Bcc too). */
  envelopes: string[][];
  close(): Promise<void>;
}

/** `refuse` maps a recipient address to the SMTP reply code the server answers RCPT TO with. */
async function startSmtp(refuse: Record<string, number> = {}): Promise<TestSmtp> {
  const received: ParsedMail[] = [];
  const envelopes: string[][] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    closeTimeout: 100,
    onRcptTo(address: SMTPServerAddress, _session, callback) {
      const code = refuse[address.address];
      if (code === undefined) return callback();
      callback(Object.assign(new Error(`Mailbox unavailable: ${address.address}`), { responseCode: code }));
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push(mail);
          envelopes.push(session.envelope.rcptTo.map((r) => r.address));
          callback();
        })
        .catch(callback);
    },
  });
  const port = await new Promise<number>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.server.address() as AddressInfo).port));
  });
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    envelopes,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A port nothing listens on: taken from the OS, then released. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

const FROM = 'KhuyenCong Flow <khuyencong-flow@localhost>';

function mail(overrides: Partial<OutgoingMail> = {}): OutgoingMail {
  return {
    to: ['htx.tancuong@example.vn'],
    cc: ['lan.nt@sct.example.vn'],
    subject: '[Quá hạn] Chưa nhận báo cáo tháng 4/2026 — KCĐP-2026-TN-0007 / Report overdue (April 2026)',
    text: 'Báo cáo tiến độ tháng 4/2026 đã quá hạn.\n\n---\n\nThe progress report for April 2026 is overdue.\n',
    html: '<p>Báo cáo tiến độ tháng 4/2026 đã quá hạn.</p><hr><p>The progress report for April 2026 is overdue.</p>',
    messageId: '<KC%C4%90P-2026-TN-0007%3A2026-04%3AOVERDUE%3A1@khuyencong-flow>',
    headers: { 'X-KhuyenCong-Notice': 'KCQG-2026-TN-0007:2026-04:OVERDUE:1' },
    ...overrides,
  };
}

describe('SmtpMailer against a real SMTP server', () => {
  let smtp: TestSmtp;
  let mailer: SmtpMailer;

  beforeEach(async () => {
    smtp = await startSmtp({ 'nobody@example.vn': 550, 'busy@example.vn': 451 });
    mailer = new SmtpMailer({ smtpUrl: smtp.url, from: FROM });
  });

  afterEach(async () => {
    mailer.close();
    await smtp.close();
  });

  it('delivers a mail with its UTF-8 subject, both parts, the Message-ID and the headers intact', async () => {
    await mailer.send(mail());
    expect(smtp.received).toHaveLength(1);
    const [got] = smtp.received;
    expect(got.subject).toBe(mail().subject);
    expect(got.messageId).toBe('<KC%C4%90P-2026-TN-0007%3A2026-04%3AOVERDUE%3A1@khuyencong-flow>');
    expect(got.text).toBe(mail().text);
    expect(got.html).toBe(mail().html);
    expect(got.from?.value).toEqual([{ name: 'KhuyenCong Flow', address: 'khuyencong-flow@localhost' }]);
    expect(got.headers.get('x-khuyencong-notice')).toBe('KCQG-2026-TN-0007:2026-04:OVERDUE:1');
    expect(smtp.envelopes[0]).toEqual(['htx.tancuong@example.vn', 'lan.nt@sct.example.vn']);
  });

  it('sends two mails over the pool, each with its own Message-ID', async () => {
    await Promise.all([
      mailer.send(mail({ messageId: '<a@khuyencong-flow>' })),
      mailer.send(mail({ messageId: '<b@khuyencong-flow>', cc: [] })),
    ]);
    expect(smtp.received.map((m) => m.messageId).sort()).toEqual(['<a@khuyencong-flow>', '<b@khuyencong-flow>']);
  });

  it('throws PermanentMailError when the server answers 550 for the recipient', async () => {
    const sent = mailer.send(mail({ to: ['nobody@example.vn'], cc: [] }));
    await expect(sent).rejects.toBeInstanceOf(PermanentMailError);
    await expect(sent).rejects.toMatchObject({ name: 'PermanentMailError', responseCode: 550 });
    expect(smtp.received).toHaveLength(0);
  });

  it('throws PermanentMailError naming the refused address when only some recipients are refused', async () => {
    const sent = mailer.send(mail({ to: ['htx.tancuong@example.vn'], cc: ['nobody@example.vn'] }));
    await expect(sent).rejects.toMatchObject({
      name: 'PermanentMailError',
      responseCode: 550,
      rejected: ['nobody@example.vn'],
      accepted: ['htx.tancuong@example.vn'],
    });
    await expect(sent).rejects.toThrow(/refused for nobody@example\.vn .*delivered to htx\.tancuong@example\.vn/);
    // The others did get it; a retry would send it to them again, hence permanent.
    expect(smtp.envelopes).toEqual([['htx.tancuong@example.vn']]);
  });

  it('throws a retryable error, not a permanent one, for a 4xx answer', async () => {
    const sent = mailer.send(mail({ to: ['busy@example.vn'], cc: [] }));
    await expect(sent).rejects.toMatchObject({ responseCode: 451 });
    await expect(sent).rejects.not.toBeInstanceOf(PermanentMailError);
  });
});

describe('SmtpMailer without a server', () => {
  it('throws a non-permanent error when nothing listens on the port', async () => {
    const mailer = new SmtpMailer({ smtpUrl: `smtp://127.0.0.1:${await closedPort()}`, from: FROM });
    try {
      const sent = mailer.send(mail());
      await expect(sent).rejects.toThrow();
      await expect(sent).rejects.not.toBeInstanceOf(PermanentMailError);
      await expect(sent).rejects.toThrow(/ECONNREFUSED/);
      await expect(sent).rejects.not.toHaveProperty('responseCode');
    } finally {
      mailer.close();
    }
  });
});
