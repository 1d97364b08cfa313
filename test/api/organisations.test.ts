/**
 * Issue 13 over HTTP: organisations (listed, added by the admin), accounts placed in organisations, the provinces'
 * regulation on who approves local projects (the UBND tỉnh instead of the Department leader), field notes filed by
 * commune collaborators and read by officers, and the collaborator's reach (its province, read-only).
 */
import { localDayOf } from '@kc/domain';
import { ApiClient, ApiHarness, startApiHarness } from '../support/api-harness';
import { approvalDecision, newProjectRequest } from '../support/request-bodies';

let api: ApiHarness;
let admin: ApiClient;
let officerHN: ApiClient;
let approverHN: ApiClient;
let ubndHN: ApiClient;
let ctvHN: ApiClient;
let unitHN: ApiClient;
let officerBN: ApiClient;
const org: Record<string, string> = {};

const tomorrow = () => localDayOf(new Date(Date.now() + 86_400_000).toISOString());
const today = () => localDayOf(new Date().toISOString());

beforeAll(async () => {
  api = await startApiHarness();
  [admin, officerHN, approverHN, ubndHN, ctvHN, unitHN, officerBN] = await Promise.all(
    [
      'admin@demo.local',
      'officer.hn@demo.local',
      'approver.hn@demo.local',
      'ubnd.hn@demo.local',
      'ctv.hn@demo.local',
      'unit.hn@demo.local',
      'officer.bn@demo.local',
    ].map((email) => ApiClient.login(api.baseUrl, email)),
  );
  const all = await admin.get('/organisations');
  for (const o of all.body.items) org[o.code] = o.id;
});

afterAll(async () => {
  // The regulation is shared by the suites of a run: Hà Nội goes back to the default.
  await admin?.put('/admin/province-rules/HN', { localApprover: 'DEPARTMENT' });
  await api?.stop();
});

describe('organisations', () => {
  it('seeds the Ministry, the Cục (with its earlier name) and each province’s Sở, UBND and centre', async () => {
    const national = await ctvHN.get('/organisations?provinceCode=NATIONAL');
    expect(national.status).toBe(200);
    expect(national.body.items.map((o: any) => o.code).sort()).toEqual(['CUC', 'MOIT']);
    const cuc = national.body.items.find((o: any) => o.code === 'CUC');
    expect(cuc.name).toBe('Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công');
    expect(cuc.nameHistory[0]).toEqual({ from: '2017-01-01', name: 'Cục Công Thương địa phương' });
    const hn = await officerHN.get('/organisations?provinceCode=HN');
    expect(hn.body.items.map((o: any) => o.code)).toEqual(
      expect.arrayContaining(['SCT-HN', 'UBND-HN', 'TTKC-HN', 'XA-HN-PHU-NGHIA']),
    );
    expect(hn.body.items.every((o: any) => o.provinceCode === 'HN')).toBe(true);
    const departments = await officerHN.get('/organisations?kind=SO_CONG_THUONG');
    expect(departments.body.items.length).toBe(34);
    expect((await officerHN.get('/organisations?kind=BOGUS')).status).toBe(400);
    expect((await new ApiClient(api.baseUrl).get('/organisations')).status).toBe(401);
  });

  it('lets the admin add a commune or a unit to a province; refuses other kinds (400) and a taken name or code (409)', async () => {
    const created = await admin.post('/admin/organisations', {
      kind: 'UBND_XA',
      name: 'UBND xã Minh Châu',
      provinceCode: 'HN',
      code: 'XA-HN-MINH-CHAU',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ code: 'XA-HN-MINH-CHAU', kind: 'UBND_XA', provinceCode: 'HN' });
    expect(created.body.kindLabel.vi).toBe('Ủy ban nhân dân xã');
    org[created.body.code] = created.body.id;
    const generated = await admin.post('/admin/organisations', {
      kind: 'UNIT',
      name: 'HTX Chè Tân Cương',
      provinceCode: 'TN',
    });
    expect(generated.status).toBe(201);
    expect(generated.body.code).toMatch(/^DV-TN-[0-9A-F]{6}$/);

    const sameName = await admin.post('/admin/organisations', {
      kind: 'UBND_XA',
      name: 'ubnd xã minh châu',
      provinceCode: 'HN',
    });
    expect(sameName.status).toBe(409);
    expect(sameName.body.message).toMatch(/đã có .* \/ .*already exists/);
    const sameCode = await admin.post('/admin/organisations', {
      kind: 'UBND_XA',
      name: 'UBND xã Khác',
      provinceCode: 'HN',
      code: 'XA-HN-MINH-CHAU',
    });
    expect(sameCode.status).toBe(409);
    expect(sameCode.body.message).toMatch(/đã được dùng .* \/ .*already used/);

    const bad = await admin.post('/admin/organisations', { kind: 'CUC', name: ' ', provinceCode: 'ZZ', code: 'x y' });
    expect(bad.status).toBe(400);
    for (const field of ['kind', 'name', 'provinceCode', 'code']) expect(bad.body.message).toContain(field);
    expect(bad.body.message).toMatch(/ \/ /);

    const refused = await officerHN.post('/admin/organisations', {
      kind: 'UBND_XA',
      name: 'UBND xã X',
      provinceCode: 'HN',
    });
    expect(refused.status).toBe(403);
    expect(refused.body.message).toMatch(/quản trị hệ thống \/ .*administrator/);
  });
});

