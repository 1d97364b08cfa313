/**
 * The money rules as versioned tables over HTTP (issue 15), on the real API, worker, Temporal and PostgreSQL: a
 * project is held to the cap of the instrument in force when it is created (or to its province's own cap), the
 * priority factor, and the first-advance rule of its content area, which for machinery needs a progress report the
 * Department certified above 70%. Refusals name the rule, its instrument and the figures.
 */
import { ApiClient, ApiHarness, startApiHarness } from '../support/api-harness';
import { approvalDecision, newProjectRequest, todayInVietnam } from '../support/request-bodies';

let api: ApiHarness;
let admin: ApiClient;
let officer: ApiClient;
let approver: ApiClient;
let unit: ApiClient;
const year = Number(todayInVietnam().slice(0, 4));

beforeAll(async () => {
  api = await startApiHarness();
  [admin, officer, approver, unit] = await Promise.all(
    ['admin', 'officer.hn', 'approver.hn', 'unit.hn'].map((u) => ApiClient.login(api.baseUrl, `${u}@demo.local`)),
  );
}, 120000);

afterAll(async () => {
  await admin?.delete(`/admin/support-caps/BN/${year}/MACHINERY`);
  await api?.stop();
});

async function act(client: ApiClient, id: string, body: Record<string, unknown>) {
  return client.post(`/projects/${id}/actions`, body);
}

async function contracted(title: string, overrides: Record<string, unknown> = {}): Promise<string> {
  const created = await officer.post('/projects', newProjectRequest(title, overrides));
  expect(created.status).toBe(201);
  const id = created.body.id as string;
  for (const [client, body] of [
    [officer, { action: 'submit' }],
    [officer, { action: 'open_appraisal' }],
    [approver, { action: 'approve', ...approvalDecision() }],
    [officer, { action: 'sign_contract', contractNo: 'HĐ-ĐM-01', contractDate: todayInVietnam() }],
  ] as const) {
    const res = await act(client, id, body);
    expect({ action: body.action, status: res.status, body: res.status === 200 ? null : res.body }).toMatchObject({
      status: 200,
    });
  }
  return id;
}

describe("the implementing unit's management overhead", () => {
  it('takes 2.5% of the total cost to the đồng and refuses one đồng more with 400 under unitOverheadVnd', async () => {
    const over = await officer.post(
      '/projects',
      newProjectRequest('Chi phí quản lý vượt 2,5%', { totalCostVnd: 450_000_000, unitOverheadVnd: 11_250_001 }),
    );
    expect(over.status).toBe(400);
    expect(over.body.fields.unitOverheadVnd).toContain(
      'vượt 2,5% tổng kinh phí đề án 450.000.000 đ (tối đa 11.250.000 đ)',
    );
    const within = await officer.post(
      '/projects',
      newProjectRequest('Chi phí quản lý đúng 2,5%', { totalCostVnd: 450_000_000, unitOverheadVnd: 11_250_000 }),
    );
    expect(within.status).toBe(201);
    expect((await officer.get(`/projects/${within.body.id}`)).body.unitOverheadVnd).toBe(11_250_000);
  });
});

