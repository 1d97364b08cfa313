/**
 * Force majeure in a group project (đề án nhóm) over HTTP, on the real API, worker, Temporal, PostgreSQL and SMTP:
 * of three establishments, NT2 suffers force majeure and is accepted by its work done (TT 36 Art. 18.4), certified by
 * its commune People's Committee, and refunds the advance that work does not cover (TT 36 Art. 12.6); NT1 and NT3 are
 * accepted and paid as usual; the project settles by the work done (PARTIAL_SETTLED), to the đồng.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MailCatcher, findFreePort, startMailCatcher } from '@kc/devstack';
import { ApiClient, ApiHarness, startApiHarness } from '../support/api-harness';
import {
  approvalDecision,
  certifiedProgress,
  newProjectRequest,
  todayInVietnam,
  startingToday,
} from '../support/request-bodies';

let api: ApiHarness;
let catcher: MailCatcher;
let unit: ApiClient;
let officer: ApiClient;
let approver: ApiClient;

const PLAN = [
  { name: 'HTX Chế biến nông sản Sóc Sơn', site: 'xã Sóc Sơn, Hà Nội', supportVnd: 300_000_000 },
  { name: 'Cơ sở sản xuất miến dong Minh Hồng', site: 'xã Minh Châu, Hà Nội', supportVnd: 350_000_000 },
  { name: 'Công ty TNHH Thực phẩm Phú Xuyên', site: 'xã Phú Xuyên, Hà Nội', supportVnd: 250_000_000 },
];

beforeAll(async () => {
  const mailDir = mkdtempSync(join(tmpdir(), 'kc-group-fm-'));
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
  return res.body as { message: string; fields?: Record<string, string> };
}

const today = todayInVietnam();
const workDone = (extra: Record<string, unknown>) => ({
  action: 'accept_work_done',
  reason: 'Lũ quét cuốn trôi nhà xưởng của cơ sở Minh Hồng; chỉ lắp đặt xong máy rửa và máy sấy',
  minutesNo: 'BB-BKK-NT2',
  minutesDate: today,
  acceptedAmountVnd: 100_000_000,
  certifyingBody: 'COMMUNE_PC',
  certifierName: 'UBND xã Minh Châu',
  ...extra,
});
const advance = (beneficiaryId: string, amountVnd: number) => ({
  action: 'record_disbursement',
  kind: 'ADVANCE',
  amountVnd,
  beneficiaryId,
});
const pay = (beneficiaryId: string, amountVnd: number) => ({
  action: 'record_disbursement',
  kind: 'FINAL',
  amountVnd,
  beneficiaryId,
});

it('settles a group project by the work done: NT2 accepted by its work done refunds its unused advance', async () => {
  const created = await officer.post(
    '/projects',
    newProjectRequest('Đề án nhóm: hỗ trợ 3 cơ sở chế biến nông sản; NT2 gặp lũ quét', {
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
  await act(unit, id, { action: 'submit_impl_plan', beneficiaries: PLAN });
  await act(approver, id, { action: 'approve_impl_plan', decisionNo: '91/QĐ-SCT', decisionDate: today });
  await act(officer, id, { action: 'sign_contract', contractNo: 'HĐ-N-BKK', contractDate: today });
  await act(unit, id, { action: 'start' });
  await act(officer, id, certifiedProgress(80));
  // 70% of each establishment's share: 210,000,000 + 245,000,000 + 175,000,000 = 630,000,000 đ advanced.
  await act(officer, id, advance('NT1', 210_000_000));
  await act(officer, id, advance('NT2', 245_000_000));
  const advanced = await act(officer, id, advance('NT3', 175_000_000));
  expect(advanced.disbursedVnd.advances).toBe(630_000_000);
  expect((await approver.get(`/projects/${id}`)).body.allowedActions).toContain('accept_work_done');

  // Who may, which establishment, and how much: its share to the đồng.
  await refused(officer, id, workDone({ beneficiaryId: 'NT2' }), 403);
  const unnamed = await refused(approver, id, workDone({}), 400);
  expect(unnamed.message).toMatch(/^Đề án nhóm: cần chọn cơ sở thụ hưởng \(beneficiaryId\)/);
  expect(unnamed.fields?.beneficiaryId).toContain('NT1 HTX Chế biến nông sản Sóc Sơn');
  expect(unnamed.fields?.beneficiaryId).toContain('NT3 Công ty TNHH Thực phẩm Phú Xuyên');
  const over = await refused(approver, id, workDone({ beneficiaryId: 'NT2', acceptedAmountVnd: 350_000_001 }), 409);
  expect(over.message).toContain('350.000.001 đ, vượt kinh phí hỗ trợ của cơ sở 350.000.000 đ');
  expect((await refused(approver, id, workDone({ beneficiaryId: 'NT2', certifierName: ' ' }), 400)).message).toContain(
    'certifierName',
  );

  const nt2 = await act(approver, id, workDone({ beneficiaryId: 'NT2' }));
  expect(nt2).toMatchObject({ state: 'IN_PROGRESS', acceptedAmountVnd: null, forceMajeure: null });
  expect(nt2.groupPlan.beneficiaries[1]).toMatchObject({
    id: 'NT2',
    acceptedVnd: 100_000_000,
    minutesNo: 'BB-BKK-NT2',
    advancesVnd: 245_000_000,
    refundedVnd: 0,
    refundDueVnd: 145_000_000,
    workDone: {
      certifyingBody: 'COMMUNE_PC',
      certifierName: 'UBND xã Minh Châu',
      certifyingBodyLabel: { vi: 'Ủy ban nhân dân cấp xã' },
    },
  });
  expect(nt2.history.at(-1)).toMatchObject({
    action: 'accept_work_done',
    details: { beneficiaryId: 'NT2', beneficiaryName: PLAN[1].name, certifierName: 'UBND xã Minh Châu' },
  });
  expect((await refused(approver, id, workDone({ beneficiaryId: 'NT2' }), 409)).message).toContain(
    'đã được nghiệm thu',
  );
  // No refund before the project's acceptance: the wrong state.
  await refused(officer, id, { action: 'refund_advance', amountVnd: 145_000_000, beneficiaryId: 'NT2' }, 409);

  const minutes = { minutesNo: 'BB-NT-01', minutesDate: today };
  await act(approver, id, { action: 'accept_beneficiary', beneficiaryId: 'NT1', ...minutes });
  await act(approver, id, { action: 'accept_beneficiary', beneficiaryId: 'NT3', ...minutes });
  await act(unit, id, { action: 'complete_work' });
  const accepted = await act(approver, id, { action: 'accept', minutesNo: 'BB-NT-04', minutesDate: today });
  expect(accepted).toMatchObject({ state: 'ACCEPTED', acceptedAmountVnd: 650_000_000 });

  // NT2 refunds 245,000,000 − 100,000,000 = 145,000,000 đ, named and to the đồng; nothing is paid or settled before.
  const detail = (await officer.get(`/projects/${id}`)).body;
  expect(detail.allowedActions).toContain('refund_advance');
  const noEstablishment = await refused(officer, id, { action: 'refund_advance', amountVnd: 145_000_000 }, 400);
  expect(noEstablishment.fields?.beneficiaryId).toContain('NT2 Cơ sở sản xuất miến dong Minh Hồng');
  expect(
    (await refused(officer, id, { action: 'refund_advance', amountVnd: 1, beneficiaryId: 'NT1' }, 409)).message,
  ).toContain('không có khoản tạm ứng chưa sử dụng phải hoàn trả');
  const short = await refused(
    officer,
    id,
    { action: 'refund_advance', amountVnd: 144_999_999, beneficiaryId: 'NT2' },
    409,
  );
  expect(short.message).toContain('phải bằng số tạm ứng chưa sử dụng 145.000.000 đ');
  expect((await refused(officer, id, pay('NT2', 1), 409)).message).toContain('145.000.000');
  await refused(officer, id, { action: 'settle' }, 409);
  const refundedNt2 = await act(officer, id, {
    action: 'refund_advance',
    amountVnd: 145_000_000,
    beneficiaryId: 'NT2',
  });
  expect(refundedNt2.groupPlan.beneficiaries[1]).toMatchObject({ refundedVnd: 145_000_000, refundDueVnd: 0 });
  expect(refundedNt2.allowedActions).not.toContain('refund_advance');
  expect(refundedNt2.history.at(-1)).toMatchObject({
    action: 'refund_advance',
    details: { amountVnd: 145_000_000, beneficiaryId: 'NT2' },
  });

  // NT1 and NT3 are paid the rest of their accepted share; NT2 nothing more.
  expect((await refused(officer, id, pay('NT2', 1), 409)).message).toContain('100.000.000');
  await act(officer, id, pay('NT1', 90_000_000));
  await act(officer, id, pay('NT3', 75_000_000));
  const settled = await act(officer, id, { action: 'settle' });
  expect(settled.state).toBe('PARTIAL_SETTLED');
  expect(settled.stateLabel.vi).toBe('Quyết toán theo khối lượng thực hiện (bất khả kháng)');
  expect(
    settled.groupPlan.beneficiaries.map((b: any) => [
      b.id,
      b.acceptedVnd,
      b.advancesVnd,
      b.finalPaymentsVnd,
      b.refundedVnd,
      b.workDone?.certifierName ?? null,
    ]),
  ).toEqual([
    ['NT1', 300_000_000, 210_000_000, 90_000_000, 0, null],
    ['NT2', 100_000_000, 245_000_000, 0, 145_000_000, 'UBND xã Minh Châu'],
    ['NT3', 250_000_000, 175_000_000, 75_000_000, 0, null],
  ]);
  expect(settled).toMatchObject({
    acceptedAmountVnd: 650_000_000,
    disbursedVnd: { advances: 630_000_000, final: 165_000_000, total: 795_000_000 },
  });
}, 180000);
