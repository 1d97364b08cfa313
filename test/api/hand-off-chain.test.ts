/**
 * Hand-off notices up the legal chain (issue 13), on the real worker, Temporal, PostgreSQL and an SMTP catcher: a
 * national project registered by the Department leader is mailed to the Cục; a stop asked for by the Department is
 * mailed to the Minister ("Kính gửi: Bộ trưởng Bộ Công Thương", with the reason); the Minister's stop decision with
 * an unused advance asks the unit for the refund (the amount as a Vietnamese document writes it); the refund recorded
 * by the Cục is told to the Department. Each mail is sent once, to the people the domain names, never to the actor.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MailCatcher, findFreePort, startMailCatcher } from '@kc/devstack';
import { Role } from '@kc/domain';
import { ApiClient, ApiHarness, startApiHarness } from '../support/api-harness';
import { CaughtNotice, caughtNotices } from '../support/caught-notices';
import { eventually } from '../support/eventually';
import { ensureTestUsers } from '../support/test-users';
import { approvalDecision, newProjectRequest, todayInVietnam, certifiedProgress } from '../support/request-bodies';

const PASSWORD = 'demo1234';
const CUC = 'Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công';

/** The people of the chain this test needs beside the demo logins. */
const CHAIN_USERS: Array<{ email: string; fullName: string; role: Role; provinceCode: string | null }> = [
  {
    email: 'officer.cuc@demo.local',
    fullName: 'Phạm Thị Lan (chuyên viên Cục)',
    role: 'cuc_officer',
    provinceCode: null,
  },
  { email: 'minister@demo.local', fullName: 'Bộ trưởng Bộ Công Thương', role: 'minister', provinceCode: null },
];

let api: ApiHarness;
let catcher: MailCatcher;
let mailDir: string;
let officer: ApiClient;
let approver: ApiClient;
let cucOfficer: ApiClient;
let cucLeader: ApiClient;
let minister: ApiClient;

/** Adds the chain's users (the demo seed may have them already), each in its organisation. */
async function ensureChainUsers(): Promise<void> {
  await ensureTestUsers(api.worker.dataSource, CHAIN_USERS);
}

async function act(client: ApiClient, id: string, body: Record<string, unknown>) {
  const res = await client.post(`/projects/${id}/actions`, body);
  expect({ action: body.action, status: res.status, body: res.status === 200 ? null : res.body }).toMatchObject({
    status: 200,
  });
}

/** The hand-off mail of this kind for the project, once it has arrived. */
async function handOff(code: string, kind: string): Promise<CaughtNotice['message']> {
  return eventually(async () => {
    const found = (await caughtNotices(mailDir, code)).filter((n) => n.kind === kind);
    expect({ kind, count: found.length }).toEqual({ kind, count: 1 });
    return found[0].message;
  }, 30000);
}

const firstLine = (text: string) => text.split('\n')[0];

beforeAll(async () => {
  mailDir = mkdtempSync(join(tmpdir(), 'kc-hand-off-chain-'));
  const smtpPort = await findFreePort();
  catcher = await startMailCatcher({ smtpPort, mailDir, log: () => undefined });
  api = await startApiHarness({ smtpUrl: catcher.smtpUrl });
  await ensureChainUsers();
  [officer, approver, cucOfficer, cucLeader, minister] = await Promise.all(
    ['officer.hn', 'approver.hn', 'officer.cuc', 'approver.national', 'minister'].map((u) =>
      ApiClient.login(api.baseUrl, `${u}@demo.local`, PASSWORD),
    ),
  );
}, 120000);

afterAll(async () => {
  await api?.stop();
  await catcher?.stop();
});

