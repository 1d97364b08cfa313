import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';

export interface SlowSmtp {
  url: string;
  /** Messages whose 250 answer reached a connected client: delivered, in the SMTP sense. */
  delivered: Array<{ messageId: string; subject: string }>;
  /** Message-IDs whose DATA arrived and is being held before the answer. */
  held: string[];
  stop(): Promise<void>;
}

/**
 * An SMTP server that holds every message `holdMs` before answering, and keeps it only if the client is
 * still connected to hear the 250: a sender that dies meanwhile has delivered nothing, as with a real relay.
 * Recipients in `refuse` get a permanent 550.
 */
export async function startSlowSmtp(port: number, holdMs: number, refuse: string[] = []): Promise<SlowSmtp> {
  const delivered: SlowSmtp['delivered'] = [];
  const held: string[] = [];
  const closed = new Set<string>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onClose: (session) => closed.add(session.id),
    onRcptTo: (address, _session, callback) => {
      if (!refuse.includes(address.address)) return callback();
      const err = new Error(`5.1.1 <${address.address}>: mailbox unavailable`) as Error & { responseCode: number };
      err.responseCode = 550;
      callback(err);
    },
    onData: (stream, session, callback) => {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', async () => {
        const mail = await simpleParser(Buffer.concat(chunks));
        held.push(mail.messageId ?? '');
        setTimeout(() => {
          if (!closed.has(session.id)) delivered.push({ messageId: mail.messageId ?? '', subject: mail.subject ?? '' });
          callback();
        }, holdMs);
      });
    },
  });
  // A worker killed mid-conversation resets its socket; the server reports that as an 'error' event, which
  // with no listener would throw in the test process. Losing the connection is what these tests cause on purpose.
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `smtp://127.0.0.1:${port}`,
    delivered,
    held,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
