export interface HttpAnswer<T = any> {
  status: number;
  body: T;
}

/** A logged-in user of the API under test: JSON over HTTP with the Bearer token, as a browser would send. */
export class ApiUser {
  private constructor(
    private readonly apiUrl: string,
    private readonly token: string,
  ) {}

  static async login(apiUrl: string, email: string, password = 'demo1234'): Promise<ApiUser> {
    const res = await fetch(`${apiUrl}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    const body = (await res.json()) as { accessToken?: string };
    if (res.status !== 200 || !body.accessToken)
      throw new Error(`login ${email}: ${res.status} ${JSON.stringify(body)}`);
    return new ApiUser(apiUrl, body.accessToken);
  }

  get<T = any>(path: string): Promise<HttpAnswer<T>> {
    return this.request('GET', path);
  }

  post<T = any>(path: string, body: unknown): Promise<HttpAnswer<T>> {
    return this.request('POST', path, body);
  }

  /** Like post, but anything but the expected status is an error naming the answer. */
  async expect<T = any>(status: number, method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
    const answer = await this.request<T>(method, path, body);
    if (answer.status !== status) {
      throw new Error(`${method} ${path}: expected ${status}, got ${answer.status} ${JSON.stringify(answer.body)}`);
    }
    return answer.body;
  }

  private async request<T>(method: string, path: string, body?: unknown): Promise<HttpAnswer<T>> {
    const res = await fetch(`${this.apiUrl}${path}`, {
      method,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${this.token}` },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: text ? (JSON.parse(text) as T) : (undefined as T) };
  }
}

/** A creation body the API accepts, for a project of `province` (its officer creates it). */
export function newProjectBody(
  province: string,
  title: string,
  unitEmail = `unit.${province.toLowerCase()}@demo.local`,
) {
  return {
    scope: 'LOCAL',
    provinceCode: province,
    category: 'MACHINERY',
    title,
    implementingUnit: { name: 'Trung tâm Khuyến công', email: unitEmail },
    beneficiary: 'HTX thử tải / benchmark cooperative',
    totalCostVnd: 1_000_000_000,
    requestedSupportVnd: 300_000_000,
    plannedStart: '2026-03-01',
    plannedEnd: '2031-12-31',
  };
}
