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