describe('the cap on the support asked for', () => {
  it('refuses a demonstration model above 30% of its cost with 400 under requestedSupportVnd, naming TT 28/2018', async () => {
    const res = await officer.post(
      '/projects',
      newProjectRequest('Mô hình trình diễn vượt định mức', {
        category: 'DEMONSTRATION_MODEL',
        totalCostVnd: 1_000_000_000,
        requestedSupportVnd: 300_000_001,
      }),
    );
    expect(res.status).toBe(400);
    expect(res.body.fields.requestedSupportVnd).toContain('300.000.001 đ vượt mức hỗ trợ tối đa 300.000.000 đ');
    expect(res.body.fields.requestedSupportVnd).toContain('Thông tư số 28/2018/TT-BTC, Điều 8 khoản 2');
    expect(res.body.fields.requestedSupportVnd).toContain('300,000,001 VND is above the cap of 300,000,000 VND');
  });

  it('allows the maximum at 1.5 times in a priority area, and tells the form the limit before anything is sent', async () => {
    const body = newProjectRequest('Mô hình chế biến chè vùng cao', {
      category: 'DEMONSTRATION_MODEL',
      totalCostVnd: 5_000_000_000,
      requestedSupportVnd: 1_500_000_000,
    });
    expect((await officer.post('/projects', body)).status).toBe(400);
    const resolved = await unit.get(
      '/support-caps/resolve?scope=LOCAL&provinceCode=HN&category=DEMONSTRATION_MODEL&priorityArea=true&totalCostVnd=5000000000',
    );
    expect(resolved.status).toBe(200);
    expect(resolved.body).toMatchObject({ capped: true, source: 'NATIONAL', limitVnd: 1_500_000_000 });
    expect(resolved.body.rule.vi).toContain('địa bàn ưu tiên: 1,5 lần');
    const created = await officer.post('/projects', { ...body, priorityArea: true });
    expect(created.status).toBe(201);
    expect(created.body.moneyRules).toMatchObject({
      priorityArea: true,
      supportCap: { source: 'NATIONAL', limitVnd: 1_500_000_000, verified: true },
      advance: { percent: 70, conditionMet: false },
      certifiedProgress: null,
    });
  });

  it('shows the unverified machinery figure as a reference without refusing on it', async () => {
    const created = await officer.post(
      '/projects',
      newProjectRequest('Dây chuyền xeo giấy làng nghề', {
        totalCostVnd: 2_350_000_000,
        requestedSupportVnd: 705_000_000,
      }),
    );
    expect(created.status).toBe(201);
    expect(created.body.moneyRules.supportCap).toMatchObject({ verified: false, limitVnd: 300_000_000 });
    expect(created.body.moneyRules.supportCap.rule.vi).toContain('mức tham khảo, chưa được xác minh');
  });

  it('holds a local project to its province’s own cap for the year once the administrator sets it', async () => {
    const capPath = `/admin/support-caps/BN/${year}/MACHINERY`;
    expect((await officer.put(capPath, { maxVnd: 100_000_000, basis: 'Quyết định số 15/2026/QĐ-UBND' })).status).toBe(
      403,
    );
    const bad = await admin.put(capPath, { percentOfCost: 101, basis: 'QĐ' });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.fields).sort()).toEqual(['basis', 'percentOfCost']);
    const neither = await admin.put(capPath, { basis: 'Quyết định số 15/2026/QĐ-UBND' });
    expect(neither.status).toBe(400);
    expect(
      (await admin.put(`/admin/support-caps/XX/${year}/MACHINERY`, { maxVnd: 1, basis: 'Quyết định số 1' })).status,
    ).toBe(400);
    const saved = await admin.put(capPath, { maxVnd: 100_000_000, basis: 'Quyết định số 15/2026/QĐ-UBND' });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({
      provinceCode: 'BN',
      year,
      maxVnd: 100_000_000,
      percentOfCost: null,
      updatedBy: 'admin@demo.local',
    });

    const bnOfficer = await ApiClient.login(api.baseUrl, 'officer.bn@demo.local');
    const over = await bnOfficer.post(
      '/projects',
      newProjectRequest('Máy ép viên nén Bắc Ninh', {
        provinceCode: 'BN',
        implementingUnit: { name: 'Trung tâm Khuyến công Bắc Ninh', email: 'unit.bn@demo.local' },
        requestedSupportVnd: 100_000_001,
      }),
    );
    expect(over.status).toBe(400);
    expect(over.body.fields.requestedSupportVnd).toContain('Quyết định số 15/2026/QĐ-UBND');
    const page = await officer.get(`/support-caps?provinceCode=BN&year=${year}`);
    expect(page.status).toBe(200);
    expect(page.body.mayEdit).toBe(false);
    expect(page.body.local).toEqual([
      expect.objectContaining({ provinceCode: 'BN', category: 'MACHINERY', basis: 'Quyết định số 15/2026/QĐ-UBND' }),
    ]);
    expect(page.body.instruments.map((i: { code: string; inForce: boolean }) => [i.code, i.inForce])).toEqual([
      ['TTLT-26-2014', false],
      ['TT-28-2018', true],
    ]);
    expect((await admin.delete(capPath)).status).toBe(204);
    expect((await admin.delete(capPath)).status).toBe(404);
  });
});