describe('accounts in organisations', () => {
  const account = (email: string, extra: Record<string, unknown>) => ({
    email,
    fullName: 'Nguyễn Văn Kiểm',
    role: 'officer',
    provinceCode: 'HN',
    organisationId: org['SCT-HN'],
    ...extra,
  });

  it('places an account in an organisation that suits its role and province, and answers it', async () => {
    const created = await admin.post(
      '/admin/users',
      account('ctv.minhchau@demo.local', {
        role: 'collaborator',
        organisationId: org['XA-HN-MINH-CHAU'],
        password: 'mat-khau-2026',
      }),
    );
    expect(created.status).toBe(201);
    expect(created.body.user.organisation).toMatchObject({ code: 'XA-HN-MINH-CHAU', kind: 'UBND_XA' });
    expect(created.body.user.positionLabel.vi).toBe('Cộng tác viên khuyến công');
    const session = await new ApiClient(api.baseUrl).post('/auth/login', {
      email: 'ctv.minhchau@demo.local',
      password: 'mat-khau-2026',
    });
    expect(session.body.user.organisation).toMatchObject({ code: 'XA-HN-MINH-CHAU', name: 'UBND xã Minh Châu' });

    const leader = await admin.post(
      '/admin/users',
      account('lanh.dao.cuc2@demo.local', {
        role: 'approver',
        provinceCode: null,
        organisationId: org.CUC,
      }),
    );
    expect(leader.status).toBe(201);
    expect(leader.body.user.positionLabel).toEqual({ vi: 'Lãnh đạo Cục', en: 'Cục leader' });
  });

  it('refuses an organisation of the wrong kind (naming the kinds allowed), of another province, unknown or missing', async () => {
    const wrongKind = await admin.post(
      '/admin/users',
      account('sai.loai@demo.local', { organisationId: org['UBND-HN'] }),
    );
    expect(wrongKind.status).toBe(400);
    expect(wrongKind.body.message).toMatch(/được thuộc: SO_CONG_THUONG, TTKC \/ .*allowed: SO_CONG_THUONG, TTKC/);
    expect(wrongKind.body.fields.organisationId).toBeDefined();

    const ubndAsDepartment = await admin.post(
      '/admin/users',
      account('ubnd.sai@demo.local', {
        role: 'ubnd_leader',
        organisationId: org['SCT-HN'],
      }),
    );
    expect(ubndAsDepartment.status).toBe(400);
    expect(ubndAsDepartment.body.message).toMatch(/UBND_TINH/);

    const otherProvince = await admin.post(
      '/admin/users',
      account('sai.tinh@demo.local', { organisationId: org['SCT-BN'] }),
    );
    expect(otherProvince.status).toBe(400);
    expect(otherProvince.body.message).toMatch(/thuộc BN, không thuộc HN .* \/ .*belongs to BN/);

    const unknown = await admin.post(
      '/admin/users',
      account('khong.co@demo.local', {
        organisationId: '00000000-0000-4000-8000-000000000000',
      }),
    );
    expect(unknown.status).toBe(400);
    expect(unknown.body.message).toMatch(/Không có cơ quan/);

    const missing: Record<string, unknown> = account('thieu.dv@demo.local', {});
    delete missing.organisationId;
    const noOrganisation = await admin.post('/admin/users', missing);
    expect(noOrganisation.status).toBe(400);
    expect(noOrganisation.body.message).toContain('organisationId');
  });

  it('moves an account to another organisation; a role change must come with a fitting organisation', async () => {
    const created = await admin.post('/admin/users', account('chuyen.dv@demo.local', {}));
    const id = created.body.user.id;
    const toUbnd = await admin.put(`/admin/users/${id}`, { role: 'ubnd_leader' });
    expect(toUbnd.status).toBe(400);
    expect(toUbnd.body.message).toMatch(/UBND_TINH/);
    const moved = await admin.put(`/admin/users/${id}`, { role: 'ubnd_leader', organisationId: org['UBND-HN'] });
    expect(moved.status).toBe(200);
    expect(moved.body.organisation.code).toBe('UBND-HN');
    expect(moved.body.sessionsValidFrom).not.toBeNull();
    const listed = await admin.get(`/admin/users?organisationId=${org['UBND-HN']}`);
    expect(listed.body.items.map((u: any) => u.email)).toEqual(
      expect.arrayContaining(['chuyen.dv@demo.local', 'ubnd.hn@demo.local']),
    );
  });

  it('answers the signed-in user with organisation and position (GET /auth/me)', async () => {
    const me = await ubndHN.get('/auth/me');
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({
      email: 'ubnd.hn@demo.local',
      role: 'ubnd_leader',
      provinceCode: 'HN',
      organisation: { code: 'UBND-HN', kind: 'UBND_TINH' },
      positionLabel: { vi: 'Lãnh đạo UBND tỉnh' },
    });
    const leader = await (await ApiClient.login(api.baseUrl, 'approver.national@demo.local')).get('/auth/me');
    expect(leader.body.positionLabel.vi).toBe('Lãnh đạo Cục');
    expect(leader.body.organisation.code).toBe('CUC');
  });
});

