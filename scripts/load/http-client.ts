/** One request's outcome: the status (or the network error), the parsed body, and how long it took. */
export interface TimedResponse {
  status: number | 'network';
  body: any;
  latencyMs: number;
  /** Set by the idempotency layer when the answer is a stored outcome replayed for a retry. */
  replayed: boolean;
  networkError?: string;
}

const REQUEST_TIMEOUT_MS = 60_000;

/** A small JSON client for one signed-in user; each call is timed from sending to the last byte of the body. */
export class TimedApiClient {
  constructor(
    private readonly baseUrl: string,
    private readonly token?: string,
  ) {}

  static async login(baseUrl: string, email: string, password: string): Promise<TimedApiClient> {
    const res = await new TimedApiClient(baseUrl).send('POST', '/auth/login', { email, password });
    if (res.status !== 200) throw new Error(`login ${email} failed: ${res.status} ${JSON.stringify(res.body)}`);
    return new TimedApiClient(baseUrl, res.body.accessToken);
  }

  get(path: string): Promise<TimedResponse> {
    return this.send('GET', path);
  }

  post(path: string, body: unknown, idempotencyKey?: string): Promise<TimedResponse> {
    return this.send('POST', path, body, idempotencyKey);
  }

  put(path: string, body: unknown, idempotencyKey?: string): Promise<TimedResponse> {
    return this.send('PUT', path, body, idempotencyKey);
  }

  private async send(method: string, path: string, body?: unknown, idempotencyKey?: string): Promise<TimedResponse> {
    const headers: Record<string, string> = {};
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    if (idempotencyKey) headers['idempotency-key'] = idempotencyKey;
    const started = performance.now();
    try {
      const res = await fetch(`${this.baseUrl}${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
      const text = await res.text();
      const latencyMs = performance.now() - started;
      return {
        status: res.status,
        body: parseJson(text),
        latencyMs,
        replayed: res.headers.get('idempotent-replayed') === 'true',
      };
    } catch (err) {
      return {
        status: 'network',
        body: undefined,
        latencyMs: performance.now() - started,
        replayed: false,
        networkError:
          err instanceof Error ? `${err.message}${err.cause ? ` (${String(err.cause)})` : ''}` : String(err),
      };
    }
  }
}

function parseJson(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
