/**
 * One port in front of several API processes: each request goes to the next one in turn. A process that refuses
 * the connection (stopped, restarting) is skipped and the request goes to the next: nothing reached it, so sending
 * the request again cannot apply anything twice. Any other failure answers 502 and is not retried.
 */
import { IncomingMessage, OutgoingHttpHeaders, Server, ServerResponse, createServer, request } from 'node:http';

export interface ProxyTarget {
  host: string;
  port: number;
}

export interface RoundRobinProxy {
  url: string;
  /** Requests answered by each target, in the order of `targets`. */
  counts(): number[];
  stop(): Promise<void>;
}

const MAX_BODY_BYTES = 10 * 1024 * 1024;

export async function startRoundRobinProxy(options: {
  port: number;
  host?: string;
  targets: ProxyTarget[];
}): Promise<RoundRobinProxy> {
  const { targets } = options;
  if (targets.length === 0) throw new Error('the proxy needs at least one target');
  const counts = targets.map(() => 0);
  let next = 0;

  const server: Server = createServer((req, res) => {
    readBody(req)
      .then(async (body) => {
        const first = next;
        next = (next + 1) % targets.length;
        for (let tried = 0; tried < targets.length; tried += 1) {
          const index = (first + tried) % targets.length;
          const outcome = await forward(req, body, targets[index], res);
          if (outcome === 'refused') continue;
          if (outcome === 'answered') counts[index] += 1;
          return;
        }
        sendError(
          res,
          503,
          'Service Unavailable',
          'Không có tiến trình API nào đang chạy',
          'no API process is running',
        );
      })
      .catch(() => sendError(res, 413, 'Payload Too Large', 'Nội dung yêu cầu quá lớn', 'request body too large'));
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    url: `http://${host}:${port}`,
    counts: () => [...counts],
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) reject(new Error('too large'));
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

type Outcome = 'answered' | 'refused' | 'failed';

function forward(req: IncomingMessage, body: Buffer, target: ProxyTarget, res: ServerResponse): Promise<Outcome> {
  return new Promise((resolve) => {
    const headers: OutgoingHttpHeaders = { ...req.headers, host: `${target.host}:${target.port}` };
    const forwardedFor = [req.headers['x-forwarded-for'], req.socket.remoteAddress].filter(Boolean).join(', ');
    if (forwardedFor) headers['x-forwarded-for'] = forwardedFor;
    const upstream = request(
      { host: target.host, port: target.port, method: req.method, path: req.url, headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
        answer.on('end', () => resolve('answered'));
        answer.on('error', () => {
          res.destroy();
          resolve('failed');
        });
      },
    );
    upstream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'ECONNREFUSED') return resolve('refused');
      if (!res.headersSent) {
        sendError(res, 502, 'Bad Gateway', 'Tiến trình API không trả lời', `the API process failed: ${err.message}`);
      } else {
        res.destroy();
      }
      resolve('failed');
    });
    upstream.end(body);
  });
}

function sendError(res: ServerResponse, statusCode: number, error: string, vietnamese: string, english: string): void {
  if (res.headersSent) return;
  res.writeHead(statusCode, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify({ statusCode, error, message: `${vietnamese} / ${english}` }));
}