describe("the provinces' regulation on local approval", () => {
  async function inAppraisal(title: string): Promise<string> {
    const created = await officerHN.post('/projects', newProjectRequest(title));
    expect(created.status).toBe(201);
    for (const action of ['submit', 'open_appraisal']) {
      const res = await officerHN.post(`/projects/${created.body.id}/actions`, { action });
      expect(res.status).toBe(200);
    }
    return created.body.id;
  }

  it('lists every province with its approver, the Department by default; only the admin sets it', async () => {
    const rules = await admin.get('/admin/province-rules');
    expect(rules.status).toBe(200);
    expect(rules.body.items).toHaveLength(34);
    expect(rules.body.items.find((r: any) => r.provinceCode === 'BN')).toMatchObject({
      localApprover: 'DEPARTMENT',
      set: false,
    });
    expect((await approverHN.get('/admin/province-rules')).status).toBe(403);
    expect((await approverHN.put('/admin/province-rules/HN', { localApprover: 'UBND' })).status).toBe(403);
    expect((await admin.put('/admin/province-rules/HN', { localApprover: 'MAYOR' })).status).toBe(400);
    expect((await admin.put('/admin/province-rules/ZZ', { localApprover: 'UBND' })).status).toBe(404);
  });

  it('when the rule names the UBND tỉnh, ubnd.hn approves and approver.hn is refused with 403 naming the UBND', async () => {
    const before = await inAppraisal('Đề án duyệt theo quy chế Sở (trước khi đổi)');
    const set = await admin.put('/admin/province-rules/HN', { localApprover: 'UBND' });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ provinceCode: 'HN', localApprover: 'UBND', set: true });
    const id = await inAppraisal('Đề án duyệt theo quy chế UBND tỉnh');
    const [row] = await api.worker.dataSource.query(`SELECT local_approver FROM projects WHERE id = $1`, [id]);
    expect(row.local_approver).toBe('UBND');

    // The UBND leader's inbox lists the approval; the Department leader's does not.
    const ubndInbox = await ubndHN.get('/inbox');
    expect(ubndInbox.body.projects.map((p: any) => p.projectId)).toContain(id);
    expect(ubndInbox.body.projects.find((p: any) => p.projectId === id).actions.map((a: any) => a.action)).toEqual([
      'approve',
    ]);
    expect((await approverHN.get('/inbox')).body.projects.map((p: any) => p.projectId)).not.toContain(id);
    expect((await ubndHN.get(`/projects/${id}`)).body.allowedActions).toContain('approve');

    const refused = await approverHN.post(`/projects/${id}/actions`, { action: 'approve', ...approvalDecision() });
    expect(refused.status).toBe(403);
    // Named for this project: Hà Nội's People's Committee, not "the Department or the UBND, as the regulation says".
    expect(refused.body.message).toContain('người được phép: lãnh đạo UBND thành phố Hà Nội');
    expect(refused.body.message).toMatch(/ \/ /);
    const approved = await ubndHN.post(`/projects/${id}/actions`, { action: 'approve', ...approvalDecision() });
    expect(approved.status).toBe(200);
    expect(approved.body.state).toBe('APPROVED');

    // A project created before the change keeps its approver: the Department leader.
    expect(
      (await ubndHN.post(`/projects/${before}/actions`, { action: 'approve', ...approvalDecision() })).status,
    ).toBe(403);
    expect(
      (await approverHN.post(`/projects/${before}/actions`, { action: 'approve', ...approvalDecision() })).status,
    ).toBe(200);
    // Back to the Department for the rest of the run.
    expect((await admin.put('/admin/province-rules/HN', { localApprover: 'DEPARTMENT' })).status).toBe(200);
  });
});

