/**
 * Later versions of the national caps over HTTP (issue 15), on the real API, worker, Temporal and PostgreSQL: the
 * administrator adds a circular with its effective day; a project is held to the version in force on the day it is
 * created and keeps it after a newer version arrives; a version in force is locked; each refusal names what to do.
 */
import { ApiClient, ApiHarness, startApiHarness } from '../support/api-harness';
import { approvalDecision, newProjectRequest, todayInVietnam } from '../support/request-bodies';

let api: ApiHarness;
let admin: ApiClient;
let officer: ApiClient;
let approver: ApiClient;
const today = todayInVietnam();
/** Far in the future, so the version changes nothing another suite creates. */
const FUTURE = { code: 'TT-15-2091', effectiveFrom: '2091-07-01' };
/** In force from today: only for the few seconds this suite needs it, then removed by SQL. */
const TODAY_CODE = 'TT-01-TEST-TODAY';

const version = (effectiveFrom: string, maxVnd = 200_000_000) => ({
  nameVi: 'Thông tư số 15/2091/TT-BTC',
  nameEn: 'Circular 15/2091/TT-BTC',
  effectiveFrom,
  caps: [{ category: 'DEMONSTRATION_MODEL', percentOfCost: 20, maxVnd, per: 'MODEL', article: 'Điều 7' }],
});

async function removeBySql(code: string) {
  await api.worker.dataSource.query('DELETE FROM national_cap_versions WHERE code = $1', [code]);
}

beforeAll(async () => {
  api = await startApiHarness();
  [admin, officer, approver] = await Promise.all(
    ['admin', 'officer.hn', 'approver.hn'].map((u) => ApiClient.login(api.baseUrl, `${u}@demo.local`)),
  );
  await removeBySql(FUTURE.code);
  await removeBySql(TODAY_CODE);
}, 120000);

afterAll(async () => {
  if (api) {
    await removeBySql(FUTURE.code);
    await removeBySql(TODAY_CODE);
    await api.stop();
  }
});

const model = (title: string) =>
  newProjectRequest(title, {
    category: 'DEMONSTRATION_MODEL',
    totalCostVnd: 2_000_000_000,
    requestedSupportVnd: 600_000_000,
    plannedStart: today,
  });

describe('a version not yet in force', () => {
  it('is added by the administrator, read by every role, and applies only from its day', async () => {
    const saved = await admin.put(`/admin/support-cap-versions/${FUTURE.code}`, version(FUTURE.effectiveFrom));
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ code: FUTURE.code, source: 'ADMIN', inForce: false, editable: true });
    expect(saved.body.caps[0]).toMatchObject({ category: 'DEMONSTRATION_MODEL', maxVnd: 200_000_000, unit: 'MODEL' });

    const seen = await officer.get('/support-caps');
    const listed = seen.body.instruments.map((i: { code: string }) => i.code);
    expect(listed.slice(0, 2)).toEqual(['TTLT-26-2014', 'TT-28-2018']);
    expect(listed).toContain(FUTURE.code);
    expect(seen.body.instruments.find((i: { code: string }) => i.code === FUTURE.code).editable).toBe(false);
    expect(seen.body.instruments.find((i: { code: string }) => i.code === 'TT-28-2018').inForce).toBe(true);

    const query = 'scope=NATIONAL&provinceCode=PT&category=DEMONSTRATION_MODEL&totalCostVnd=5000000000';
    const then = await officer.get(`/support-caps/resolve?${query}&day=${FUTURE.effectiveFrom}`);
    expect(then.body).toMatchObject({ limitVnd: 200_000_000, day: FUTURE.effectiveFrom });
    expect(then.body.rule.vi).toContain('Thông tư số 15/2091/TT-BTC, Điều 7');
    const dayBefore = await officer.get(`/support-caps/resolve?${query}&day=2091-06-30`);
    expect(dayBefore.body.limitVnd).toBe(1_000_000_000);
    expect((await officer.get(`/support-caps/resolve?${query}`)).body.day).toBe(today);
  });

  it('may be changed and removed before its day, by the administrator only', async () => {
    const changed = await admin.put(
      `/admin/support-cap-versions/${FUTURE.code}`,
      version(FUTURE.effectiveFrom, 250_000_000),
    );
    expect(changed.status).toBe(200);
    expect(changed.body.caps[0].maxVnd).toBe(250_000_000);
    const byOfficer = await officer.put(`/admin/support-cap-versions/${FUTURE.code}`, version(FUTURE.effectiveFrom));
    expect(byOfficer.status).toBe(403);
    const sameDay = await admin.put('/admin/support-cap-versions/TT-16-2091', version(FUTURE.effectiveFrom));
    expect(sameDay.status).toBe(409);
    expect(sameDay.body.message).toContain('mỗi ngày hiệu lực chỉ một văn bản');
    expect((await admin.delete(`/admin/support-cap-versions/${FUTURE.code}`)).status).toBe(204);
    expect((await admin.delete(`/admin/support-cap-versions/${FUTURE.code}`)).status).toBe(404);
  });
});