describe('the first advance of a machinery project', () => {
  it('waits for a progress report the Department certified above 70%, then pays up to 70% of the approved support', async () => {
    const id = await contracted('Máy sấy nông sản chờ xác nhận tiến độ');
    const early = await act(officer, id, { action: 'record_disbursement', kind: 'ADVANCE', amountVnd: 10_000_000 });
    expect(early.status).toBe(409);
    expect(early.body.message).toContain(
      'Chưa được tạm ứng: chỉ tạm ứng 70% khi báo cáo tiến độ được Sở Công Thương xác nhận',
    );
    expect(early.body.message).toContain('Thông tư số 36/2013/TT-BCT, Điều 12');

    expect(
      (await act(unit, id, { action: 'certify_progress', progressPercent: 80, reportDate: todayInVietnam() })).status,
    ).toBe(403);
    expect(
      (await act(officer, id, { action: 'certify_progress', progressPercent: 101, reportDate: todayInVietnam() }))
        .status,
    ).toBe(400);
    const at70 = await act(officer, id, {
      action: 'certify_progress',
      progressPercent: 70,
      reportDate: todayInVietnam(),
    });
    expect(at70.status).toBe(200);
    expect(at70.body.moneyRules.certifiedProgress).toEqual({ percentDone: 70, reportDate: todayInVietnam() });
    const still = await act(officer, id, { action: 'record_disbursement', kind: 'ADVANCE', amountVnd: 10_000_000 });
    expect(still.status).toBe(409);
    expect(still.body.message).toContain('báo cáo được xác nhận gần nhất ghi 70%');

    const certified = await act(approver, id, {
      action: 'certify_progress',
      progressPercent: 75,
      reportDate: todayInVietnam(),
    });
    expect(certified.status).toBe(200);
    expect(certified.body.moneyRules.advance.conditionMet).toBe(true);
    expect(certified.body.history.at(-1)).toMatchObject({ action: 'certify_progress', details: { percentDone: 75 } });
    const over = await act(officer, id, { action: 'record_disbursement', kind: 'ADVANCE', amountVnd: 94_500_001 });
    expect(over.status).toBe(409);
    expect(over.body.message).toContain('vượt 70% kinh phí được duyệt (94.500.000 đ)');
    const paid = await act(officer, id, { action: 'record_disbursement', kind: 'ADVANCE', amountVnd: 94_500_000 });
    expect(paid.status).toBe(200);
    expect(paid.body.disbursedVnd.advances).toBe(94_500_000);
    expect(paid.body.disbursementRoom).toMatchObject({ advanceCapPercent: 70, advanceRoomVnd: 0 });
  });

  it('pays a training project’s advance on the contract alone', async () => {
    const id = await contracted('Lớp truyền nghề mây tre đan', { category: 'TRAINING' });
    const paid = await act(officer, id, { action: 'record_disbursement', kind: 'ADVANCE', amountVnd: 94_500_000 });
    expect(paid.status).toBe(200);
    expect(paid.body.moneyRules).toMatchObject({ supportCap: null, advance: { percent: 70, conditionMet: true } });
  });
});