describe('field notes and the collaborator', () => {
  let hnProject: string;
  let bnProject: string;

  beforeAll(async () => {
    const hn = await officerHN.post('/projects', newProjectRequest('Đề án có ghi chép hiện trường'));
    const bn = await officerBN.post(
      '/projects',
      newProjectRequest('Đề án Bắc Ninh', {
        provinceCode: 'BN',
        implementingUnit: { name: 'Trung tâm Khuyến công Bắc Ninh', email: 'unit.bn@demo.local' },
      }),
    );
    expect([hn.status, bn.status]).toEqual([201, 201]);
    hnProject = hn.body.id;
    bnProject = bn.body.id;
  });

  it('a collaborator files a dated note with a photo reference; the officer reads it on the project', async () => {
    const filed = await ctvHN.post(`/projects/${hnProject}/field-notes`, {
      observedOn: today(),
      text: '  Đã lắp đặt 2/3 máy sấy; hộ dân đang chạy thử.  ',
      photoRef: 'Ảnh IMG_2041, hồ sơ ảnh xã Phú Nghĩa',
    });
    expect(filed.status).toBe(201);
    expect(filed.body).toMatchObject({
      observedOn: today(),
      text: 'Đã lắp đặt 2/3 máy sấy; hộ dân đang chạy thử.',
      photoRef: 'Ảnh IMG_2041, hồ sơ ảnh xã Phú Nghĩa',
      author: { email: 'ctv.hn@demo.local', organisationName: 'UBND xã Phú Nghĩa' },
    });
    expect(filed.body.author.positionLabel.vi).toBe('Cộng tác viên khuyến công');
    const older = await ctvHN.post(`/projects/${hnProject}/field-notes`, {
      observedOn: '2026-01-15',
      text: 'Khảo sát ban đầu',
    });
    expect(older.status).toBe(201);
    expect(older.body.photoRef).toBeNull();

    const read = await officerHN.get(`/projects/${hnProject}/field-notes`);
    expect(read.status).toBe(200);
    expect(read.body.items.map((n: any) => n.observedOn)).toEqual([today(), '2026-01-15']);
    expect(read.body.mayWrite).toBe(true);
    const asUnit = await unitHN.get(`/projects/${hnProject}/field-notes`);
    expect(asUnit.body).toMatchObject({ mayWrite: false });
    expect(asUnit.body.items).toHaveLength(2);
    expect((await ctvHN.get(`/projects/${hnProject}/field-notes`)).body.mayWrite).toBe(true);

    const [audit] = await api.worker.dataSource.query(
      `SELECT status_code FROM audit_log
        WHERE route = 'POST /api/projects/:id/field-notes' AND target_id = $1 AND actor_email = 'ctv.hn@demo.local'
        ORDER BY id LIMIT 1`,
      [hnProject],
    );
    expect(audit.status_code).toBe(201);
  });

  it('files a note once per Idempotency-Key', async () => {
    const body = { observedOn: today(), text: 'Ghi chép gửi lại khi mạng chập chờn' };
    const headers = { 'idempotency-key': `note-${Date.now()}` };
    const first = await ctvHN.post(`/projects/${hnProject}/field-notes`, body, headers);
    const again = await ctvHN.post(`/projects/${hnProject}/field-notes`, body, headers);
    expect([first.status, again.status]).toEqual([201, 201]);
    expect(again.body.id).toBe(first.body.id);
  });

  it('refuses a day after today, an empty or too long text, a too long photo reference', async () => {
    const future = await ctvHN.post(`/projects/${hnProject}/field-notes`, { observedOn: tomorrow(), text: 'Sớm quá' });
    expect(future.status).toBe(400);
    expect(future.body.message).toMatch(/tương lai .* \/ .*after today/);
    const bad = await ctvHN.post(`/projects/${hnProject}/field-notes`, {
      observedOn: '2026-02-30',
      text: ' ',
      photoRef: 'x'.repeat(501),
    });
    expect(bad.status).toBe(400);
    for (const field of ['observedOn', 'text', 'photoRef']) expect(bad.body.message).toContain(field);
    const long = await ctvHN.post(`/projects/${hnProject}/field-notes`, {
      observedOn: today(),
      text: 'a'.repeat(2001),
    });
    expect(long.status).toBe(400);
  });

  it('refuses the unit and the Department leader (403 naming who may) and another province (404)', async () => {
    const note = { observedOn: today(), text: 'Không được ghi' };
    const asUnit = await unitHN.post(`/projects/${hnProject}/field-notes`, note);
    expect(asUnit.status).toBe(403);
    expect(asUnit.body.message).toMatch(/cộng tác viên khuyến công .* \/ .*collaborator/);
    expect((await approverHN.post(`/projects/${hnProject}/field-notes`, note)).status).toBe(403);
    expect((await ctvHN.post(`/projects/${bnProject}/field-notes`, note)).status).toBe(404);
    expect((await ctvHN.get(`/projects/${bnProject}/field-notes`)).status).toBe(404);
    expect((await officerBN.get(`/projects/${hnProject}/field-notes`)).status).toBe(404);
  });

  it('the collaborator reads the projects of its province only, and may take no action on them', async () => {
    const list = await ctvHN.get('/projects?limit=200');
    expect(list.status).toBe(200);
    expect(list.body.items.length).toBeGreaterThan(0);
    expect(list.body.items.every((p: any) => p.provinceCode === 'HN')).toBe(true);
    expect(list.body.items.every((p: any) => p.allowedActions.length === 0 && p.mayEditDraft === false)).toBe(true);
    expect((await ctvHN.get(`/projects/${bnProject}`)).status).toBe(404);
    const submit = await ctvHN.post(`/projects/${hnProject}/actions`, { action: 'submit' });
    expect(submit.status).toBe(403);
    expect((await ctvHN.post('/projects', newProjectRequest('Cộng tác viên tạo đề án'))).status).toBe(403);
    expect((await ctvHN.get('/queues/late-reports')).status).toBe(403);
    const inbox = await ctvHN.get('/inbox');
    expect(inbox.status).toBe(200);
    expect(inbox.body.projects).toEqual([]);
  });
});