describe('bad input', () => {
  it('is refused with 400 naming each field, and a built-in instrument with 409', async () => {
    const early = await admin.put('/admin/support-cap-versions/TT-01-2017', version('2017-01-01'));
    expect(early.status).toBe(400);
    expect(early.body.fields.effectiveFrom).toContain('12/05/2018');
    const twice = await admin.put('/admin/support-cap-versions/TT-02-2091', {
      ...version('2091-09-01'),
      caps: [
        { category: 'MACHINERY', percentOfCost: 40, per: 'ESTABLISHMENT' },
        { category: 'MACHINERY', maxVnd: 100_000_000, per: 'ESTABLISHMENT' },
        { category: 'ADVISORY', per: 'ESTABLISHMENT' },
      ],
    });
    expect(twice.status).toBe(400);
    expect(Object.keys(twice.body.fields).sort()).toEqual(['caps[1].category', 'caps[2]']);
    const badAdvances = await admin.put('/admin/support-cap-versions/TT-04-2091', {
      ...version('2091-09-02'),
      advances: [
        { category: 'MACHINERY', percent: 50, condition: 'CERTIFIED_PROGRESS' },
        { category: 'TRAINING', percent: 40, condition: 'CONTRACT', morePercentThan: 50 },
      ],
    });
    expect(badAdvances.status).toBe(400);
    expect(Object.keys(badAdvances.body.fields).sort()).toEqual([
      'advances[0].measure',
      'advances[0].morePercentThan',
      'advances[1].condition',
    ]);
    const badShare = await admin.put('/admin/support-cap-versions/TT-05-2091', {
      ...version('2091-09-03'),
      advances: [{ category: 'TRAINING', percent: 0, condition: 'CONTRACT' }],
      unitOverheadPermille: 2.5,
    });
    expect(badShare.status).toBe(400);
    expect(badShare.body.message).toContain('advances[].percent phải là số nguyên từ 1 đến 100');
    expect(badShare.body.message).toContain('unitOverheadPermille');
    const badDay = await admin.put('/admin/support-cap-versions/TT-03-2091', version('2091-02-30'));
    expect(badDay.status).toBe(400);
    const badCode = await admin.put('/admin/support-cap-versions/tt%2015', version('2091-10-01'));
    expect(badCode.status).toBe(400);
    expect(badCode.body.fields.code).toContain('TT-15-2027');
    const builtIn = await admin.put('/admin/support-cap-versions/TT-28-2018', version('2091-11-01'));
    expect(builtIn.status).toBe(409);
    expect(builtIn.body.message).toContain('văn bản có sẵn');
    const listed = (await admin.get('/support-caps')).body.instruments.map((i: { code: string }) => i.code);
    expect(listed).not.toContain('TT-02-2091');
  });
});

describe('a version in force from today', () => {
  it('holds projects created from today, leaves the ones created before it as they were, and is locked', async () => {
    const before = await officer.post('/projects', model('Mô hình trình diễn lập trước văn bản mới'));
    expect(before.status).toBe(201);
    try {
      const saved = await admin.put(`/admin/support-cap-versions/${TODAY_CODE}`, version(today));
      expect(saved.status).toBe(200);
      expect(saved.body.editable).toBe(false);

      // A project created now is held to 20%, at most 200,000,000 per model: 600,000,000 is refused.
      const after = await officer.post('/projects', model('Mô hình trình diễn lập sau văn bản mới'));
      expect(after.status).toBe(400);
      expect(after.body.fields.requestedSupportVnd).toContain('Thông tư số 15/2091/TT-BTC, Điều 7');
      expect(after.body.fields.requestedSupportVnd).toContain('200.000.000 đ');

      // The one created before keeps TT 28/2018: 30% of 2 billion is approved.
      const id = before.body.id as string;
      const view = await officer.get(`/projects/${id}`);
      expect(view.body.moneyRules.supportCap).toMatchObject({ limitVnd: 600_000_000 });
      expect(view.body.moneyRules.supportCap.rule.vi).toContain('Thông tư số 28/2018/TT-BTC');
      for (const [client, body] of [
        [officer, { action: 'submit' }],
        [officer, { action: 'open_appraisal' }],
        [approver, { action: 'approve', ...approvalDecision(), approvedSupportVnd: 600_000_000 }],
      ] as const) {
        const res = await client.post(`/projects/${id}/actions`, body);
        expect({ action: body.action, status: res.status, body: res.status === 200 ? null : res.body }).toMatchObject({
          status: 200,
        });
      }

      const change = await admin.put(`/admin/support-cap-versions/${TODAY_CODE}`, version(today, 300_000_000));
      expect(change.status).toBe(409);
      expect(change.body.message).toContain('đã có hiệu lực');
      expect(change.body.message).toContain('thêm văn bản mới');
      const remove = await admin.delete(`/admin/support-cap-versions/${TODAY_CODE}`);
      expect(remove.status).toBe(409);
    } finally {
      await removeBySql(TODAY_CODE);
    }
  });
});

