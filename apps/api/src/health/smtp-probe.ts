import { connect } from 'node:net';

/**
 * Asks the mail relay (SMTP_URL; the local catcher in embedded mode) whether it answers: on a plain port, its
 * "220" greeting; on an smtps port, the TCP connection (the greeting comes after TLS). Mail itself is sent by the
 * worker; this only tells an operator that notices would now sit PENDING.
 */
export function probeSmtp(smtpUrl: string, timeoutMs: number): Promise<void> {
  const url = new URL(smtpUrl);
  const secure = url.protocol === 'smtps:';
  const port = Number(url.port || (secure ? 465 : 25));
  const host = url.hostname.replace(/^\[|\]$/g, '');
  return new Promise<void>((resolve, reject) => {
    const socket = connect({ host, port });
    const done = (error?: Error) => {
      socket.removeAllListeners();
      socket.on('error', () => undefined);
      socket.destroy();
      if (error) reject(error);
      else resolve();
    };
    socket.setTimeout(timeoutMs, () => done(new Error(`no answer from ${host}:${port} within ${timeoutMs} ms`)));
    socket.once('error', (err) => done(err));
    socket.once('connect', () => {
      if (secure) done();
    });
    let greeting = '';
    socket.on('data', (chunk: Buffer) => {
      greeting += chunk.toString('latin1');
      if (!greeting.includes('\n')) return;
      if (greeting.startsWith('220')) {
        socket.write('QUIT\r\n');
        done();
      } else {
        done(new Error(`unexpected greeting from ${host}:${port}: ${greeting.trim().slice(0, 80)}`));
      }
    });
  });
}
