/** The one way the app talks to the API: JSON in and out, the bearer token, and refusals as ApiRequestError. */

export const API_BASE = '/api';

/** A refusal from the API (its `message`, Vietnamese / English), or status 0 when the server could not be reached. */
export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly body?: unknown,
  ) {
    super(message);
    this.name = 'ApiRequestError';
  }
}

export type Query = Record<string, string | number | undefined>;

export function withQuery(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH';
  body?: unknown;
  token?: string | null;
}

async function send(path: string, options: RequestOptions): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  try {
    return await fetch(`${API_BASE}${path}`, {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  } catch (err) {
    throw new ApiRequestError(0, err instanceof Error ? err.message : String(err));
  }
}

async function refusal(res: Response): Promise<ApiRequestError> {
  const text = await res.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = text;
  }
  const message =
    body && typeof body === 'object' && 'message' in body ? String((body as { message: unknown }).message) : '';
  return new ApiRequestError(res.status, message, body);
}

export async function requestJson<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const res = await send(path, options);
  if (!res.ok) throw await refusal(res);
  const text = await res.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** A file the API answers with (an export): its bytes and the name from content-disposition. */
export async function requestFile(path: string, token: string | null, fallbackName: string) {
  const res = await send(path, { token });
  if (!res.ok) throw await refusal(res);
  const disposition = res.headers.get('content-disposition') ?? '';
  const name = utf8FileName(disposition) ?? /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? fallbackName;
  return { blob: await res.blob(), name };
}

/** The Vietnamese name of an export (RFC 6266 filename*=UTF-8''…), when the API gives one. */
function utf8FileName(disposition: string): string | undefined {
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  try {
    return encoded ? decodeURIComponent(encoded) : undefined;
  } catch {
    return undefined;
  }
}

interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** An openapi-fetch call's answer body, or the API's refusal (its `message`, Vietnamese / English) as an ApiRequestError. */
export async function answer<T>(call: Promise<FetchResult<T>>): Promise<NonNullable<T>> {
  let result: FetchResult<T>;
  try {
    result = await call;
  } catch (err) {
    throw new ApiRequestError(0, err instanceof Error ? err.message : String(err));
  }
  if (!result.response.ok) {
    const body = result.error;
    const message =
      body && typeof body === 'object' && 'message' in body ? String((body as { message: unknown }).message) : '';
    throw new ApiRequestError(result.response.status, message, body);
  }
  return result.data as NonNullable<T>;
}
