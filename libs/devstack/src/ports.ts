import { createServer } from 'node:net';

/** The message a person sees when a port is taken: what happened, and which variable moves the service. */
export function portBusyMessage(port: number, variableName: string): string {
  return (
    `Cổng ${port} đang bận; hãy dừng chương trình đang dùng cổng này hoặc đặt biến ${variableName} sang cổng khác` +
    ` / port ${port} is busy: stop whatever uses it or set ${variableName} to another port`
  );
}

/** Resolves when nothing listens on 127.0.0.1:port; throws a message naming the variable otherwise. */
export async function assertPortFree(port: number, variableName: string, host = '127.0.0.1'): Promise<void> {
  try {
    await listenAndClose(port, host);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE' || code === 'EACCES') throw new Error(portBusyMessage(port, variableName));
    throw err;
  }
}

/**
 * Ports this process has handed out. The kernel may give a port it has just closed again, so two calls in a row could
 * name the same port for two services (a test's SMTP catcher and its mail page, say).
 */
const handedOut = new Set<number>();

/** A port that was free a moment ago and not handed out before by this process, for tests' own listeners. */
export async function findFreePort(host = '127.0.0.1'): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const port = await listenAndClose(0, host);
    if (!handedOut.has(port)) {
      handedOut.add(port);
      return port;
    }
  }
  throw new Error('no free port that this process has not handed out already, after 50 tries');
}

function listenAndClose(port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen({ port, host, exclusive: true }, () => {
      const address = server.address();
      const bound = typeof address === 'object' && address ? address.port : port;
      server.close(() => resolve(bound));
    });
  });
}
