/**
 * Idempotency-Key on every write route, end to end: the NestJS API, a real worker on the Temporal dev server, real
 * PostgreSQL. A retry with the same key answers the first outcome and changes nothing twice.
 */
import { randomUUID } from 'node:crypto';
import { DEFAULT_DEADLINE_POLICY } from '@kc/domain';
import { EscalationRepository } from '@kc/persistence';
import { fingerprintBody } from '../../apps/api/src/idempotency/idempotency-request';
import { ApiHarness, startApiHarness } from '../support/api-harness';
import { disbursementAmounts } from '../support/read-model';
import {
  TEN_MINUTE_REPORT_POLICY,
  approvalDecision,
  newProjectRequest,
  todayInVietnam,
  certifiedProgress,
} from '../support/request-bodies';

interface Answer {
  status: number;
  body: any;
  replayed: boolean;
}

/** A client that can send any method with an Idempotency-Key and sees the Idempotent-Replayed header. */
class Caller {
  constructor(
    private readonly baseUrl: string,
    readonly userId: string,
    private readonly token: string,
  ) {}

  async send(method: 'POST' | 'PUT', path: string, body?: unknown, key?: string): Promise<Answer> {
    const headers: Record<string, string> = { authorization: `Bearer ${this.token}` };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (key !== undefined) headers['idempotency-key'] = key;
    const res = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return {
      status: res.status,
      body: text ? JSON.parse(text) : undefined,
      replayed: res.headers.get('idempotent-replayed') === 'true',
    };
  }

  post(path: string, body?: unknown, key?: string): Promise<Answer> {
    return this.send('POST', path, body, key);
  }

  put(path: string, body?: unknown, key?: string): Promise<Answer> {
    return this.send('PUT', path, body, key);
  }
}

let api: ApiHarness;
let officer: Caller;
let approver: Caller;
let unit: Caller;
let supervisor: Caller;
let admin: Caller;

