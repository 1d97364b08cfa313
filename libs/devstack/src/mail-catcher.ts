import { createReadStream, existsSync } from 'node:fs';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Server as NetServer } from 'node:net';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';
import { renderMailPage } from './mail-page';
import { CaughtMessage, parseCaughtMessage, readCaughtMessages, saveRawMessage } from './mail-store';

export interface MailCatcherOptions {
  smtpPort: number;
  /** The page and JSON list; no HTTP server when omitted. */
  httpPort?: number;
  mailDir: string;
  log: (line: string) => void;
}

export interface MailCatcher {
  smtpUrl: string;
  httpUrl?: string;
  stop(): Promise<void>;
}

const HOST = '127.0.0.1';
const MAX_MESSAGE_BYTES = 25 * 1024 * 1024;

/**
 * A local SMTP server that accepts every message (no auth, no TLS), keeps it as an .eml file in mailDir
 * and shows it. Messages already in mailDir are listed too, so a restart on the same folder loses nothing.
 */
export async function startMailCatcher(options: MailCatcherOptions): Promise<MailCatcher> {
  const index: CaughtMessage[] = await readCaughtMessages(options.mailDir);
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    size: MAX_MESSAGE_BYTES,
    banner: 'KhuyenCong Flow mail catcher',
    logger: false,
    // Pooled clients keep connections open; do not let them hold up stop() for the 30 s default.
    closeTimeout: 1000,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('error', callback);
      stream.on('end', () => {
        if (stream.sizeExceeded) {
          return callback(Object.assign(new Error('Message exceeds the 25 MB limit'), { responseCode: 552 }));
        }
        const envelope = {
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : undefined,
          to: session.envelope.rcptTo.map((r) => r.address),
        };
        const file = saveRawMessage(options.mailDir, Buffer.concat(chunks), envelope);
        parseCaughtMessage(file)
          .then((message) => {
            index.push(message);
            options.log(`mail to ${message.to.join(', ')}: ${message.subject}`);
          })
          .catch((err) => options.log(`kept ${file} but could not parse it: ${String(err)}`))
          .finally(() => callback());
      });
    },
  });
  await listenOn(smtp.server, options.smtpPort);
  smtp.on('error', (err) => options.log(`SMTP error: ${err.message}`));

  let http: Server | undefined;
  if (options.httpPort !== undefined) {
    http = createServer((req, res) => answer(req, res, index, options.mailDir));
    await listenOn(http, options.httpPort).catch(async (err) => {
      await closeSmtp(smtp);
      throw err;
    });
  }

  return {
    smtpUrl: `smtp://${HOST}:${options.smtpPort}`,
    httpUrl: http ? `http://${HOST}:${options.httpPort}` : undefined,
    async stop() {
      await Promise.all([closeSmtp(smtp), http ? closeHttp(http) : undefined]);
    },
  };
}

function answer(req: IncomingMessage, res: ServerResponse, index: CaughtMessage[], mailDir: string): void {
  const path = new URL(req.url ?? '/', 'http://localhost').pathname;
  const newestFirst = () => [...index].sort((a, b) => b.id.localeCompare(a.id));
  if (req.method !== 'GET') {
    res.writeHead(405, { allow: 'GET' }).end();
  } else if (path === '/') {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(renderMailPage(newestFirst()));
  } else if (path === '/messages') {
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(newestFirst()));
  } else if (/^\/messages\/[\w-]+\.eml$/.test(path) && existsSync(join(mailDir, path.slice('/messages/'.length)))) {
    res.writeHead(200, { 'content-type': 'message/rfc822' });
    createReadStream(join(mailDir, path.slice('/messages/'.length))).pipe(res);
  } else {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Không có / not found');
  }
}

function listenOn(server: NetServer, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, HOST, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

function closeSmtp(smtp: SMTPServer): Promise<void> {
  return new Promise((resolve) => smtp.close(() => resolve()));
}

function closeHttp(http: Server): Promise<void> {
  return new Promise((resolve) => {
    http.close(() => resolve());
    http.closeAllConnections();
  });
}
