/**
 * Settlement by the work done after force majeure (TT 36 Art. 18.4) over HTTP, on the real API, worker, Temporal,
 * PostgreSQL and SMTP: the Department leader accepts the work done, certified by the commune People's Committee; the
 * advance it does not cover is refunded (TT 36 Art. 12.6) before the project settles as PARTIAL_SETTLED.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MailCatcher, findFreePort, startMailCatcher } from '@kc/devstack';
import { ApiClient, ApiHarness, startApiHarness } from '../support/api-harness';
import { caughtNotices } from '../support/caught-notices';
import { eventually } from '../support/eventually';
import { approvalDecision, newProjectRequest, todayInVietnam, startingToday } from '../support/request-bodies';

let api: ApiHarness;
let catcher: MailCatcher;
let mailDir: string;
let officer: ApiClient;
let approver: ApiClient;
let unit: ApiClient;

beforeAll(async () => {
  mailDir = mkdtempSync(join(tmpdir(), 'kc-force-majeure-'));
  catcher = await startMailCatcher({ smtpPort: await findFreePort(), mailDir, log: () => undefined });
  api = await startApiHarness({ smtpUrl: catcher.smtpUrl });
  [officer, approver, unit] = await Promise.all(
    ['officer.hn', 'approver.hn', 'unit.hn'].map((u) => ApiClient.login(api.baseUrl, `${u}@demo.local`)),
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

const workDone = {
  action: 'accept_work_done',
  reason: 'Bão số 3 làm sập nhà xưởng; lớp học dừng ở tuần thứ 6',
  minutesNo: 'BB-BKK-01',
  minutesDate: todayInVietnam(),
  acceptedAmountVnd: 60_000_000,
  certifyingBody: 'COMMUNE_PC',
  certifierName: 'UBND xã Phú Nghĩa',
};

it('accepts the work done, has the unused advance refunded, and settles as PARTIAL_SETTLED', async () => {
  // A training course: 70% of the approved support may be advanced on the contract.
  const created = await officer.post(
    '/projects',
    newProjectRequest('Đào tạo nghề mây tre đan', { category: 'TRAINING', ...startingToday() }),
  );
  expect(created.status).toBe(201);
  const { id, code } = created.body as { id: string; code: string };
  await act(officer, id, { action: 'submit' });
  await act(officer, id, { action: 'open_appraisal' });
  await act(approver, id, { action: 'approve', ...approvalDecision() });
  await act(officer, id, { action: 'sign_contract', contractNo: 'HĐ-BKK-01', contractDate: todayInVietnam() });
  await act(officer, id, { action: 'record_disbursement', kind: 'ADVANCE', amountVnd: 94_500_000 });
  await act(unit, id, { action: 'start' });

  // Who may, and what it needs.
  expect((await officer.post(`/projects/${id}/actions`, workDone)).status).toBe(403);
  const noBody = await approver.post(`/projects/${id}/actions`, { ...workDone, certifyingBody: 'MINISTRY' });
  expect(noBody.status).toBe(400);
  expect(JSON.stringify(noBody.body)).toContain('certifyingBody');
  const noName = await approver.post(`/projects/${id}/actions`, { ...workDone, certifierName: ' ' });
  expect(noName.status).toBe(400);
  expect(noName.body.message).toContain('certifierName');

  const accepted = await act(approver, id, workDone);
  expect(accepted).toMatchObject({
    state: 'ACCEPTED',
    acceptedAmountVnd: 60_000_000,
    forceMajeure: { certifyingBody: 'COMMUNE_PC', certifierName: 'UBND xã Phú Nghĩa' },
  });
  expect(accepted.forceMajeure.certifyingBodyLabel.vi).toBe('Ủy ban nhân dân cấp xã');
  // The Department officer records the refund (the leader is not offered it).
  expect(accepted.allowedActions).not.toContain('refund_advance');
  expect((await officer.get(`/projects/${id}`)).body.allowedActions).toContain('refund_advance');
  const mail = await eventually(async () => {
    const found = (await caughtNotices(mailDir, code)).filter((n) => n.kind === 'HANDOFF_WORK_DONE_ACCEPTED');
    expect(found).toHaveLength(1);
    return found[0].message;
  }, 30000);
  expect(mail.text).toContain('có xác nhận của UBND xã Phú Nghĩa');

  // The settlement waits for the refund of the 34,500,000 đ the work does not cover, to the đồng.
  const early = await officer.post(`/projects/${id}/actions`, { action: 'settle' });
  expect(early.status).toBe(409);
  const wrong = await officer.post(`/projects/${id}/actions`, { action: 'refund_advance', amountVnd: 34_499_999 });
  expect(wrong.status).toBe(409);
  expect(wrong.body.message).toContain('34.500.000');
  // The dashboard's advances count the refund back into the budget (the suites share no concurrent writes).
  const advancedBefore = (await officer.get('/dashboard')).body.reach.disbursedVnd.advances as number;
  const refunded = await act(officer, id, { action: 'refund_advance', amountVnd: 34_500_000 });
  await eventually(async () => {
    expect((await officer.get('/dashboard')).body.reach.disbursedVnd.advances).toBe(advancedBefore - 34_500_000);
  }, 15000);
  expect(refunded.allowedActions).not.toContain('refund_advance');
  // The page says what has been refunded (its refund form subtracts it), whatever history it shows.
  expect(refunded.disbursedVnd.refunded).toBe(34_500_000);
  const settled = await act(officer, id, { action: 'settle' });
  expect(settled.state).toBe('PARTIAL_SETTLED');
  expect(settled.stateLabel.vi).toBe('Quyết toán theo khối lượng thực hiện (bất khả kháng)');
}, 120000);