async function login(email: string): Promise<Caller> {
  const res = await fetch(`${api.baseUrl}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'demo1234' }),
  });
  const body = (await res.json()) as { accessToken: string; user: { id: string } };
  return new Caller(api.baseUrl, body.user.id, body.accessToken);
}

const newKey = () => `test-${randomUUID()}`;

const newProject = (title = `Hỗ trợ máy sấy nông sản ${randomUUID().slice(0, 8)}`) => newProjectRequest(title);

const query = <T = any>(sql: string, params: unknown[] = []): Promise<T[]> => api.worker.dataSource.query(sql, params);

async function createProject(): Promise<string> {
  const created = await officer.post('/projects', newProject());
  expect(created.status).toBe(201);
  return created.body.id;
}

async function act(caller: Caller, id: string, body: Record<string, unknown>): Promise<void> {
  const res = await caller.post(`/projects/${id}/actions`, body);
  expect(res.status).toBe(200);
}

async function contractedProject(): Promise<string> {
  const id = await createProject();
  expect((await admin.put(`/projects/${id}/deadline-policy`, TEN_MINUTE_REPORT_POLICY)).status).toBe(200);
  await act(officer, id, { action: 'submit' });
  await act(officer, id, { action: 'open_appraisal' });
  await act(approver, id, { action: 'approve', ...approvalDecision() });
  await act(officer, id, { action: 'sign_contract', contractNo: 'HĐ-IDEM', contractDate: todayInVietnam() });
  return id;
}

async function actionsOf(id: string): Promise<string[]> {
  const rows = await query<{ action: string }>(
    `SELECT action FROM project_transitions WHERE project_id = $1 ORDER BY seq`,
    [id],
  );
  return rows.map((r) => r.action);
}

/** The same request twice with one key: the same status and body, the second marked as replayed. */
async function expectReplayed(send: (key: string) => Promise<Answer>, status: number): Promise<Answer> {
  const key = newKey();
  const first = await send(key);
  expect(first.status).toBe(status);
  expect(first.replayed).toBe(false);
  const retry = await send(key);
  expect(retry.status).toBe(status);
  expect(retry.body).toEqual(first.body);
  expect(retry.replayed).toBe(true);
  return first;
}

beforeAll(async () => {
  api = await startApiHarness();
  [officer, approver, unit, supervisor, admin] = await Promise.all(
    ['officer.hn', 'approver.hn', 'unit.hn', 'supervisor.hn', 'admin'].map((u) => login(`${u}@demo.local`)),
  );
});

afterAll(async () => {
  await api?.stop();
});

/**
 * A retry whose stored outcome is gone, as after a 5xx answered when the workflow had already taken the write (the
 * interceptor frees the key for a retry): found by the chaos soak, where a retried creation made a second project.
 */
describe('a retry after the stored outcome was lost still changes the data once', () => {
  const forgetOutcome = (caller: Caller, key: string) =>
    query(`DELETE FROM idempotency_keys WHERE user_id = $1 AND key = $2`, [caller.userId, key]);

  it('POST /projects resumes the project its first attempt started', async () => {
    const body = newProject();
    const key = newKey();
    const first = await officer.post('/projects', body, key);
    expect(first.status).toBe(201);
    await forgetOutcome(officer, key);
    const retry = await officer.post('/projects', body, key);
    expect(retry.status).toBe(201);
    expect(retry.replayed).toBe(false);
    expect({ id: retry.body.id, code: retry.body.code }).toEqual({ id: first.body.id, code: first.body.code });
    expect(await query(`SELECT id FROM projects WHERE title = $1`, [body.title])).toEqual([{ id: first.body.id }]);
  });

  it('POST /projects/:id/reports answers the first receipt', async () => {
    const id = await contractedProject();
    const report = { period: 'P0001', physicalProgressPct: 30, fundsUsedVnd: 40000000, issues: 'Đã lắp máy' };
    const key = newKey();
    const first = await unit.post(`/projects/${id}/reports`, report, key);
    expect(first.status).toBe(201);
    await forgetOutcome(unit, key);
    const retry = await unit.post(`/projects/${id}/reports`, report, key);
    expect(retry.status).toBe(201);
    expect(retry.body).toMatchObject({ periodKey: 'P0001', version: 1 });
    const versions = await query(`SELECT version FROM progress_reports WHERE project_id = $1`, [id]);
    expect(versions).toEqual([{ version: 1 }]);
  });
});

describe('the same request twice with one key answers the same and changes the data once', () => {
  it('POST /projects creates one project', async () => {
    const body = newProject();
    const first = await expectReplayed((key) => officer.post('/projects', body, key), 201);
    const rows = await query(`SELECT id FROM projects WHERE title = $1`, [body.title]);
    expect(rows).toEqual([{ id: first.body.id }]);
  });

  it('POST /projects/:id/actions applies a transition and a disbursement once', async () => {
    const id = await createProject();
    await expectReplayed((key) => officer.post(`/projects/${id}/actions`, { action: 'submit' }, key), 200);
    expect(await actionsOf(id)).toEqual(['create', 'submit']);

    await act(officer, id, { action: 'open_appraisal' });
    await act(approver, id, { action: 'approve', ...approvalDecision() });
    await act(officer, id, { action: 'sign_contract', contractNo: 'HĐ-IDEM', contractDate: todayInVietnam() });
    await act(officer, id, certifiedProgress());
    const advance = { action: 'record_disbursement', kind: 'ADVANCE', amountVnd: 30000000 };
    await expectReplayed((key) => officer.post(`/projects/${id}/actions`, advance, key), 200);
    expect(await disbursementAmounts(api.worker.dataSource, id)).toEqual([30000000]);
  });

  it('POST /projects/:id/reports stores one report version', async () => {
    const id = await contractedProject();
    const report = { period: 'P0001', physicalProgressPct: 20, fundsUsedVnd: 50000000, issues: 'Đang lắp đặt' };
    const first = await expectReplayed((key) => unit.post(`/projects/${id}/reports`, report, key), 201);
    expect(first.body).toMatchObject({ periodKey: 'P0001', version: 1 });
    const versions = await query(`SELECT version FROM progress_reports WHERE project_id = $1`, [id]);
    expect(versions).toEqual([{ version: 1 }]);
  });

  it('POST /projects/:id/deadlines/extend extends once', async () => {
    const id = await contractedProject();
    const extension = { periodKey: 'P0001', newDueDay: '2027-12-31', reason: 'Đơn vị đề nghị gia hạn' };
    await expectReplayed((key) => officer.post(`/projects/${id}/deadlines/extend`, extension, key), 200);
    expect((await actionsOf(id)).filter((a) => a === 'extend_deadline')).toHaveLength(1);
  });

  it('PUT /projects/:id/deadline-policy sets the policy once', async () => {
    const id = await createProject();
    await expectReplayed((key) => admin.put(`/projects/${id}/deadline-policy`, TEN_MINUTE_REPORT_POLICY, key), 200);
    expect((await actionsOf(id)).filter((a) => a === 'set_deadline_policy')).toHaveLength(1);
  });

  it('POST /escalations/:id/ack and /resolve change the escalation once', async () => {
    const projectId = await createProject();
    const escalationKey = `idem-test:${projectId}`;
    await new EscalationRepository(api.worker.dataSource).raise({
      projectId,
      provinceCode: 'HN',
      cause: { reason: 'REPORT_OVERDUE', periodKey: 'P0001' },
      level: 1,
      dueAt: new Date().toISOString(),
      noticeKey: escalationKey,
      notified: [],
    });
    const [{ id }] = await query<{ id: string }>(`SELECT id FROM escalations WHERE idempotency_key = $1`, [
      escalationKey,
    ]);
    const state = async () =>
      (
        await query(`SELECT status, acknowledged_at, resolved_at, resolution_note FROM escalations WHERE id = $1`, [id])
      )[0];

    await expectReplayed((key) => approver.post(`/escalations/${id}/ack`, undefined, key), 200);
    const acknowledged = await state();
    expect(acknowledged.status).toBe('ACKNOWLEDGED');
    // Without the key, the same request again is a new one, refused as the escalation is no longer open.
    expect((await approver.post(`/escalations/${id}/ack`)).status).toBe(409);

    const note = { note: 'Đã kiểm tra thực tế' };
    await expectReplayed((key) => approver.post(`/escalations/${id}/resolve`, note, key), 200);
    const resolved = await state();
    expect(resolved).toMatchObject({ status: 'RESOLVED', resolution_note: 'Đã kiểm tra thực tế' });
    expect(resolved.acknowledged_at).toEqual(acknowledged.acknowledged_at);
  });

  it('POST /reviews/nine-month stores one review', async () => {
    const before = await query<{ n: number }>(`SELECT count(*)::int AS n FROM nine_month_reviews`);
    const first = await expectReplayed((key) => supervisor.post('/reviews/nine-month', {}, key), 200);
    const after = await query<{ n: number }>(`SELECT count(*)::int AS n FROM nine_month_reviews`);
    expect(after[0].n).toBe(before[0].n + 1);
    expect(first.body.summary.reviewId).toBeDefined();
  });

  it('PUT /admin/deadline-policies/:scopeKey saves once', async () => {
    // Cao Bằng's policy set to the built-in default: no other test's project changes behaviour.
    const path = '/admin/deadline-policies/PROVINCE:CB';
    const key = newKey();
    const first = await admin.put(path, DEFAULT_DEADLINE_POLICY, key);
    expect(first.status).toBe(200);
    const savedAt = await query(`SELECT updated_at FROM deadline_policies WHERE scope_key = 'PROVINCE:CB'`);
    const retry = await admin.put(path, DEFAULT_DEADLINE_POLICY, key);
    expect(retry).toEqual({ ...first, replayed: true });
    expect(await query(`SELECT updated_at FROM deadline_policies WHERE scope_key = 'PROVINCE:CB'`)).toEqual(savedAt);
  });

  it('PUT /admin/calendar/:year saves once', async () => {
    const days = { extraDaysOff: ['2035-05-02'], makeUpWorkdays: ['2035-05-05'] };
    const key = newKey();
    const first = await admin.put('/admin/calendar/2035', days, key);
    expect(first.status).toBe(200);
    const savedAt = await query(`SELECT updated_at FROM calendar_overrides WHERE year = 2035`);
    const retry = await admin.put('/admin/calendar/2035', days, key);
    expect(retry).toEqual({ ...first, replayed: true });
    expect(await query(`SELECT updated_at FROM calendar_overrides WHERE year = 2035`)).toEqual(savedAt);
  });
});

describe('what a key may and may not be', () => {
  it('answers 422 when a key comes back with a different body or route, and changes nothing', async () => {
    const id = await createProject();
    const key = newKey();
    expect((await officer.post(`/projects/${id}/actions`, { action: 'submit' }, key)).status).toBe(200);
    const otherBody = await officer.post(`/projects/${id}/actions`, { action: 'withdraw' }, key);
    expect(otherBody.status).toBe(422);
    expect(otherBody.body).toMatchObject({ statusCode: 422, error: 'IDEMPOTENCY_KEY_REUSED' });
    expect(otherBody.body.message).toMatch(/^Idempotency-Key này đã được dùng cho một yêu cầu khác .* \/ this /);
    const otherRoute = await officer.post('/projects', newProject(), key);
    expect(otherRoute.status).toBe(422);
    expect(await actionsOf(id)).toEqual(['create', 'submit']);
  });

  it('keeps keys per user: another user with the same key runs their own request', async () => {
    const id = await createProject();
    const key = newKey();
    expect((await officer.post(`/projects/${id}/actions`, { action: 'submit' }, key)).status).toBe(200);
    // For one user, this key on another route would be a 422.
    const approverTry = await approver.post('/reviews/nine-month', {}, key);
    expect(approverTry.status).toBe(200);
    expect(approverTry.replayed).toBe(false);
  });

  it('replays a refusal with the same status and JSON body', async () => {
    const id = await createProject();
    const tooMuch = { action: 'record_disbursement', kind: 'ADVANCE', amountVnd: 1 };
    const first = await expectReplayed((key) => officer.post(`/projects/${id}/actions`, tooMuch, key), 409);
    expect(first.body).toMatchObject({ statusCode: 409, error: 'ILLEGAL_TRANSITION' });
    const invalid = await expectReplayed((key) => officer.post(`/projects/${id}/actions`, { action: 'fly' }, key), 400);
    expect(invalid.body).toMatchObject({ statusCode: 400 });
  });

  it('refuses an invalid key with 400 naming the header, before anything runs', async () => {
    const id = await createProject();
    for (const key of ['x'.repeat(129), 'khóa']) {
      const res = await officer.post(`/projects/${id}/actions`, { action: 'submit' }, key);
      expect(res.status).toBe(400);
      expect(res.body.message).toContain('Idempotency-Key');
      expect(res.body.message).toMatch(/^Header Idempotency-Key phải gồm 1–128 ký tự ASCII in được \/ /);
    }
    expect(await actionsOf(id)).toEqual(['create']);
  });

  it('without a key behaves as before: each request runs', async () => {
    const body = newProject();
    const first = await officer.post('/projects', body);
    const second = await officer.post('/projects', body);
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(second.body.id).not.toBe(first.body.id);
    expect(second.replayed).toBe(false);
    await act(officer, first.body.id, { action: 'submit' });
    expect((await officer.post(`/projects/${first.body.id}/actions`, { action: 'submit' })).status).toBe(409);
  });
});

describe('retries that race, come late or follow a crash', () => {
  it('applies 10 parallel duplicates once; each answer is the outcome or 409 in progress', async () => {
    const id = await createProject();
    const key = newKey();
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => officer.post(`/projects/${id}/actions`, { action: 'submit' }, key)),
    );
    const outcomes = answers.filter((a) => a.status === 200);
    const busy = answers.filter((a) => a.status === 409);
    expect(outcomes.length + busy.length).toBe(10);
    expect(outcomes.length).toBeGreaterThanOrEqual(1);
    for (const o of outcomes) expect(o.body).toEqual(outcomes[0].body);
    expect(outcomes[0].body.state).toBe('SUBMITTED');
    for (const b of busy) {
      expect(b.body).toMatchObject({ statusCode: 409, error: 'IDEMPOTENCY_KEY_IN_PROGRESS' });
      expect(b.body.message).toMatch(/thử lại .* \/ .*retry/);
    }
    expect(await actionsOf(id)).toEqual(['create', 'submit']);
    const late = await officer.post(`/projects/${id}/actions`, { action: 'submit' }, key);
    expect(late).toEqual({ ...outcomes[0], replayed: true });
  });

  it('answers a retry after the project reached a final state with the original outcome', async () => {
    const id = await createProject();
    const key = newKey();
    const first = await officer.post(`/projects/${id}/actions`, { action: 'withdraw' }, key);
    expect(first.status).toBe(200);
    expect(first.body.state).toBe('WITHDRAWN');
    expect(await officer.post(`/projects/${id}/actions`, { action: 'withdraw' }, key)).toEqual({
      ...first,
      replayed: true,
    });
    // The API died after Temporal applied the action but before the outcome was stored: the update id still knows.
    await query(`DELETE FROM idempotency_keys WHERE user_id = $1 AND key = $2`, [officer.userId, key]);
    const afterCrash = await officer.post(`/projects/${id}/actions`, { action: 'withdraw' }, key);
    expect(afterCrash.status).toBe(200);
    expect(afterCrash.body.state).toBe('WITHDRAWN');
    expect(afterCrash.replayed).toBe(false);
    expect(await actionsOf(id)).toEqual(['create', 'withdraw']);
    // A new key is a new action, refused in the final state.
    expect((await officer.post(`/projects/${id}/actions`, { action: 'withdraw' }, newKey())).status).toBe(409);
  });

  it('answers 409 while a reservation is fresh and takes over one abandoned by a crashed process', async () => {
    const id = await createProject();
    const key = newKey();
    const action = { action: 'submit' };
    // What a process leaves behind when it dies mid-request: a reservation without an outcome.
    const reservedAgo = (age: string) =>
      query(
        `INSERT INTO idempotency_keys (user_id, key, method, route_path, request_fingerprint, reservation, created_at, expires_at)
         VALUES ($1, $2, 'POST', $3, $4, $5, now() - $6::interval, now() + interval '1 day')
         ON CONFLICT (user_id, key) DO UPDATE SET created_at = EXCLUDED.created_at`,
        [officer.userId, key, `/api/projects/${id}/actions`, fingerprintBody(action), randomUUID(), age],
      );
    await reservedAgo('5 seconds');
    const inProgress = await officer.post(`/projects/${id}/actions`, action, key);
    expect(inProgress.status).toBe(409);
    expect(inProgress.body.error).toBe('IDEMPOTENCY_KEY_IN_PROGRESS');
    expect(await actionsOf(id)).toEqual(['create']);

    await reservedAgo('3 minutes');
    const takenOver = await officer.post(`/projects/${id}/actions`, action, key);
    expect(takenOver.status).toBe(200);
    expect(takenOver.body.state).toBe('SUBMITTED');
    expect(await actionsOf(id)).toEqual(['create', 'submit']);
    expect((await officer.post(`/projects/${id}/actions`, action, key)).replayed).toBe(true);
  });

  it('runs a request again once its stored outcome has expired', async () => {
    const key = newKey();
    const body = newProject();
    const first = await officer.post('/projects', body, key);
    expect(first.status).toBe(201);
    await query(
      `UPDATE idempotency_keys SET expires_at = now() - interval '1 second' WHERE user_id = $1 AND key = $2`,
      [officer.userId, key],
    );
    const again = await officer.post('/projects', body, key);
    expect(again.status).toBe(201);
    expect(again.replayed).toBe(false);
    expect(again.body.id).not.toBe(first.body.id);
    const [row] = await query(
      `SELECT expires_at > now() + interval '23 hours' AS fresh FROM idempotency_keys
      WHERE user_id = $1 AND key = $2`,
      [officer.userId, key],
    );
    expect(row.fresh).toBe(true);
  });
});
