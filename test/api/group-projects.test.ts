/**
 * A group project (đề án nhóm, issue 15) over HTTP, on the real API, worker, Temporal, PostgreSQL and SMTP: three
 * establishments named in an implementation plan (Mẫu 11) the Department approves before the contract, accepted and
 * paid one by one, from DRAFT to SETTLED. Refusals name the plan, the establishment and the figures.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MailCatcher, findFreePort, startMailCatcher } from '@kc/devstack';
import { ApiClient, ApiHarness, startApiHarness } from '../support/api-harness';
import { CaughtNotice, caughtNotices } from '../support/caught-notices';
import { eventually } from '../support/eventually';
import {
  approvalDecision,
  certifiedProgress,
  newProjectRequest,
  todayInVietnam,
  startingToday,
} from '../support/request-bodies';

let api: ApiHarness;
let catcher: MailCatcher;
let mailDir: string;
let unit: ApiClient;
let officer: ApiClient;
let approver: ApiClient;

const PLAN = [
  { name: 'HTX Chế biến nông sản Sóc Sơn', site: 'xã Sóc Sơn, Hà Nội', supportVnd: 300_000_000 },
  { name: 'Cơ sở sản xuất miến dong Minh Hồng', site: 'xã Minh Châu, Hà Nội', supportVnd: 350_000_000 },
  { name: 'Công ty TNHH Thực phẩm Phú Xuyên', site: 'xã Phú Xuyên, Hà Nội', supportVnd: 250_000_000 },
];

beforeAll(async () => {
  mailDir = mkdtempSync(join(tmpdir(), 'kc-group-'));
  catcher = await startMailCatcher({ smtpPort: await findFreePort(), mailDir, log: () => undefined });
  api = await startApiHarness({ smtpUrl: catcher.smtpUrl });
  [unit, officer, approver] = await Promise.all(
    ['unit.hn', 'officer.hn', 'approver.hn'].map((u) => ApiClient.login(api.baseUrl, `${u}@demo.local`)),
  );
}, 120000);

afterAll(async () => {
  await api?.stop();
  await catcher?.stop();
});

async function mailOf(code: string, kind: string): Promise<CaughtNotice['message']> {
  return eventually(async () => {
    const found = (await caughtNotices(mailDir, code)).filter((n) => n.kind === kind);
    expect({ kind, count: found.length }).toEqual({ kind, count: 1 });
    return found[0].message;
  }, 30000);
}

async function act(client: ApiClient, id: string, body: Record<string, unknown>) {
  const res = await client.post(`/projects/${id}/actions`, body);
  expect({ action: body.action, status: res.status, body: res.status === 200 ? null : res.body }).toMatchObject({
    status: 200,
  });
  return res.body;
}

async function refused(client: ApiClient, id: string, body: Record<string, unknown>, status: number) {
  const res = await client.post(`/projects/${id}/actions`, body);
  expect({ action: body.action, status: res.status }).toEqual({ action: body.action, status });
  return res.body as { message: string };
}

/** A Hà Nội group project for machinery, approved for 900,000,000 đ of support. */
async function approvedGroupProject(title: string): Promise<{ id: string; code: string }> {
  const created = await officer.post(
    '/projects',
    newProjectRequest(title, {
      group: true,
      beneficiary: '3 cơ sở công nghiệp nông thôn, nêu trong kế hoạch triển khai (Mẫu 11)',
      totalCostVnd: 3_000_000_000,
      requestedSupportVnd: 900_000_000,
      ...startingToday(),
    }),
  );
  expect(created.status).toBe(201);
  const id = created.body.id as string;
  await act(officer, id, { action: 'submit' });
  await act(officer, id, { action: 'open_appraisal' });
  await act(approver, id, { action: 'approve', ...approvalDecision(900_000_000) });
  return { id, code: created.body.code as string };
}