describe('advance rules, the priority factor and the overheads of a version in force from today', () => {
  const withRules = {
    ...version(today),
    advances: [{ category: 'TRAINING', percent: 40, condition: 'CONTRACT', article: 'Điều 9' }],
    priorityFactorPercent: 200,
    unitOverheadPermille: 20,
    programmeManagementPermille: 20,
  };
  const training = (title: string, unitOverheadVnd: number) =>
    newProjectRequest(title, { category: 'TRAINING', plannedStart: today, unitOverheadVnd });

  it('holds projects created from today to them, and plans of the years after, to the đồng', async () => {
    const planIds: string[] = [];
    try {
      const saved = await admin.put(`/admin/support-cap-versions/${TODAY_CODE}`, withRules);
      expect(saved.status).toBe(200);
      expect(saved.body.advances[0]).toMatchObject({ category: 'TRAINING', percent: 40, conditionKind: 'CONTRACT' });
      expect(saved.body.unitOverheadPermille).toEqual({ value: 20, text: { vi: '2%', en: '2%' } });
      expect(saved.body.priorityFactorPercent.text.vi).toBe('2 lần');

      // Every role reads the rule in force today, with the instrument that sets it.
      const tables = (await officer.get('/support-caps')).body;
      const rule = tables.advanceRules.find(
        (r: { category: string; item: string | null }) => r.category === 'TRAINING',
      );
      expect(rule).toMatchObject({ percent: 40, citation: { vi: 'Thông tư số 15/2091/TT-BTC, Điều 9' } });
      expect(tables.unitOverhead.vi).toBe('2% (Thông tư số 15/2091/TT-BTC)');
      expect(tables.priorityFactor).toBe('200/100');
      const resolved = await officer.get(
        '/support-caps/resolve?scope=LOCAL&provinceCode=HN&category=TRAINING&totalCostVnd=450000000',
      );
      expect(resolved.body).toMatchObject({ unitOverheadMaxVnd: 9_000_000, advance: { percent: 40 } });

      // The unit's overhead: 2% of 450,000,000 is allowed, one đồng more refused naming the new instrument.
      const over = await officer.post('/projects', training('Lớp truyền nghề vượt chi phí quản lý', 9_000_001));
      expect(over.status).toBe(400);
      expect(over.body.fields.unitOverheadVnd).toContain('vượt 2% tổng kinh phí đề án 450.000.000 đ');
      expect(over.body.fields.unitOverheadVnd).toContain('Thông tư số 15/2091/TT-BTC');
      const created = await officer.post('/projects', training('Lớp truyền nghề theo định mức mới', 9_000_000));
      expect(created.status).toBe(201);

      // Its first advance: 40% of 135,000,000 on the contract, not 70%.
      const id = created.body.id as string;
      for (const [client, body] of [
        [officer, { action: 'submit' }],
        [officer, { action: 'open_appraisal' }],
        [approver, { action: 'approve', ...approvalDecision() }],
        [officer, { action: 'sign_contract', contractNo: 'HĐ-TN-40', contractDate: today }],
      ] as const) {
        const res = await client.post(`/projects/${id}/actions`, body);
        expect({ action: body.action, status: res.status, body: res.status === 200 ? null : res.body }).toMatchObject({
          status: 200,
        });
      }
      const advance = (amountVnd: number) =>
        officer.post(`/projects/${id}/actions`, { action: 'record_disbursement', kind: 'ADVANCE', amountVnd });
      const tooMuch = await advance(54_000_001);
      expect(tooMuch.status).toBe(409);
      expect(tooMuch.body.message).toContain('vượt 40% kinh phí được duyệt (54.000.000 đ)');
      const paid = await advance(54_000_000);
      expect(paid.status).toBe(200);
      expect(paid.body.disbursementRoom).toMatchObject({ advanceCapPercent: 40, advanceRoomVnd: 0 });

      // Programme management: a plan of next year onwards may hold 2% (1.5% before the version).
      const planOf = (year: number, managementVnd: number) => ({
        level: 'LOCAL',
        year,
        provinceCode: 'HN',
        lines: [
          { category: 'TRAINING', fundingSource: 'PROVINCIAL', assignedVnd: 10_000_000_000 - managementVnd },
          { category: 'PROGRAMME_MANAGEMENT', fundingSource: 'PROVINCIAL', assignedVnd: managementVnd },
        ],
      });
      const overPlan = await officer.post('/plans', planOf(2091, 200_000_001));
      expect(overPlan.status).toBe(400);
      expect(overPlan.body.fields.lines).toContain('vượt 2% tổng dự toán 10.000.000.000 đ (tối đa 200.000.000 đ)');
      let planned = false;
      for (let year = 2091; year < 2100 && !planned; year += 1) {
        const res = await officer.post('/plans', planOf(year, 200_000_000));
        if (res.status === 201) {
          planIds.push(res.body.id);
          planned = true;
        } else expect(res.status).toBe(409);
      }
      expect(planned).toBe(true);
    } finally {
      await removeBySql(TODAY_CODE);
      for (const id of planIds) await api.worker.dataSource.query('DELETE FROM plans WHERE id = $1', [id]);
    }
  });
});
