import { connect } from 'node:net';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves once host:port accepts a TCP connection; throws after timeoutMs. */
export async function waitForTcp(host: string, port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await canConnect(host, port))) {
    if (Date.now() > deadline)
      throw new Error(`nothing accepted connections on ${host}:${port} within ${timeoutMs} ms`);
    await pause(100);
  }
}

function canConnect(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    socket.setTimeout(1000);
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
    socket.once('timeout', () => done(false));
  });
}

/**
 * Polls a URL until it answers 200. `isAborted` lets the caller give up early (a child died, Ctrl-C).
 * The error names the last answer, so a person sees why it never became healthy.
 */
export async function waitForHttpOk(
  url: string,
  timeoutMs: number,
  isAborted: () => boolean = () => false,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer yet';
  while (Date.now() < deadline) {
    if (isAborted()) throw new Error(`gave up waiting for ${url}`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(5000) });
      if (res.status === 200) return;
      last = `HTTP ${res.status}: ${(await res.text()).slice(0, 300)}`;
    } catch (err) {
      last = err instanceof Error ? err.message : String(err);
    }
    await pause(250);
  }
  throw new Error(`${url} did not answer 200 within ${Math.round(timeoutMs / 1000)} s (last: ${last})`);
}