describe('programme management in a plan', () => {
  const planOf = (year: number, managementVnd: number) => ({
    level: 'LOCAL',
    year,
    provinceCode: 'HN',
    lines: [
      { category: 'TRAINING', fundingSource: 'PROVINCIAL', assignedVnd: 10_000_000_000 - managementVnd },
      { category: 'PROGRAMME_MANAGEMENT', fundingSource: 'PROVINCIAL', assignedVnd: managementVnd },
    ],
  });

  it('holds at most 1.5% of the plan at creation and through amendments, naming TTLT 26/2014', async () => {
    const over = await officer.post('/plans', planOf(2061, 150_000_001));
    expect(over.status).toBe(400);
    expect(over.body.fields.lines).toContain('vượt 1,5% tổng dự toán 10.000.000.000 đ (tối đa 150.000.000 đ)');
    expect(over.body.fields.lines).toContain('26/2014/TTLT-BTC-BCT');

    let plan: { id: string; lines: Array<{ id: string; category: string }> } | null = null;
    for (let year = 2061; year < 2080 && !plan; year += 1) {
      const res = await officer.post('/plans', planOf(year, 150_000_000));
      if (res.status === 201) plan = res.body;
      else expect(res.status).toBe(409);
    }
    expect(plan).not.toBeNull();
    const id = plan!.id;
    const management = plan!.lines.find((l) => l.category === 'PROGRAMME_MANAGEMENT')!.id;
    const training = plan!.lines.find((l) => l.category === 'TRAINING')!.id;
    expect((await officer.post(`/plans/${id}/actions`, { action: 'submit' })).status).toBe(200);
    const approved = await approver.post(`/plans/${id}/actions`, {
      action: 'approve',
      decisionNo: '7/QĐ-UBND',
      decisionDate: todayInVietnam(),
    });
    expect(approved.status).toBe(200);
    const amend = (lineId: string, deltaVnd: number) =>
      approver.post(`/plans/${id}/actions`, {
        action: 'amend',
        lineId,
        deltaVnd,
        decisionNo: '8/QĐ-UBND',
        decisionDate: todayInVietnam(),
        reason: 'Điều chỉnh dự toán',
      });
    const raised = await amend(management, 1);
    expect(raised.status).toBe(409);
    expect(raised.body.message).toContain('Dòng quản lý chương trình 150.000.001 đ vượt 1,5%');
    const cutElsewhere = await amend(training, -1_000_000);
    expect(cutElsewhere.status).toBe(409);
    expect((await amend(management, -1)).status).toBe(200);
  });
});

describe('a draft’s money-rule facts', () => {
  it('change by an edit: the priority area moves the cap, the overhead is held to 2.5%, the rest is fixed', async () => {
    const created = await officer.post(
      '/projects',
      newProjectRequest('Mô hình trình diễn sấy chè vùng cao', {
        category: 'DEMONSTRATION_MODEL',
        totalCostVnd: 5_000_000_000,
        requestedSupportVnd: 1_000_000_000,
      }),
    );
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    const above = await officer.patch(`/projects/${id}`, { requestedSupportVnd: 1_200_000_000 });
    expect(above.status).toBe(400);
    const priority = await officer.patch(`/projects/${id}`, { priorityArea: true, requestedSupportVnd: 1_200_000_000 });
    expect(priority.status).toBe(200);
    expect(priority.body.moneyRules).toMatchObject({ priorityArea: true, supportCap: { limitVnd: 1_500_000_000 } });
    const overhead = await officer.patch(`/projects/${id}`, { unitOverheadVnd: 125_000_001 });
    expect(overhead.status).toBe(400);
    expect(overhead.body.fields.unitOverheadVnd).toContain('tối đa 125.000.000 đ');
    const within = await officer.patch(`/projects/${id}`, { unitOverheadVnd: 125_000_000 });
    expect(within.status).toBe(200);
    expect(within.body.unitOverheadVnd).toBe(125_000_000);
    const edits = within.body.history.filter((h: { action: string }) => h.action === 'edit_draft');
    expect(edits.map((h: { details: Record<string, unknown> }) => h.details)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ 'priorityArea.before': 'false', 'priorityArea.after': 'true' }),
        expect.objectContaining({ 'unitOverheadVnd.before': '', 'unitOverheadVnd.after': 125_000_000 }),
      ]),
    );
    const fixed = await officer.patch(`/projects/${id}`, { group: true });
    expect(fixed.status).toBe(400);
    expect(fixed.body.fields.group).toContain('được chọn khi lập đề án');
  });
});