it('mails the Cục a registration, the Minister a stop request, the unit the refund owed and the Department the refund', async () => {
  const created = await officer.post(
    '/projects',
    newProjectRequest('Dây chuyền chế biến chè (đề nghị ngừng)', { scope: 'NATIONAL' }),
  );
  expect(created.status).toBe(201);
  const { id, code } = created.body as { id: string; code: string };
  const page = `/projects/${id}`;

  await act(officer, id, { action: 'submit' });
  await act(officer, id, { action: 'open_appraisal' });
  await act(approver, id, { action: 'register' });

  // Registered by the Department leader → the Cục (its officers and leaders), named in the salutation.
  const registered = await handOff(code, 'HANDOFF_REGISTERED');
  expect(registered.to).toEqual(expect.arrayContaining(['officer.cuc@demo.local', 'approver.national@demo.local']));
  expect(registered.to).not.toContain('approver.hn@demo.local');
  expect(firstLine(registered.text)).toBe(`Kính gửi: ${CUC}`);
  expect(registered.text).toContain(
    'Sở Công Thương thành phố Hà Nội đã đăng ký đề án vào danh sách kế hoạch khuyến công quốc gia',
  );
  expect(registered.text).toContain(page);

  await act(cucOfficer, id, { action: 'open_ministry_appraisal' });
  const appraisal = await handOff(code, 'HANDOFF_MINISTRY_APPRAISAL');
  // The unit, its Department in copy (envelope recipients), not the Cục officer who acted.
  expect(appraisal.to).toEqual(
    expect.arrayContaining(['unit.hn@demo.local', 'officer.hn@demo.local', 'approver.hn@demo.local']),
  );
  expect(appraisal.to).not.toContain('officer.cuc@demo.local');
  expect(firstLine(appraisal.text)).toBe('Kính gửi: Trung tâm Khuyến công Hà Nội');

  // The Cục leader enters the Minister's plan decision.
  await act(cucLeader, id, { action: 'approve', ...approvalDecision(), decisionNo: '88/QĐ-BCT' });
  const approved = await handOff(code, 'HANDOFF_APPROVED');
  expect(approved.to).toEqual(expect.arrayContaining(['unit.hn@demo.local', 'approver.hn@demo.local']));
  expect(approved.text).toContain('theo Quyết định của Bộ trưởng Bộ Công Thương số 88/QĐ-BCT ngày 01/11/2026');
  expect(approved.text).toContain(`Đề nghị đơn vị phối hợp với ${CUC} để ký hợp đồng`);

  await act(cucOfficer, id, { action: 'sign_contract', contractNo: 'HĐ-QG-STOP', contractDate: todayInVietnam() });
  await act(officer, id, certifiedProgress());
  await act(cucOfficer, id, { action: 'record_disbursement', kind: 'ADVANCE', amountVnd: 40500000 });

  // Asked by the Department leader → the Minister, with the reason.
  await act(approver, id, { action: 'request_stop', reason: 'Đơn vị không bố trí được vốn đối ứng' });
  const requested = await handOff(code, 'HANDOFF_STOP_REQUESTED');
  expect(requested.to).toEqual(['minister@demo.local']);
  expect(firstLine(requested.text)).toBe('Kính gửi: Bộ trưởng Bộ Công Thương');
  expect(requested.subject).toContain('kính trình Bộ trưởng quyết định');
  expect(requested.text).toContain('Lãnh đạo Sở Công Thương đề nghị ngừng thực hiện đề án');
  expect(requested.text).toContain('Lý do: Đơn vị không bố trí được vốn đối ứng');

  // The Minister decides: an advance is unused, so the unit is asked to refund it first.
  await act(minister, id, { action: 'decide_stop', decisionNo: '120/QĐ-BCT', decisionDate: todayInVietnam() });
  const refundDue = await handOff(code, 'HANDOFF_REFUND_DUE');
  expect(refundDue.to).toEqual(
    expect.arrayContaining(['unit.hn@demo.local', 'officer.hn@demo.local', 'approver.hn@demo.local']),
  );
  expect(refundDue.to).not.toContain('minister@demo.local');
  expect(firstLine(refundDue.text)).toBe('Kính gửi: Trung tâm Khuyến công Hà Nội');
  expect(refundDue.subject).toContain('đề nghị hoàn trả 40.500.000 đồng');
  expect(refundDue.text).toContain('Đề án ngừng thực hiện theo Quyết định của Bộ trưởng Bộ Công Thương số 120/QĐ-BCT');
  expect(refundDue.text).toContain(`40.500.000 đồng cho ${CUC}`);
  expect((await caughtNotices(mailDir, code)).some((n) => n.kind === 'HANDOFF_STOPPED')).toBe(false);

  // The Cục records the refund → the Department, the Cục's other people in copy, never the actor.
  await act(cucOfficer, id, { action: 'record_refund', amountVnd: 40500000 });
  const refunded = await handOff(code, 'HANDOFF_REFUND_RECORDED');
  expect(refunded.to).toEqual(
    expect.arrayContaining(['officer.hn@demo.local', 'approver.hn@demo.local', 'approver.national@demo.local']),
  );
  expect(refunded.to).not.toContain('officer.cuc@demo.local');
  expect(firstLine(refunded.text)).toBe('Kính gửi: Sở Công Thương thành phố Hà Nội');
  expect(refunded.text).toContain('40.500.000 đồng');
}, 120000);

it('mails the Minister a carry-over request and the unit his decision', async () => {
  const created = await officer.post('/projects', newProjectRequest('Lò sấy chè (chuyển tiếp)', { scope: 'NATIONAL' }));
  expect(created.status).toBe(201);
  const { id, code } = created.body as { id: string; code: string };
  await act(officer, id, { action: 'submit' });
  await act(officer, id, { action: 'open_appraisal' });
  await act(approver, id, { action: 'register' });
  await act(cucOfficer, id, { action: 'open_ministry_appraisal' });
  await act(minister, id, { action: 'approve', ...approvalDecision(), decisionNo: '89/QĐ-BCT' });
  await act(cucOfficer, id, { action: 'sign_contract', contractNo: 'HĐ-QG-CT', contractDate: todayInVietnam() });

  await act(cucOfficer, id, { action: 'request_carry_over', reason: 'Thiết bị nhập khẩu giao chậm' });
  const requested = await handOff(code, 'HANDOFF_CARRY_OVER_REQUESTED');
  expect(requested.to).toEqual(['minister@demo.local']);
  expect(firstLine(requested.text)).toBe('Kính gửi: Bộ trưởng Bộ Công Thương');
  expect(requested.text).toContain('Lý do: Thiết bị nhập khẩu giao chậm');

  await act(minister, id, { action: 'approve_carry_over', decisionNo: '130/QĐ-BCT', decisionDate: todayInVietnam() });
  const carried = await handOff(code, 'HANDOFF_CARRIED_OVER');
  expect(carried.to).toEqual(
    expect.arrayContaining(['unit.hn@demo.local', 'officer.hn@demo.local', 'approver.hn@demo.local']),
  );
  expect(carried.to).not.toContain('minister@demo.local');
  expect(carried.text).toContain('theo Quyết định của Bộ trưởng Bộ Công Thương số 130/QĐ-BCT');
}, 120000);
