/**
 * The forms of the web app over HTTP: editing a draft (PATCH /api/projects/:id, recorded as edit_draft), the field
 * errors of a 400, the decision an approval names (số quyết định, ngày, kinh phí được duyệt), and refusals with
 * grouped figures.
 */
import { ApiClient, ApiHarness, startApiHarness } from '../support/api-harness';
import { approvalDecision, newProjectRequest, todayInVietnam, certifiedProgress } from '../support/request-bodies';

let api: ApiHarness;
let officerHN: ApiClient;
let officerBN: ApiClient;
let unitHN: ApiClient;
let approverHN: ApiClient;

beforeAll(async () => {
  api = await startApiHarness();
  [officerHN, officerBN, unitHN, approverHN] = await Promise.all(
    ['officer.hn', 'officer.bn', 'unit.hn', 'approver.hn'].map((u) => ApiClient.login(api.baseUrl, `${u}@demo.local`)),
  );
});

afterAll(async () => {
  await api?.stop();
});

async function draft(title = 'Hỗ trợ máy sấy nông sản (sửa hồ sơ)') {
  const created = await officerHN.post('/projects', newProjectRequest(title));
  expect(created.status).toBe(201);
  return created.body as { id: string; code: string };
}

const act = (client: ApiClient, id: string, body: Record<string, unknown>) =>
  client.post(`/projects/${id}/actions`, body);

describe('PATCH /api/projects/:id', () => {
  it('edits a draft: 200 with the project, the read model follows, the history records what changed', async () => {
    const { id } = await draft();
    const res = await officerHN.patch(`/projects/${id}`, {
      title: 'Hỗ trợ máy sấy chè (đã sửa)',
      requestedSupportVnd: 120000000,
      plannedEnd: '2027-06-30',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      state: 'DRAFT',
      title: 'Hỗ trợ máy sấy chè (đã sửa)',
      requestedSupportVnd: 120000000,
      plannedEnd: '2027-06-30',
      mayEditDraft: true,
    });
    const [row] = await api.worker.dataSource.query(
      'SELECT title, requested_support_vnd, last_seq FROM projects WHERE id = $1',
      [id],
    );
    expect(row).toMatchObject({
      title: 'Hỗ trợ máy sấy chè (đã sửa)',
      requested_support_vnd: '120000000',
      last_seq: 2,
    });
    const edit = res.body.history.find((h: { action: string }) => h.action === 'edit_draft');
    expect(edit).toMatchObject({
      fromState: { code: 'DRAFT' },
      toState: { code: 'DRAFT' },
      actor: { email: 'officer.hn@demo.local' },
      details: {
        changed: 'title, requestedSupportVnd, plannedEnd',
        'requestedSupportVnd.before': 135000000,
        'requestedSupportVnd.after': 120000000,
      },
    });
    // The edited facts are the workflow's: a later approval is capped by the new requested support.
    expect((await act(officerHN, id, { action: 'submit' })).status).toBe(200);
    expect((await act(officerHN, id, { action: 'open_appraisal' })).status).toBe(200);
    const over = await act(approverHN, id, { action: 'approve', ...approvalDecision(135000000) });
    expect(over.status).toBe(409);
    expect(over.body.message).toContain('120.000.000 đ');
  });

  it('lets the unit edit its own draft and a RETURNED one; 409 once submitted', async () => {
    const { id } = await draft();
    expect((await unitHN.patch(`/projects/${id}`, { beneficiary: 'HTX Chè Tân Cương mở rộng' })).status).toBe(200);
    expect((await act(officerHN, id, { action: 'submit' })).status).toBe(200);
    const submitted = await officerHN.patch(`/projects/${id}`, { title: 'Tên mới sau khi nộp hồ sơ' });
    expect(submitted.status).toBe(409);
    expect(submitted.body.error).toBe('ILLEGAL_TRANSITION');
    expect(submitted.body.message).toMatch(/Dự thảo hoặc Trả lại bổ sung.* \/ /);
    expect((await act(officerHN, id, { action: 'return', reason: 'Thiếu dự toán chi tiết' })).status).toBe(200);
    expect((await officerHN.patch(`/projects/${id}`, { title: 'Tên mới sau khi bổ sung' })).status).toBe(200);
  });

  it('answers 400 naming each field, with `fields` for the form', async () => {
    const { id } = await draft();
    const cases: Array<[string, Record<string, unknown>, string]> = [
      ['title too short', { title: 'Máy' }, 'title'],
      ['unit email', { implementingUnit: { name: 'TTKC', email: 'not-an-email' } }, 'implementingUnit.email'],
      ['money as a string', { totalCostVnd: '450000000' }, 'totalCostVnd'],
      ['support above the total cost', { requestedSupportVnd: 500000000 }, 'requestedSupportVnd'],
      ['end before start', { plannedEnd: '2026-01-01' }, 'plannedEnd'],
      ['a day that does not exist', { plannedStart: '2026-02-30' }, 'plannedStart'],
      ['scope cannot change', { scope: 'NATIONAL' }, 'scope'],
    ];
    for (const [name, body, field] of cases) {
      const res = await officerHN.patch(`/projects/${id}`, body);
      expect({ name, status: res.status }).toEqual({ name, status: 400 });
      expect(Object.keys(res.body.fields ?? {})).toContain(field);
      expect(res.body.message).toContain(' / ');
    }
    // null keeps the value, so nothing changes: 400, never a 500.
    const nothing = await officerHN.patch(`/projects/${id}`, { title: null, totalCostVnd: null });
    expect(nothing.status).toBe(400);
    expect(nothing.body.message).toContain('nothing changed');
    const grouped = await officerHN.patch(`/projects/${id}`, { requestedSupportVnd: 500000000 });
    expect(grouped.body.fields.requestedSupportVnd).toContain('500.000.000 đ vượt tổng kinh phí 450.000.000 đ');
    const unchanged = await officerHN.get(`/projects/${id}`);
    expect(unchanged.body.history.map((h: { action: string }) => h.action)).not.toContain('edit_draft');
  });

  it('answers 404 for a project of another province and 403 for a role that may not edit', async () => {
    const { id } = await draft();
    expect((await officerBN.patch(`/projects/${id}`, { title: 'Tên đề án của tỉnh khác' })).status).toBe(404);
    const approver = await approverHN.patch(`/projects/${id}`, { title: 'Tên đề án do lãnh đạo sửa' });
    expect(approver.status).toBe(403);
  });

  it('creation answers 400 with `fields` too', async () => {
    const res = await officerHN.post(
      '/projects',
      newProjectRequest('Máy', { requestedSupportVnd: 500000000, plannedEnd: '2026-01-01' }),
    );
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.fields)).toEqual(expect.arrayContaining(['title']));
  });
});