it('takes a group project of 3 establishments from DRAFT to SETTLED, accepted and paid per establishment', async () => {
  const { id, code } = await approvedGroupProject('Đề án nhóm: hỗ trợ 3 cơ sở chế biến nông sản ứng dụng máy móc');
  const detail = (await officer.get(`/projects/${id}`)).body;
  expect(detail).toMatchObject({ group: true, groupPlan: null, state: 'APPROVED' });
  expect(detail.allowedActions).toContain('submit_impl_plan');
  expect(detail.allowedActions).not.toContain('sign_contract');

  // The contract waits for the Department's approval of the plan.
  const early = await refused(
    officer,
    id,
    { action: 'sign_contract', contractNo: 'HĐ-N-01', contractDate: todayInVietnam() },
    409,
  );
  expect(early.message).toContain('kế hoạch triển khai (Mẫu 11)');

  // The unit names the establishments; one đồng over the approved support is refused, the exact total accepted.
  const over = PLAN.map((b, i) => (i === 2 ? { ...b, supportVnd: 250_000_001 } : b));
  expect((await refused(unit, id, { action: 'submit_impl_plan', beneficiaries: over }, 409)).message).toContain(
    '900.000.001',
  );
  const pending = await act(unit, id, { action: 'submit_impl_plan', beneficiaries: PLAN });
  expect(pending.state).toBe('IMPL_PLAN_PENDING');
  expect(pending.groupPlan.beneficiaries.map((b: { id: string }) => b.id)).toEqual(['NT1', 'NT2', 'NT3']);
  const toDepartment = await mailOf(code, 'HANDOFF_IMPL_PLAN_SUBMITTED');
  expect(toDepartment.text).toContain('kế hoạch triển khai (Mẫu 11)');

  // Only the Department's leader approves it.
  await refused(
    officer,
    id,
    { action: 'approve_impl_plan', decisionNo: '90/QĐ-SCT', decisionDate: todayInVietnam() },
    403,
  );
  const approvedPlan = await act(approver, id, {
    action: 'approve_impl_plan',
    decisionNo: '90/QĐ-SCT',
    decisionDate: todayInVietnam(),
  });
  expect(approvedPlan.groupPlan.approval).toEqual({ decisionNo: '90/QĐ-SCT', decisionDate: todayInVietnam() });
  const toUnit = await mailOf(code, 'HANDOFF_IMPL_PLAN_APPROVED');
  expect(toUnit.text).toContain('Quyết định số 90/QĐ-SCT');

  await act(officer, id, { action: 'sign_contract', contractNo: 'HĐ-N-01', contractDate: todayInVietnam() });
  await act(unit, id, { action: 'start' });
  await act(officer, id, certifiedProgress(80));

  // An advance names its establishment and stays within 70% of its share.
  expect(
    (await refused(officer, id, { action: 'record_disbursement', kind: 'ADVANCE', amountVnd: 100_000_000 }, 409))
      .message,
  ).toContain('beneficiaryId');
  await act(officer, id, {
    action: 'record_disbursement',
    kind: 'ADVANCE',
    amountVnd: 210_000_000,
    beneficiaryId: 'NT1',
  });
  const capped = await refused(
    officer,
    id,
    { action: 'record_disbursement', kind: 'ADVANCE', amountVnd: 1, beneficiaryId: 'NT1' },
    409,
  );
  expect(capped.message).toContain('HTX Chế biến nông sản Sóc Sơn');

  // Acceptance one establishment at a time; the project's acceptance waits for all three.
  await act(unit, id, { action: 'complete_work' });
  const minutes = { minutesNo: 'BB-NT-01', minutesDate: todayInVietnam() };
  expect((await refused(approver, id, { action: 'accept', ...minutes }, 409)).message).toContain(
    '3 cơ sở chưa nghiệm thu',
  );
  await act(approver, id, { action: 'accept_beneficiary', beneficiaryId: 'NT1', ...minutes });
  await act(approver, id, {
    action: 'accept_beneficiary',
    beneficiaryId: 'NT2',
    ...minutes,
    acceptedAmountVnd: 340_000_000,
  });
  await act(approver, id, { action: 'accept_beneficiary', beneficiaryId: 'NT3', ...minutes });
  const accepted = await act(approver, id, { action: 'accept', minutesNo: 'BB-NT-04', minutesDate: todayInVietnam() });
  expect(accepted).toMatchObject({ state: 'ACCEPTED', acceptedAmountVnd: 890_000_000 });

  // Final payments per establishment, each up to what was accepted for it; settlement when each is paid in full.
  const pay = (beneficiaryId: string, amountVnd: number) => ({
    action: 'record_disbursement',
    kind: 'FINAL',
    amountVnd,
    beneficiaryId,
  });
  await act(officer, id, pay('NT1', 90_000_000));
  expect((await refused(officer, id, pay('NT2', 340_000_001), 409)).message).toContain('340.000.000');
  await act(officer, id, pay('NT2', 340_000_000));
  expect((await refused(officer, id, { action: 'settle' }, 409)).message).toContain('Công ty TNHH Thực phẩm Phú Xuyên');
  await act(officer, id, pay('NT3', 250_000_000));
  const settled = await act(officer, id, { action: 'settle' });
  expect(settled.state).toBe('SETTLED');
  expect(
    settled.groupPlan.beneficiaries.map((b: any) => [b.id, b.acceptedVnd, b.advancesVnd + b.finalPaymentsVnd]),
  ).toEqual([
    ['NT1', 300_000_000, 300_000_000],
    ['NT2', 340_000_000, 340_000_000],
    ['NT3', 250_000_000, 250_000_000],
  ]);
  expect(settled.disbursedVnd.total).toBe(890_000_000);
}, 180000);

