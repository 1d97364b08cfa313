/**
 * Support for forming an enterprise over HTTP (issue 15, TT 36/2013 Art. 12), on the real API, worker, Temporal and
 * PostgreSQL: an advisory project created with `enterpriseFormation: true` takes no advance; after base acceptance it
 * is paid 100% as a final payment that names the enterprise's registration number, and settles.
 */
import { ApiClient, ApiHarness, startApiHarness } from '../support/api-harness';
import { approvalDecision, newProjectRequest, startingToday, todayInVietnam } from '../support/request-bodies';

let api: ApiHarness;
let officer: ApiClient;
let approver: ApiClient;
let unit: ApiClient;

beforeAll(async () => {
  api = await startApiHarness();
  [officer, approver, unit] = await Promise.all(
    ['officer.hn', 'approver.hn', 'unit.hn'].map((u) => ApiClient.login(api.baseUrl, `${u}@demo.local`)),
  );
}, 120000);

afterAll(async () => {
  await api?.stop();
});

async function act(client: ApiClient, id: string, body: Record<string, unknown>, status = 200) {
  const res = await client.post(`/projects/${id}/actions`, body);
  expect({ action: body.action, status: res.status, body: res.status === status ? null : res.body }).toMatchObject({
    status,
  });
  return res;
}

const enterprise = (overrides: Record<string, unknown> = {}) =>
  newProjectRequest('Hỗ trợ thành lập doanh nghiệp chế biến miến dong', {
    ...startingToday(),
    category: 'ADVISORY',
    beneficiary: 'Hộ kinh doanh Nguyễn Văn An, xã Minh Hồng',
    totalCostVnd: 20_000_000,
    requestedSupportVnd: 10_000_000,
    enterpriseFormation: true,
    ...overrides,
  });

it('is refused outside the advisory content area, with 400 under enterpriseFormation', async () => {
  const res = await officer.post('/projects', enterprise({ category: 'MACHINERY' }));
  expect(res.status).toBe(400);
  expect(res.body.fields.enterpriseFormation).toContain('ADVISORY');
});

it('takes no advance, then is paid 100% after base acceptance with the registration number, and settles', async () => {
  const created = await officer.post('/projects', enterprise());
  expect(created.status).toBe(201);
  const id = created.body.id as string;
  const rules = (await officer.get(`/projects/${id}`)).body.moneyRules;
  expect(rules).toMatchObject({ enterpriseFormation: true, advance: { percent: 100, conditionMet: false } });
  expect(rules.advance.condition.vi).toBe('sau khi nghiệm thu cơ sở, kèm Giấy chứng nhận đăng ký doanh nghiệp');

  await act(officer, id, { action: 'submit' });
  await act(officer, id, { action: 'open_appraisal' });
  await act(approver, id, { action: 'approve', ...approvalDecision(10_000_000) });
  await act(officer, id, { action: 'sign_contract', contractNo: 'HĐ-TLDN-01', contractDate: todayInVietnam() });
  const advance = await act(officer, id, { action: 'record_disbursement', kind: 'ADVANCE', amountVnd: 1 }, 409);
  expect(advance.body.message).toContain('Không tạm ứng trước: hỗ trợ thành lập doanh nghiệp được cấp 100%');
  await act(unit, id, { action: 'start' });
  await act(unit, id, { action: 'complete_work' });
  await act(approver, id, { action: 'accept', minutesNo: 'BB-TLDN-01', minutesDate: todayInVietnam() });
  expect((await officer.get(`/projects/${id}`)).body.moneyRules.advance.conditionMet).toBe(true);

  const noCode = await act(officer, id, { action: 'record_disbursement', kind: 'FINAL', amountVnd: 10_000_000 }, 400);
  expect(noCode.body.message).toContain('cần mã số doanh nghiệp');
  const badCode = { action: 'record_disbursement', kind: 'FINAL', amountVnd: 10_000_000, businessRegistrationNo: '12' };
  await act(officer, id, badCode, 400);
  await act(officer, id, { ...badCode, businessRegistrationNo: '0109876543' });
  const settled = await act(officer, id, { action: 'settle' });
  expect(settled.body.state).toBe('SETTLED');
  const detail = (await officer.get(`/projects/${id}`)).body;
  const payment = detail.history.find((h: { action: string }) => h.action === 'record_disbursement');
  expect(payment.details).toMatchObject({ kind: 'FINAL', amountVnd: 10_000_000, businessRegistrationNo: '0109876543' });
});

it('shows its advance rule on the tables page', async () => {
  const caps = (await officer.get('/support-caps')).body;
  const row = caps.advanceRules.find((r: { item: string | null }) => r.item === 'ENTERPRISE_FORMATION');
  expect(row).toMatchObject({ category: 'ADVISORY', percent: 100 });
  expect(row.categoryLabel.vi).toBe('Tư vấn, hỗ trợ cơ sở công nghiệp nông thôn: Hỗ trợ thành lập doanh nghiệp');
});
