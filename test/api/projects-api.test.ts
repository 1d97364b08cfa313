/**
 * End to end over HTTP: the NestJS API, a real worker on the Temporal dev server, real PostgreSQL.
 */
import { ApiClient, ApiHarness, startApiHarness } from '../support/api-harness';
import { approvalDecision, todayInVietnam, certifiedProgress } from '../support/request-bodies';

let api: ApiHarness;
let officerHN: ApiClient;
let approverHN: ApiClient;
let unitHN: ApiClient;
let officerBN: ApiClient;
let supervisorHN: ApiClient;
let approverNational: ApiClient;
let anonymous: ApiClient;

const newProject = (overrides: Record<string, unknown> = {}) => ({
  scope: 'LOCAL',
  provinceCode: 'HN',
  category: 'MACHINERY',
  title: 'Hỗ trợ máy sấy nông sản',
  implementingUnit: { name: 'Trung tâm Khuyến công Hà Nội', email: 'unit.hn@demo.local' },
  beneficiary: 'HTX Chè Tân Cương',
  totalCostVnd: 450000000,
  requestedSupportVnd: 135000000,
  plannedStart: '2026-03-01',
  plannedEnd: '2026-11-30',
  ...overrides,
});

beforeAll(async () => {
  api = await startApiHarness();
  [officerHN, approverHN, unitHN, officerBN, supervisorHN, approverNational] = await Promise.all(
    [
      'officer.hn@demo.local',
      'approver.hn@demo.local',
      'unit.hn@demo.local',
      'officer.bn@demo.local',
      'supervisor.hn@demo.local',
      'approver.national@demo.local',
    ].map((email) => ApiClient.login(api.baseUrl, email)),
  );
  anonymous = new ApiClient(api.baseUrl);
});

afterAll(async () => {
  await api?.stop();
});

describe('auth and health', () => {
  it('answers health with every component up (the mail catcher included)', async () => {
    const res = await anonymous.get('/health');
    expect(res.status).toBe(200);
    expect(res.body.components).toEqual({
      postgres: { status: 'up' },
      temporal: { status: 'up' },
      smtp: { status: 'up' },
    });
  });

  it('logs in with the right password and refuses a wrong one with 401', async () => {
    const ok = await anonymous.post('/auth/login', { email: 'officer.hn@demo.local', password: 'demo1234' });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ tokenType: 'Bearer', user: { role: 'officer', provinceCode: 'HN' } });
    const wrong = await anonymous.post('/auth/login', { email: 'officer.hn@demo.local', password: 'nope' });
    expect(wrong.status).toBe(401);
    expect(wrong.body.message).toContain('Sai email hoặc mật khẩu');
    const unknown = await anonymous.post('/auth/login', { email: 'nobody@demo.local', password: 'demo1234' });
    expect(unknown.status).toBe(401);
  });

  it('refuses every other route without a token (401) or with a forged one', async () => {
    for (const path of ['/projects', '/provinces', '/categories']) {
      const res = await anonymous.get(path);
      expect(res.status).toBe(401);
      expect(res.body.message).toContain('/api/auth/login');
    }
    const forged = new ApiClient(api.baseUrl, 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.bad');
    expect((await forged.get('/projects')).status).toBe(401);
  });

  it('answers a path no route serves with a bilingual 404', async () => {
    const res = await officerHN.get('/no-such-route');
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ error: 'NOT_FOUND' });
    expect(res.body.message).toBe(
      'Không có địa chỉ GET /api/no-such-route trong API; xem /api/docs / no such route: GET /api/no-such-route; see /api/docs',
    );
  });

  it('lists the 34 provinces and the 10 categories', async () => {
    const provinces = await officerHN.get('/provinces');
    expect(provinces.body).toHaveLength(34);
    expect(provinces.body).toContainEqual(expect.objectContaining({ code: 'HN', name: 'Hà Nội' }));
    const categories = await officerHN.get('/categories');
    expect(categories.body.map((c: { code: string }) => c.code)).toContain('PRODUCTS_AND_FAIRS');
    expect(categories.body).toHaveLength(10);
  });
});

