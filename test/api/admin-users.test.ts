/**
 * The admin's HTTP pages over real PostgreSQL: accounts and roles (create, refuse, change, disable, reset the
 * password), the year's calendar with named holidays, and the system log's filters.
 */
import { ApiClient, ApiHarness, startApiHarness } from '../support/api-harness';

let api: ApiHarness;
let admin: ApiClient;
let officer: ApiClient;
/** Organisation ids by code (SCT-HN, CUC, …). */
const org: Record<string, string> = {};

const newUser = (email: string, extra: Record<string, unknown> = {}) => ({
  email,
  fullName: 'Đỗ Thị Mai',
  role: 'officer',
  provinceCode: 'HN',
  organisationId: org['SCT-HN'],
  organisationName: 'Sở Công Thương Hà Nội',
  ...extra,
});

const login = (email: string, password: string) => new ApiClient(api.baseUrl).post('/auth/login', { email, password });

beforeAll(async () => {
  api = await startApiHarness();
  admin = await ApiClient.login(api.baseUrl, 'admin@demo.local');
  officer = await ApiClient.login(api.baseUrl, 'officer.hn@demo.local');
  for (const o of (await admin.get('/organisations')).body.items) org[o.code] = o.id;
});

afterAll(async () => {
  await api?.stop();
});

