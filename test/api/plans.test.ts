/**
 * Issue 14 over HTTP: annual plans (a local plan made by the Department and approved by the province's approver, the
 * national plan by the Cục and the Minister), amendments kept as history, the allocation check when a project is
 * approved (409 naming the line and what remains; the plan's approver may go past it with a reason, kept in the
 * audit log), the dashboard's plan figures, and a project's page showing its plan.
 */
import { ApiClient, ApiHarness, startApiHarness } from '../support/api-harness';
import { approvalDecision, newProjectRequest, todayInVietnam, certifiedProgress } from '../support/request-bodies';

let api: ApiHarness;
let admin: ApiClient;
let officerHN: ApiClient;
let approverHN: ApiClient;
let supervisorHN: ApiClient;
let unitHN: ApiClient;
let officerBN: ApiClient;
let cucOfficer: ApiClient;
let minister: ApiClient;

/** A year no other suite of the run plans in (2080–2099), found by the first local plan of Hà Nội that goes in. */
let year: number;
let plan: any;
const line: Record<string, any> = {};
const projects: Record<string, string> = {};

const hnPlan = (y: number) => ({
  level: 'LOCAL',
  year: y,
  provinceCode: 'HN',
  lines: [
    { category: 'MACHINERY', fundingSource: 'PROVINCIAL', assignedVnd: 255_000_000 },
    { category: 'TRAINING', fundingSource: 'PROVINCIAL', assignedVnd: 300_000_000 },
  ],
});

beforeAll(async () => {
  api = await startApiHarness();
  [admin, officerHN, approverHN, supervisorHN, unitHN, officerBN, cucOfficer, minister] = await Promise.all(
    [
      'admin@demo.local',
      'officer.hn@demo.local',
      'approver.hn@demo.local',
      'supervisor.hn@demo.local',
      'unit.hn@demo.local',
      'officer.bn@demo.local',
      'officer.cuc@demo.local',
      'minister@demo.local',
    ].map((email) => ApiClient.login(api.baseUrl, email)),
  );
});

afterAll(async () => {
  await api?.stop();
});

/** Creates a Hà Nội machinery project of the plan year and takes it to base appraisal (ready to approve). */
async function projectToApprove(title: string, extra: Record<string, unknown> = {}): Promise<string> {
  const created = await officerHN.post(
    '/projects',
    newProjectRequest(title, { plannedStart: `${year}-03-01`, plannedEnd: `${year}-11-30`, ...extra }),
  );
  expect(created.status).toBe(201);
  for (const action of ['submit', 'open_appraisal']) {
    expect((await officerHN.post(`/projects/${created.body.id}/actions`, { action })).status).toBe(200);
  }
  return created.body.id;
}