it('lists the plan awaiting approval in the Department leader’s inbox, and a returned plan in the unit’s', async () => {
  const { id, code } = await approvedGroupProject('Đề án nhóm: hỗ trợ cơ sở mây tre đan');
  const unitInbox = async () =>
    (await unit.get('/inbox')).body.projects.map((p: any) => [p.code, p.actions.map((a: any) => a.action)]);
  expect(await unitInbox()).toContainEqual([code, ['submit_impl_plan']]);
  await act(unit, id, { action: 'submit_impl_plan', beneficiaries: PLAN.slice(0, 2) });
  const leaderInbox = (await approver.get('/inbox')).body.projects.find((p: any) => p.code === code);
  expect(leaderInbox.actions.map((a: any) => a.action)).toEqual(['approve_impl_plan']);
  const returned = await act(officer, id, {
    action: 'return_impl_plan',
    reason: 'Thiếu xác nhận địa điểm của cơ sở 2',
  });
  expect(returned).toMatchObject({ state: 'APPROVED', groupPlan: null });
  expect((await mailOf(code, 'HANDOFF_IMPL_PLAN_RETURNED')).text).toContain('Thiếu xác nhận địa điểm của cơ sở 2');
  expect(await unitInbox()).toContainEqual([code, ['submit_impl_plan']]);
}, 120000);

it('refuses a malformed plan with 400 naming the field, and the plan actions on a project of one beneficiary', async () => {
  const { id } = await approvedGroupProject('Đề án nhóm: hỗ trợ cơ sở gốm');
  const bad = await unit.post(`/projects/${id}/actions`, {
    action: 'submit_impl_plan',
    beneficiaries: [{ name: 'HTX A', site: 'xã A', supportVnd: 1.5 }, PLAN[1]],
  });
  expect(bad.status).toBe(400);
  expect(JSON.stringify(bad.body)).toContain('supportVnd');
  const one = await unit.post(`/projects/${id}/actions`, { action: 'submit_impl_plan', beneficiaries: [PLAN[0]] });
  expect(one.status).toBe(400);
  expect(one.body.message).toContain('từ 2 đến 50 cơ sở');

  const single = await officer.post('/projects', newProjectRequest('Đề án một cơ sở'));
  const res = await unit.post(`/projects/${single.body.id}/actions`, {
    action: 'submit_impl_plan',
    beneficiaries: PLAN,
  });
  expect(res.status).toBe(409);
});

it('changes one establishment by an adjustment the Department decides: its row of the plan, not the project', async () => {
  const { id } = await approvedGroupProject('Đề án nhóm: thay cơ sở thụ hưởng NT2');
  await act(unit, id, { action: 'submit_impl_plan', beneficiaries: PLAN });
  await act(approver, id, { action: 'approve_impl_plan', decisionNo: '90/QĐ-SCT', decisionDate: todayInVietnam() });
  const ask = (changes: Record<string, unknown>) =>
    unit.post(`/projects/${id}/adjustments`, {
      kind: 'BENEFICIARY',
      reason: 'Cơ sở Minh Hồng ngừng sản xuất; thay bằng HTX Miến dong Cự Đà',
      changes,
    });
  const unnamed = await ask({ beneficiary: 'HTX Miến dong Cự Đà' });
  expect(unnamed.status).toBe(400);
  expect(unnamed.body.message).toContain('chọn cơ sở cần thay đổi (beneficiaryId, một trong: NT1, NT2, NT3)');
  const asked = await ask({ beneficiaryId: 'NT2', beneficiary: 'HTX Miến dong Cự Đà' });
  expect(asked.status).toBe(201);
  expect(asked.body).toMatchObject({
    beneficiaryId: 'NT2',
    decider: { organisation: expect.stringContaining('Sở Công Thương') },
  });
  expect(asked.body.changes).toEqual([
    {
      field: 'beneficiary',
      label: { vi: 'Đơn vị thụ hưởng', en: 'Beneficiary' },
      before: 'Cơ sở sản xuất miến dong Minh Hồng',
      after: 'HTX Miến dong Cự Đà',
    },
  ]);
  const adjustment = asked.body.id as string;
  expect((await officer.post(`/adjustments/${adjustment}/actions`, { action: 'certify' })).status).toBe(200);
  const approved = await approver.post(`/adjustments/${adjustment}/actions`, {
    action: 'approve',
    decisionNo: '95/QĐ-SCT',
    decisionDate: todayInVietnam(),
  });
  expect(approved.status).toBe(200);
  const detail = await eventually(async () => {
    const body = (await officer.get(`/projects/${id}`)).body;
    expect(body.groupPlan.beneficiaries[1].name).toBe('HTX Miến dong Cự Đà');
    return body;
  }, 15000);
  expect(detail.groupPlan.beneficiaries[1]).toMatchObject({
    id: 'NT2',
    site: 'xã Minh Châu, Hà Nội',
    supportVnd: 350_000_000,
  });
  expect(detail.beneficiary).toBe('3 cơ sở công nghiệp nông thôn, nêu trong kế hoạch triển khai (Mẫu 11)');
  const versions = (await officer.get(`/projects/${id}/terms`)).body;
  expect(versions.map((v: { terms: { beneficiary: string } }) => v.terms.beneficiary)).toEqual([
    detail.beneficiary,
    detail.beneficiary,
  ]);
});