describe('accounts and roles', () => {
  it('creates an account with a generated password shown once, which logs in; a second create is a 409', async () => {
    const created = await admin.post('/admin/users', newUser('Mai.Do@SCT-HaNoi.gov.vn'));
    expect(created.status).toBe(201);
    expect(created.body.user).toMatchObject({
      email: 'mai.do@sct-hanoi.gov.vn',
      role: 'officer',
      provinceCode: 'HN',
      organisationName: 'Sở Công Thương Hà Nội',
      disabled: false,
      organisation: { code: 'SCT-HN', kind: 'SO_CONG_THUONG' },
      positionLabel: { vi: 'Chuyên viên Sở Công Thương', en: 'Department officer' },
    });
    expect(created.body.user).not.toHaveProperty('passwordHash');
    expect(created.body.generatedPassword).toMatch(/^[A-Za-z0-9]{14}$/);
    const session = await login('mai.do@sct-hanoi.gov.vn', created.body.generatedPassword);
    expect(session.status).toBe(200);
    expect(session.body.user).toMatchObject({ role: 'officer', provinceCode: 'HN', organisation: { code: 'SCT-HN' } });

    const again = await admin.post('/admin/users', newUser('mai.do@sct-hanoi.gov.vn', { password: 'khac-mat-khau' }));
    expect(again.status).toBe(409);
    expect(again.body.message).toMatch(/đã có tài khoản \/ .*already has an account/);
  });

  it('takes a typed initial password and does not echo it', async () => {
    const created = await admin.post('/admin/users', newUser('typed.pw@demo.local', { password: 'mat-khau-2026' }));
    expect(created.status).toBe(201);
    expect(created.body.generatedPassword).toBeNull();
    expect((await login('typed.pw@demo.local', 'mat-khau-2026')).status).toBe(200);
  });

  it.each([
    ['"quoted"@example.com', /ngoặc kép/],
    ['"a b"@example.com', /ASCII|ngoặc kép/],
    ['nguyễn@example.com', /ASCII/],
    ['a..b@example.com', /phần trước @/],
    ['a@localhost', /tên miền/],
    ['a@[127.0.0.1]', /tên miền/],
    ['not-an-email', /một @/],
  ])('refuses the address %s with a 400 naming it', async (email, reason) => {
    const res = await admin.post('/admin/users', newUser(email));
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(reason);
    expect(res.body.message).toMatch(/ \/ /);
  });

  it('lists every problem of a bad body at once, and checks role against province with the domain rule', async () => {
    const bad = await admin.post('/admin/users', { email: 'x@@y', fullName: ' ', role: 'boss', provinceCode: 'XX' });
    expect(bad.status).toBe(400);
    for (const field of ['email', 'fullName', 'role', 'provinceCode']) expect(bad.body.message).toContain(field);

    const noProvince = await admin.post('/admin/users', newUser('no.province@demo.local', { provinceCode: null }));
    expect(noProvince.status).toBe(400);
    expect(noProvince.body.message).toMatch(/phải thuộc một tỉnh/);
    const provincialAdmin = await admin.post(
      '/admin/users',
      newUser('hn.admin@demo.local', { role: 'admin', provinceCode: 'HN' }),
    );
    expect(provincialAdmin.status).toBe(400);
    const nationalSupervisor = await admin.post(
      '/admin/users',
      newUser('gs.quocgia@demo.local', { role: 'supervisor', provinceCode: null, organisationId: org.CUC }),
    );
    expect(nationalSupervisor.status).toBe(201);
  });

  it('refuses every admin route to a non-admin with a 403', async () => {
    const target = (await admin.post('/admin/users', newUser('target.403@demo.local'))).body.user.id;
    const answers = await Promise.all([
      officer.get('/admin/users'),
      officer.post('/admin/users', newUser('officer.made@demo.local')),
      officer.put(`/admin/users/${target}`, { role: 'approver' }),
      officer.post(`/admin/users/${target}/disable`, {}),
      officer.post(`/admin/users/${target}/enable`, {}),
      officer.post(`/admin/users/${target}/reset-password`, {}),
      officer.get('/admin/calendar/2027'),
    ]);
    expect(answers.map((a) => a.status)).toEqual([403, 403, 403, 403, 403, 403, 403]);
  });

  it('answers 404 for an unknown user id, however it is written', async () => {
    expect((await admin.post('/admin/users/00000000-0000-4000-8000-000000000000/disable', {})).status).toBe(404);
    expect((await admin.put('/admin/users/not-a-uuid', { fullName: 'X' })).status).toBe(404);
  });

  it('changes role, province and organisation; a new role ends the old sessions', async () => {
    const created = await admin.post('/admin/users', newUser('doi.vai.tro@demo.local', { password: 'mat-khau-2026' }));
    const id = created.body.user.id;
    const changed = await admin.put(`/admin/users/${id}`, {
      role: 'approver',
      provinceCode: 'BN',
      organisationId: org['SCT-BN'],
      organisationName: 'Sở Công Thương Bắc Ninh',
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({
      role: 'approver',
      provinceCode: 'BN',
      organisationName: 'Sở Công Thương Bắc Ninh',
      organisation: { code: 'SCT-BN' },
      positionLabel: { vi: 'Lãnh đạo Sở Công Thương' },
    });
    expect(changed.body.sessionsValidFrom).not.toBeNull();
    const wrong = await admin.put(`/admin/users/${id}`, { role: 'implementer', provinceCode: null });
    expect(wrong.status).toBe(400);
    const me = (await admin.get('/admin/users?q=admin@demo.local')).body.items[0];
    expect((await admin.put(`/admin/users/${me.id}`, { role: 'supervisor' })).status).toBe(409);
    expect((await admin.post(`/admin/users/${me.id}/disable`, {})).status).toBe(409);
  });

  it('disables and enables an account: a disabled account can neither log in nor use a token it had', async () => {
    const id = (await admin.post('/admin/users', newUser('khoa.tk@demo.local', { password: 'mat-khau-2026' }))).body
      .user.id;
    const before = await login('khoa.tk@demo.local', 'mat-khau-2026');
    expect(before.status).toBe(200);
    const own = new ApiClient(api.baseUrl, before.body.accessToken);
    expect((await own.get('/projects')).status).toBe(200);
    const disabled = await admin.post(`/admin/users/${id}/disable`, {});
    expect(disabled.status).toBe(200);
    expect(disabled.body).toMatchObject({ disabled: true });
    expect(disabled.body.disabledAtLocal).toMatch(/^\d{2}:\d{2}/);
    const [row] = await api.worker.dataSource.query(
      `SELECT disabled_at IS NOT NULL AS disabled, sessions_valid_from IS NOT NULL AS ended FROM users WHERE id = $1`,
      [id],
    );
    expect(row).toEqual({ disabled: true, ended: true });
    expect((await own.get('/projects')).status).toBe(401);
    expect((await login('khoa.tk@demo.local', 'mat-khau-2026')).status).toBe(403);
    const listed = await admin.get('/admin/users?q=khoa.tk');
    expect(listed.body.items.map((u: { disabled: boolean }) => u.disabled)).toEqual([true]);
    const enabled = await admin.post(`/admin/users/${id}/enable`, {});
    expect(enabled.body).toMatchObject({ disabled: false, disabledAt: null });
    expect((await login('khoa.tk@demo.local', 'mat-khau-2026')).status).toBe(200);
  });

  it('resets the password: the old one fails, the new one works, and earlier tokens are ended', async () => {
    const id = (await admin.post('/admin/users', newUser('dat.lai.mk@demo.local', { password: 'mat-khau-cu-1' }))).body
      .user.id;
    expect((await login('dat.lai.mk@demo.local', 'mat-khau-cu-1')).status).toBe(200);
    const reset = await admin.post(`/admin/users/${id}/reset-password`, { password: 'mat-khau-moi-2' });
    expect(reset.status).toBe(200);
    expect(reset.body.generatedPassword).toBeNull();
    expect(reset.body.user.sessionsValidFrom).not.toBeNull();
    expect((await login('dat.lai.mk@demo.local', 'mat-khau-cu-1')).status).toBe(401);
    expect((await login('dat.lai.mk@demo.local', 'mat-khau-moi-2')).status).toBe(200);
    const generated = await admin.post(`/admin/users/${id}/reset-password`, {});
    expect(generated.body.generatedPassword).toMatch(/^[A-Za-z0-9]{14}$/);
    expect((await login('dat.lai.mk@demo.local', generated.body.generatedPassword)).status).toBe(200);
    expect((await admin.post(`/admin/users/${id}/reset-password`, { password: 'short' })).status).toBe(400);
  });

  it('lists by text, role and province, a page at a time', async () => {
    const officersOfHN = await admin.get('/admin/users?role=officer&province=HN&limit=200');
    expect(officersOfHN.status).toBe(200);
    expect(officersOfHN.body.items.length).toBeGreaterThan(0);
    expect(officersOfHN.body.items.every((u: any) => u.role === 'officer' && u.provinceCode === 'HN')).toBe(true);
    const national = await admin.get('/admin/users?province=NATIONAL&limit=200');
    expect(national.body.items.every((u: any) => u.provinceCode === null)).toBe(true);
    const byName = await admin.get(`/admin/users?q=${encodeURIComponent('thu hà')}`);
    expect(byName.body.items.map((u: any) => u.email)).toContain('officer.hn@demo.local');
    const first = await admin.get('/admin/users?limit=3');
    const second = await admin.get(`/admin/users?limit=3&cursor=${encodeURIComponent(first.body.nextCursor)}`);
    expect(second.body.items[0].email > first.body.items[2].email).toBe(true);
    expect((await admin.get('/admin/users?province=ZZ')).status).toBe(400);
  });
});

describe('the calendar of a year', () => {
  it('answers the named public holidays and the Department’s days, and what PUT stored', async () => {
    const put = await admin.put('/admin/calendar/2027', {
      extraDaysOff: ['2027-02-12'],
      makeUpWorkdays: ['2027-02-20'],
    });
    expect(put.status).toBe(200);
    const year = await admin.get('/admin/calendar/2027');
    expect(year.status).toBe(200);
    expect(year.body).toMatchObject({
      year: 2027,
      source: 'STORED',
      extraDaysOff: ['2027-02-12'],
      makeUpWorkdays: ['2027-02-20'],
    });
    expect(year.body.publicHolidays).toContainEqual({
      day: '2027-09-02',
      name: { vi: 'Quốc khánh', en: 'National Day' },
    });
    expect((await admin.get('/admin/calendar/2026')).body.source).toBe('BUILT_IN');
    expect((await admin.get('/admin/calendar/99999')).status).toBe(400);
    expect((await admin.get('/admin/calendar/abc')).status).toBe(400);
  });
});

describe('the system log', () => {
  it('filters by actor, action, outcome and days, newest first, a page at a time', async () => {
    await admin.post('/admin/users', newUser('nhat.ky@demo.local'));
    await admin.post('/admin/users', newUser('nhat.ky@demo.local'));
    const created = await admin.get('/audit?action=/admin/users&outcome=SUCCEEDED&actorEmail=ADMIN@demo');
    expect(created.status).toBe(200);
    expect(created.body.items.length).toBeGreaterThan(0);
    for (const row of created.body.items) {
      expect(row.route).toContain('/admin/users');
      expect(row.statusCode).toBeLessThan(400);
      expect(row.actor.email).toBe('admin@demo.local');
    }
    const refused = await admin.get('/audit?action=/admin/users&outcome=REFUSED&limit=1');
    expect(refused.body.items[0].statusCode).toBeGreaterThanOrEqual(400);
    const logins = await admin.get('/audit?kind=LOGIN&limit=2');
    expect(logins.body.items.every((r: any) => r.kind === 'LOGIN')).toBe(true);
    const next = await admin.get(`/audit?kind=LOGIN&limit=2&before=${logins.body.nextCursor}`);
    expect(Number(next.body.items[0].id)).toBeLessThan(Number(logins.body.items[1].id));
    expect((await admin.get('/audit?from=2000-01-01&to=2000-01-02')).body.items).toEqual([]);
    expect((await admin.get('/audit?from=2027-01-02&to=2027-01-01')).status).toBe(400);
    expect((await admin.get('/audit?outcome=MAYBE')).status).toBe(400);
  });

  it('finds the rows about a project by its code', async () => {
    const project = await officer.post('/projects', {
      scope: 'LOCAL',
      provinceCode: 'HN',
      category: 'MACHINERY',
      title: 'Đề án thử nhật ký hệ thống',
      implementingUnit: { name: 'Trung tâm Khuyến công Hà Nội', email: 'unit.hn@demo.local' },
      beneficiary: 'HTX Thử',
      totalCostVnd: 450000000,
      requestedSupportVnd: 135000000,
      plannedStart: '2026-03-01',
      plannedEnd: '2026-11-30',
    });
    expect(project.status).toBe(201);
    await officer.post(`/projects/${project.body.id}/actions`, { action: 'submit' });
    const rows = await admin.get(`/audit?projectCode=${encodeURIComponent(project.body.code.toLowerCase())}`);
    expect(rows.body.items.length).toBeGreaterThan(0);
    expect(rows.body.items.every((r: any) => r.projectCode === project.body.code)).toBe(true);
    expect(rows.body.items[0]).toMatchObject({ details: { action: 'submit' } });
  });
});