describe('plans', () => {
  it('a local plan is made and submitted by the Department and approved by the province’s approver; others get 403 naming who may', async () => {
    const refused = await supervisorHN.post('/plans', hnPlan(2080));
    expect(refused.status).toBe(403);
    expect(refused.body.message).toContain('chuyên viên Sở Công Thương thành phố Hà Nội');
    expect((await officerBN.post('/plans', hnPlan(2080))).status).toBe(403);
    expect((await unitHN.get('/plans?year=2080')).status).toBe(403);

    for (year = 2080; year < 2100; year += 1) {
      const res = await officerHN.post('/plans', hnPlan(year));
      if (res.status === 201) {
        plan = res.body;
        break;
      }
      expect(res.status).toBe(409);
    }
    expect(plan).toMatchObject({ level: 'LOCAL', year, provinceCode: 'HN', status: 'DRAFT', assignedVnd: 555_000_000 });
    expect(plan.title).toBe(`Kế hoạch khuyến công địa phương năm ${year} của thành phố Hà Nội`);
    expect(plan.allowedActions).toEqual(['submit']);
    for (const l of plan.lines) line[l.category] = l;
    expect(line.MACHINERY.label.vi).toBe('Máy móc thiết bị — Ngân sách địa phương');
    expect((await officerHN.post('/plans', hnPlan(year))).status).toBe(409);

    const bad = await officerHN.post('/plans', {
      ...hnPlan(year + 1),
      lines: [{ category: 'X', fundingSource: 'CENTRAL', assignedVnd: 1.5 }],
    });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.fields)).toEqual(expect.arrayContaining(['lines.0.category', 'lines.0.assignedVnd']));

    const early = await approverHN.post(`/plans/${plan.id}/actions`, {
      action: 'approve',
      decisionNo: '1/QĐ-SCT',
      decisionDate: '2026-01-15',
    });
    expect(early.status).toBe(409);
    expect((await officerHN.post(`/plans/${plan.id}/actions`, { action: 'submit' })).body.status).toBe('SUBMITTED');
    const byOfficer = await officerHN.post(`/plans/${plan.id}/actions`, {
      action: 'approve',
      decisionNo: '1/QĐ-SCT',
      decisionDate: '2026-01-15',
    });
    expect(byOfficer.status).toBe(403);
    expect(byOfficer.body.message).toContain('lãnh đạo Sở Công Thương thành phố Hà Nội');
    const noDecision = await approverHN.post(`/plans/${plan.id}/actions`, { action: 'approve' });
    expect(noDecision.status).toBe(400);
    expect(Object.keys(noDecision.body.fields)).toEqual(expect.arrayContaining(['decisionNo', 'decisionDate']));
    const approved = await approverHN.post(`/plans/${plan.id}/actions`, {
      action: 'approve',
      decisionNo: '15/QĐ-SCT',
      decisionDate: '2026-01-15',
    });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ status: 'APPROVED', decisionNo: '15/QĐ-SCT', decisionDate: '2026-01-15' });

    // Bắc Ninh does not see Hà Nội's plan; Hà Nội's supervisor reads it.
    expect((await officerBN.get(`/plans?year=${year}&provinceCode=HN`)).body.items).toEqual([]);
    expect((await officerBN.get(`/plans/${plan.id}`)).status).toBe(404);
    const listed = await supervisorHN.get(`/plans?year=${year}`);
    expect(listed.body.items.map((p: any) => p.id)).toContain(plan.id);
    expect((await supervisorHN.get('/plans')).status).toBe(400);
  });

  it('the national plan is made by the Cục and approved by the Minister, not by a province', async () => {
    expect((await officerHN.post('/plans', { level: 'NATIONAL', year, lines: hnPlan(year).lines })).status).toBe(403);
    const created = await cucOfficer.post('/plans', {
      level: 'NATIONAL',
      year,
      lines: [{ category: 'DEMONSTRATION_MODEL', fundingSource: 'CENTRAL', assignedVnd: 2_000_000_000 }],
    });
    expect(created.status).toBe(201);
    expect(created.body.approver.vi).toContain('Bộ trưởng');
    expect((await cucOfficer.post(`/plans/${created.body.id}/actions`, { action: 'submit' })).status).toBe(200);
    const decision = { action: 'approve', decisionNo: '2/QĐ-BCT', decisionDate: '2026-01-10' };
    const byProvince = await approverHN.post(`/plans/${created.body.id}/actions`, decision);
    expect(byProvince.status).toBe(403);
    expect(byProvince.body.message).toContain('Bộ trưởng Bộ Công Thương');
    expect((await minister.post(`/plans/${created.body.id}/actions`, decision)).body.status).toBe('APPROVED');
  });

  it('a province whose regulation names the UBND tỉnh has its local plan approved by the UBND, not the Department', async () => {
    const ubndHN = await ApiClient.login(api.baseUrl, 'ubnd.hn@demo.local');
    expect((await admin.put('/admin/province-rules/HN', { localApprover: 'UBND' })).status).toBe(200);
    try {
      let draft: any;
      for (let y = year + 1; y < 2100 && !draft; y += 1) {
        const res = await officerHN.post('/plans', hnPlan(y));
        if (res.status === 201) draft = res.body;
        else expect(res.status).toBe(409);
      }
      expect(draft.approver.vi).toBe('lãnh đạo UBND thành phố Hà Nội');
      await officerHN.post(`/plans/${draft.id}/actions`, { action: 'submit' });
      const decision = { action: 'approve', decisionNo: '20/QĐ-UBND', decisionDate: '2026-01-20' };
      const byDepartment = await approverHN.post(`/plans/${draft.id}/actions`, decision);
      expect(byDepartment.status).toBe(403);
      expect(byDepartment.body.message).toContain('lãnh đạo UBND thành phố Hà Nội');
      expect((await ubndHN.post(`/plans/${draft.id}/actions`, decision)).body.status).toBe('APPROVED');
    } finally {
      await admin.put('/admin/province-rules/HN', { localApprover: 'DEPARTMENT' });
    }
  });

  it('amends a line by decision (an addition, a cut) and keeps each amendment as history', async () => {
    const amend = (delta: number, no: string) => ({
      action: 'amend',
      lineId: line.MACHINERY.id,
      deltaVnd: delta,
      decisionNo: no,
      decisionDate: '2026-06-30',
      reason: 'Điều chỉnh dự toán giữa năm / mid-year adjustment',
    });
    expect((await officerHN.post(`/plans/${plan.id}/actions`, amend(100_000_000, '30/QĐ-SCT'))).status).toBe(403);
    const missing = await approverHN.post(`/plans/${plan.id}/actions`, { action: 'amend', lineId: line.MACHINERY.id });
    expect(missing.status).toBe(400);
    expect(Object.keys(missing.body.fields)).toEqual(expect.arrayContaining(['deltaVnd', 'decisionNo', 'reason']));
    const added = await approverHN.post(`/plans/${plan.id}/actions`, amend(100_000_000, '30/QĐ-SCT'));
    expect(added.status).toBe(200);
    const cut = await approverHN.post(`/plans/${plan.id}/actions`, amend(-100_000_000, '31/QĐ-SCT'));
    expect(cut.status).toBe(200);
    const machinery = cut.body.lines.find((l: any) => l.id === line.MACHINERY.id);
    expect(machinery).toMatchObject({ assignedVnd: 255_000_000, initialVnd: 255_000_000 });
    expect(cut.body.amendments.map((a: any) => [a.deltaVnd, a.decisionNo])).toEqual([
      [100_000_000, '30/QĐ-SCT'],
      [-100_000_000, '31/QĐ-SCT'],
    ]);
    expect(cut.body.amendments[0].lineLabel.vi).toBe('Máy móc thiết bị — Ngân sách địa phương');
    expect(cut.body.amendments[0].createdByName).toBe('Trần Quốc Hùng (lãnh đạo Sở Công Thương Hà Nội)');

    // An estimate past what the system can record is a 400 on deltaVnd, never a 500; nothing is recorded.
    const huge = await approverHN.post(`/plans/${plan.id}/actions`, amend(Number.MAX_SAFE_INTEGER, '33/QĐ-SCT'));
    expect(huge.status).toBe(400);
    expect(Object.keys(huge.body.fields)).toEqual(['deltaVnd']);
    // The wrong status is refused in words: the plan is approved, it cannot be approved again.
    const again = await approverHN.post(`/plans/${plan.id}/actions`, {
      action: 'approve',
      decisionNo: '1/QĐ-SCT',
      decisionDate: '2026-01-05',
    });
    expect(again.status).toBe(409);
    expect(again.body.message).toMatch(/^Không thể phê duyệt kế hoạch đang ở trạng thái «Đã phê duyệt»/);
  });

  it('applies an amendment sent twice with one Idempotency-Key once, and answers the retry as the first', async () => {
    const key = { 'Idempotency-Key': `plan-amend-${plan.id}` };
    const body = {
      action: 'amend',
      lineId: line.TRAINING.id,
      deltaVnd: 10_000_000,
      decisionNo: '34/QĐ-SCT',
      decisionDate: '2026-07-15',
      reason: 'Bổ sung / addition',
    };
    const first = await approverHN.post(`/plans/${plan.id}/actions`, body, key);
    const retry = await approverHN.post(`/plans/${plan.id}/actions`, body, key);
    expect([first.status, retry.status]).toEqual([200, 200]);
    expect(retry.body.amendments).toEqual(first.body.amendments);
    const now = (await approverHN.get(`/plans/${plan.id}`)).body;
    expect(now.amendments.filter((a: any) => a.decisionNo === '34/QĐ-SCT')).toHaveLength(1);
    expect(now.lines.find((l: any) => l.id === line.TRAINING.id).assignedVnd).toBe(310_000_000);
    // Undo it, so the figures the later tests read are as before.
    const undo = await approverHN.post(`/plans/${plan.id}/actions`, { ...body, deltaVnd: -10_000_000 });
    expect(undo.status).toBe(200);
  });

  it('refuses an approval past the line’s estimate with 409 naming the line and the remaining amount', async () => {
    projects.first = await projectToApprove('Đề án thứ nhất trên dòng máy móc', { planLineId: line.MACHINERY.id });
    const first = await approverHN.post(`/projects/${projects.first}/actions`, {
      action: 'approve',
      ...approvalDecision(135_000_000),
    });
    expect(first.status).toBe(200);
    expect(first.body.plan).toMatchObject({
      id: plan.id,
      year,
      line: { id: line.MACHINERY.id, remainingVnd: 120_000_000 },
    });

    // No line named: the project falls on its plan's machinery line (provincial budget) by default.
    projects.second = await projectToApprove('Đề án thứ hai vượt dự toán');
    const refused = await approverHN.post(`/projects/${projects.second}/actions`, {
      action: 'approve',
      ...approvalDecision(135_000_000),
    });
    expect(refused.status).toBe(409);
    expect(refused.body.error).toBe('OVER_ALLOCATION');
    expect(refused.body.message).toMatch(
      new RegExp(
        `^Vượt dự toán được giao của dòng kế hoạch «Máy móc thiết bị — Ngân sách địa phương» năm ${year}: còn lại 120\\.000\\.000 đồng, đề nghị 135\\.000\\.000 đồng`,
      ),
    );
    expect(refused.body.message).toContain(' / exceeds the assigned estimate');
    expect((await officerHN.get(`/projects/${projects.second}`)).body.state).toBe('BASE_APPRAISAL');

    // A cut may not take the line below what is approved on it.
    const cut = await approverHN.post(`/plans/${plan.id}/actions`, {
      action: 'amend',
      lineId: line.MACHINERY.id,
      deltaVnd: -150_000_000,
      decisionNo: '32/QĐ-SCT',
      decisionDate: '2026-07-01',
      reason: 'Cắt giảm / cut',
    });
    expect(cut.status).toBe(409);
    expect(cut.body.message).toMatch(/^Không thể cắt giảm dòng «Máy móc thiết bị — Ngân sách địa phương»/);
  });

  it('lets the plan’s approver approve past the estimate with a reason, kept in the audit log', async () => {
    const reason =
      'Đề án trọng điểm của thành phố, bổ sung dự toán trong quý III / a key project, estimate to be topped up in Q3';
    const approved = await approverHN.post(`/projects/${projects.second}/actions`, {
      action: 'approve',
      ...approvalDecision(135_000_000),
      overAllocationReason: reason,
    });
    expect(approved.status).toBe(200);
    expect(approved.body.state).toBe('APPROVED');
    expect(approved.body.plan.line).toMatchObject({ approvedVnd: 270_000_000, remainingVnd: -15_000_000 });
    const audit = await admin.get('/audit?action=approve&limit=100');
    const row = audit.body.items.find((r: any) => r.targetId === projects.second && r.statusCode === 200);
    expect(row.details).toMatchObject({ action: 'approve', overAllocationReason: reason });
  });

  it('holds a line race-free: of three approvals sent at once on a line with room for two, one is refused', async () => {
    const ids = await Promise.all(
      ['một', 'hai', 'ba'].map((n) => projectToApprove(`Đề án đào tạo song song ${n}`, { category: 'TRAINING' })),
    );
    const answers = await Promise.all(
      ids.map((id) =>
        approverHN.post(`/projects/${id}/actions`, { action: 'approve', ...approvalDecision(135_000_000) }),
      ),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 409]);
    const training = (await approverHN.get(`/plans/${plan.id}`)).body.lines.find((l: any) => l.category === 'TRAINING');
    expect(training).toMatchObject({ assignedVnd: 300_000_000, approvedVnd: 270_000_000, remainingVnd: 30_000_000 });
  });

  it('shows a project’s plan and line on its page; a project without a plan shows none', async () => {
    const page = await officerHN.get(`/projects/${projects.first}`);
    expect(page.body.plan).toMatchObject({
      id: plan.id,
      year,
      level: 'LOCAL',
      provinceCode: 'HN',
      line: { id: line.MACHINERY.id, category: 'MACHINERY', fundingSource: 'PROVINCIAL' },
    });
    const stray = await officerHN.post(
      '/projects',
      newProjectRequest('Đề án năm chưa có kế hoạch', {
        plannedStart: '2079-03-01',
        plannedEnd: '2079-11-30',
        category: 'ADVISORY',
      }),
    );
    expect(stray.body.plan).toBeNull();
    const wrongLine = await officerHN.post(
      '/projects',
      newProjectRequest('Đề án chọn sai dòng', { category: 'ADVISORY', planLineId: line.MACHINERY.id }),
    );
    expect(wrongLine.status).toBe(400);
    expect(wrongLine.body.fields.planLineId).toContain('MACHINERY');
  });

  it('answers the dashboard’s plan figures for a year: assigned, disbursed, percent of plan, per province and content area', async () => {
    await officerHN.post(`/projects/${projects.first}/actions`, {
      action: 'sign_contract',
      contractNo: `01/${year}/HĐ-KCĐP`,
      contractDate: todayInVietnam(),
    });
    await officerHN.post(`/projects/${projects.first}/actions`, certifiedProgress());
    const paid = await officerHN.post(`/projects/${projects.first}/actions`, {
      action: 'record_disbursement',
      kind: 'ADVANCE',
      amountVnd: 50_000_000,
    });
    expect(paid.status).toBe(200);
    const board = await approverHN.get(`/dashboard?year=${year}&provinceCode=HN`);
    expect(board.status).toBe(200);
    expect(board.body).toMatchObject({
      year,
      assignedVnd: 555_000_000,
      approvedVnd: 540_000_000, // 270 M on machinery (one past the estimate), 270 M on training
      contractedVnd: 135_000_000,
      advancedVnd: 50_000_000,
      disbursedVnd: 50_000_000,
      percentOfPlan: 9, // 50 / 555 = 9.009…%
    });
    expect(board.body.byProvince).toEqual([
      expect.objectContaining({ provinceCode: 'HN', assignedVnd: 555_000_000, percentOfPlan: 9 }),
    ]);
    expect(board.body.byCategory.find((c: any) => c.category === 'MACHINERY')).toMatchObject({
      assignedVnd: 255_000_000,
      disbursedVnd: 50_000_000,
      percentOfPlan: 19.6,
    });
    // Three approvals of 135 M with nothing paid, then the first project (85 M left after its 50 M advance).
    const top = board.body.mostUndisbursed;
    expect(top.map((p: any) => p.undisbursedVnd)).toEqual([135_000_000, 135_000_000, 135_000_000, 85_000_000]);
    expect(top[3].id).toBe(projects.first);
    expect(top.map((p: any) => p.id)).toContain(projects.second);
    // The fields the web app already reads are still there.
    expect(board.body.reach).toHaveProperty('plannedSupportVnd');
    expect(Array.isArray(board.body.provinces)).toBe(true);

    const region = await cucOfficer.get(`/dashboard?year=${year}&region=NORTH`);
    expect(region.body.region).toMatchObject({ key: 'NORTH_TT26' });
    expect(region.body.region.provinceCodes).toHaveLength(18);
    expect(region.body.assignedVnd).toBeGreaterThanOrEqual(555_000_000);
    // A national user without a region: the national plan counts too.
    const all = await cucOfficer.get(`/dashboard?year=${year}`);
    expect(all.body.assignedVnd).toBe(region.body.assignedVnd + 2_000_000_000);
    // Bắc Ninh's reach leaves Hà Nội out.
    expect((await officerBN.get(`/dashboard?year=${year}&provinceCode=HN`)).body.assignedVnd).toBe(0);
    const bad = await approverHN.get(`/dashboard?year=${year}&region=EAST`);
    expect(bad.status).toBe(400);
    expect(bad.body.fields).toHaveProperty('region');
  });
});