describe('projects', () => {
  it('creates a project in DRAFT with a code, its workflow and its creation in the history', async () => {
    const res = await officerHN.post('/projects', newProject());
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      code: expect.stringMatching(/^KCĐP-2026-HN-\d{4}$/),
      state: 'DRAFT',
      totalCostVnd: 450000000,
      requestedSupportVnd: 135000000,
      implementingUnit: { email: 'unit.hn@demo.local' },
      allowedActions: ['submit', 'withdraw'],
    });
    expect(res.body.history).toEqual([
      expect.objectContaining({ seq: 1, action: 'create', toState: expect.objectContaining({ code: 'DRAFT' }) }),
    ]);
    const national = await officerHN.post('/projects', newProject({ scope: 'NATIONAL' }));
    expect(national.body.code).toMatch(/^KCQG-2026-HN-\d{4}$/);
  });

  it.each([
    ['an unknown province', { provinceCode: 'XX' }, /provinceCode/],
    ['money with a fraction', { totalCostVnd: 1.5 }, /totalCostVnd/],
    ['money as a string', { requestedSupportVnd: '135000000' }, /requestedSupportVnd/],
    ['a negative amount', { totalCostVnd: -5 }, /totalCostVnd/],
    ['support above the total cost', { requestedSupportVnd: 500000000 }, /requestedSupportVnd/],
    ['an impossible date', { plannedStart: '2026-02-30' }, /plannedStart/],
    ['an end before the start', { plannedEnd: '2026-01-01' }, /plannedEnd/],
    ['an unknown field', { secret: 1 }, /secret/],
    ['a bad unit email', { implementingUnit: { name: 'TTKC', email: 'nope' } }, /email/],
  ])('refuses %s with 400 and says which field', async (_, overrides, field) => {
    const res = await officerHN.post('/projects', newProject(overrides));
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(field);
    expect(res.body.message).toMatch(/không hợp lệ|không|phải/);
  });

  it('refuses malformed JSON with 400', async () => {
    const res = await officerHN.post('/projects', '{"scope": ');
    expect(res.status).toBe(400);
    expect(res.body.error).toBe('MALFORMED_JSON');
  });

  it('refuses creation by a role or in a province that may not (403)', async () => {
    expect((await supervisorHN.post('/projects', newProject())).status).toBe(403);
    const other = await officerBN.post('/projects', newProject());
    expect(other.status).toBe(403);
    expect(other.body.message).toContain('BN');
    const notOwnUnit = await unitHN.post(
      '/projects',
      newProject({ implementingUnit: { name: 'Đơn vị khác', email: 'x@demo.local' } }),
    );
    expect(notOwnUnit.status).toBe(403);
    expect((await unitHN.post('/projects', newProject())).status).toBe(201);
  });

  it('walks a project to SETTLED over HTTP and answers each refusal with its status and message', async () => {
    const created = await officerHN.post('/projects', newProject());
    const id = created.body.id;
    const act = (client: ApiClient, body: Record<string, unknown>) => client.post(`/projects/${id}/actions`, body);

    const illegal = await act(approverHN, { action: 'approve', ...approvalDecision() });
    expect(illegal.status).toBe(409);
    expect(illegal.body).toMatchObject({ error: 'ILLEGAL_TRANSITION', allowedActions: ['submit', 'withdraw'] });
    expect(illegal.body.message).toContain('Dự thảo');

    expect((await act(unitHN, { action: 'submit' })).body.state).toBe('SUBMITTED');

    const forbidden = await act(unitHN, { action: 'open_appraisal' });
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.error).toBe('ROLE_FORBIDDEN');
    expect(forbidden.body.message).toContain('withdraw');

    const otherProvince = await act(officerBN, { action: 'open_appraisal' });
    expect(otherProvince.status).toBe(404);
    expect((await officerBN.get(`/projects/${id}`)).status).toBe(404);

    const noReason = await act(officerHN, { action: 'return' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.message).toContain('reason');

    const badBody = await act(officerHN, { action: 'open_appraisal', extra: true });
    expect(badBody.status).toBe(400);
    const unknownAction = await act(officerHN, { action: 'launch' });
    expect(unknownAction.status).toBe(400);
    expect(unknownAction.body.message).toContain('submit');

    expect((await act(officerHN, { action: 'open_appraisal' })).body.state).toBe('BASE_APPRAISAL');
    expect((await act(approverNational, { action: 'approve', ...approvalDecision() })).status).toBe(403);
    expect((await act(approverHN, { action: 'approve', ...approvalDecision(100000000) })).body).toMatchObject({
      state: 'APPROVED',
      approvedSupportVnd: 100000000,
    });
    expect(
      (await act(officerHN, { action: 'sign_contract', contractNo: '15/HĐ-KCĐP-2026', contractDate: todayInVietnam() }))
        .body.state,
    ).toBe('CONTRACTED');
    expect((await act(officerHN, certifiedProgress())).status).toBe(200);
    const overCap = await act(officerHN, { action: 'record_disbursement', kind: 'ADVANCE', amountVnd: 70000001 });
    expect(overCap.status).toBe(409);
    expect(overCap.body.message).toContain('70%');
    const fraction = await act(officerHN, { action: 'record_disbursement', kind: 'ADVANCE', amountVnd: 100.5 });
    expect(fraction.status).toBe(400);
    expect(
      (await act(officerHN, { action: 'record_disbursement', kind: 'ADVANCE', amountVnd: 70000000 })).body.disbursedVnd,
    ).toEqual({
      advances: 70000000,
      final: 0,
      total: 70000000,
      refunded: 0,
    });
    expect((await act(unitHN, { action: 'start' })).body.state).toBe('IN_PROGRESS');
    expect((await act(unitHN, { action: 'complete_work' })).body.state).toBe('COMPLETED_WORK');
    expect(
      (await act(approverHN, { action: 'accept', minutesNo: '07/BB-NT', minutesDate: '2026-11-20' })).body.state,
    ).toBe('ACCEPTED');
    const early = await act(officerHN, { action: 'settle' });
    expect(early.status).toBe(409);
    expect(early.body.message).toContain('30.000.000 đ');
    await act(officerHN, { action: 'record_disbursement', kind: 'FINAL', amountVnd: 30000000 });
    const settled = await act(officerHN, { action: 'settle' });
    expect(settled.status).toBe(200);
    expect(settled.body.state).toBe('SETTLED');
    expect(settled.body.history.map((h: { action: string }) => h.action)).toEqual([
      'create',
      'submit',
      'open_appraisal',
      'approve',
      'sign_contract',
      'certify_progress',
      'record_disbursement',
      'start',
      'complete_work',
      'accept',
      'record_disbursement',
      'settle',
    ]);
    expect(settled.body.disbursements).toHaveLength(2);
    const after = await act(officerHN, { action: 'settle' });
    expect(after.status).toBe(409);
    expect(after.body.allowedActions).toEqual([]);

    // The detail is reachable by code as well as by id.
    const byCode = await officerHN.get(`/projects/${encodeURIComponent(created.body.code)}`);
    expect(byCode.body.id).toBe(id);
  });

  it('applies an action retried with the same Idempotency-Key once, with the same outcome', async () => {
    const created = await officerHN.post('/projects', newProject());
    const path = `/projects/${created.body.id}/actions`;
    const key = { 'Idempotency-Key': `retry-${created.body.id}` };
    const first = await officerHN.post(path, { action: 'submit' }, key);
    const retry = await officerHN.post(path, { action: 'submit' }, key);
    expect(first.status).toBe(200);
    expect(retry.status).toBe(200);
    expect(retry.body.state).toBe('SUBMITTED');
    expect(retry.body.history.filter((h: { action: string }) => h.action === 'submit')).toHaveLength(1);
    // Without the key, the same request again is a new action, refused in the new state.
    expect((await officerHN.post(path, { action: 'submit' })).status).toBe(409);
    expect((await officerHN.post(path, { action: 'withdraw' }, { 'Idempotency-Key': 'khóa' })).status).toBe(400);
  });

  it('answers 404 for an unknown project', async () => {
    const res = await officerHN.get('/projects/00000000-0000-0000-0000-000000000000');
    expect(res.status).toBe(404);
    expect(res.body.message).toContain('Không tìm thấy');
  });

  it('lists only what the user may see, with filters and keyset pagination', async () => {
    await officerBN.post('/projects', newProject({ provinceCode: 'BN', title: 'Đề án Bắc Ninh riêng' }));
    const hn = await officerHN.get('/projects?limit=200');
    expect(hn.body.items.every((p: { provinceCode: string }) => p.provinceCode === 'HN')).toBe(true);
    const national = await approverNational.get('/projects?province=BN');
    expect(national.body.items.length).toBeGreaterThan(0);
    expect(national.body.items.every((p: { provinceCode: string }) => p.provinceCode === 'BN')).toBe(true);
    const unit = await unitHN.get('/projects?limit=200');
    expect(
      unit.body.items.every(
        (p: { implementingUnit: { email: string } }) => p.implementingUnit.email === 'unit.hn@demo.local',
      ),
    ).toBe(true);

    const drafts = await officerHN.get('/projects?state=DRAFT&scope=LOCAL&category=MACHINERY');
    expect(drafts.body.items.every((p: { state: string }) => p.state === 'DRAFT')).toBe(true);
    const search = await approverNational.get(`/projects?q=${encodeURIComponent('bắc ninh riêng')}`);
    expect(search.body.items.map((p: { title: string }) => p.title)).toContain('Đề án Bắc Ninh riêng');

    const seen = new Set<string>();
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: { body: { items: Array<{ id: string }>; nextCursor: string | null } } = await officerHN.get(
        `/projects?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      page.body.items.forEach((p) => {
        expect(seen.has(p.id)).toBe(false);
        seen.add(p.id);
      });
      cursor = page.body.nextCursor;
      pages += 1;
    } while (cursor && pages < 100);
    expect(seen.size).toBe(hn.body.items.length);
    expect((await officerHN.get('/projects?cursor=garbage')).status).toBe(400);
    expect((await officerHN.get('/projects?limit=0')).status).toBe(400);
    expect((await officerHN.get('/projects?state=FLYING')).status).toBe(400);
  });

  it('serves the OpenAPI document', async () => {
    const res = await anonymous.get('/docs-json');
    expect(res.status).toBe(200);
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining(['/api/projects', '/api/projects/{id}/actions', '/api/auth/login']),
    );
  });
});