describe('approve names its decision', () => {
  async function inAppraisal() {
    const { id } = await draft('Hỗ trợ máy ép dầu lạc (phê duyệt)');
    expect((await act(officerHN, id, { action: 'submit' })).status).toBe(200);
    expect((await act(officerHN, id, { action: 'open_appraisal' })).status).toBe(200);
    return id;
  }

  it('400 without the decision number, date or approved amount, naming each', async () => {
    const id = await inAppraisal();
    const bare = await act(approverHN, id, { action: 'approve' });
    expect(bare.status).toBe(400);
    expect(Object.keys(bare.body.fields)).toEqual(
      expect.arrayContaining(['decisionNo', 'decisionDate', 'approvedSupportVnd']),
    );
    const noDate = await act(approverHN, id, { action: 'approve', decisionNo: '12/QĐ-SCT', approvedSupportVnd: 1 });
    expect(noDate.status).toBe(400);
    expect(Object.keys(noDate.body.fields)).toEqual(['decisionDate']);
    const future = await act(approverHN, id, { ...approvalDecision(), action: 'approve', decisionDate: '2099-01-01' });
    expect(future.status).toBe(400);
    expect(future.body.message).toContain('sau hôm nay');
  });

  it('409 with grouped figures above the requested support; 200 stores the decision, the header shows it', async () => {
    const id = await inAppraisal();
    const over = await act(approverHN, id, { action: 'approve', ...approvalDecision(135000001) });
    expect(over.status).toBe(409);
    expect(over.body.message).toContain('135.000.000 đ');
    const ok = await act(approverHN, id, { action: 'approve', ...approvalDecision(100000000) });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({
      state: 'APPROVED',
      approvedSupportVnd: 100000000,
      approval: { decisionNo: '125/QĐ-SCT', decisionDate: '2026-11-01', approvedSupportVnd: 100000000 },
      disbursementRoom: { advanceCapPercent: 70, advanceCapVnd: 70000000, advanceRoomVnd: 70000000 },
    });
    const entry = ok.body.history.find((h: { action: string }) => h.action === 'approve');
    expect(entry.details).toEqual({
      approvedSupportVnd: 100000000,
      decisionNo: '125/QĐ-SCT',
      decisionDate: '2026-11-01',
    });

    // The advance cap follows the approved amount, and its refusal groups the figures.
    expect(
      (await act(officerHN, id, { action: 'sign_contract', contractNo: '15/HĐ', contractDate: todayInVietnam() }))
        .status,
    ).toBe(200);
    expect((await act(officerHN, id, certifiedProgress())).status).toBe(200);
    const advance = await act(officerHN, id, { action: 'record_disbursement', kind: 'ADVANCE', amountVnd: 70000001 });
    expect(advance.status).toBe(409);
    expect(advance.body.message).toContain('vượt 70% kinh phí được duyệt (70.000.000 đ)');
    expect(advance.body.message).toContain('(70,000,000 VND)');
  });

  it('terminate names its decision too', async () => {
    const id = await inAppraisal();
    expect((await act(approverHN, id, { action: 'approve', ...approvalDecision() })).status).toBe(200);
    const bare = await act(approverHN, id, { action: 'terminate', reason: 'Đơn vị rút' });
    expect(bare.status).toBe(400);
    const done = await act(approverHN, id, {
      action: 'terminate',
      reason: 'Đơn vị rút',
      decisionNo: '40/QĐ-SCT',
      decisionDate: '2026-11-20',
    });
    expect(done.status).toBe(200);
    expect(done.body.termination).toMatchObject({ decisionNo: '40/QĐ-SCT', decisionDate: '2026-11-20' });
  });
});
