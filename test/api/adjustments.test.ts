/**
 * Adjustment requests over HTTP (issue 15), on the real API, worker, Temporal and PostgreSQL: the unit or the
 * Department asks, the Department certifies, the decider the kind needs (TT 36 Art. 11) approves; the approval applies
 * the new terms to the workflow and is kept as a new version. Wrong deciders get 403 naming the right one.
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
import { approvalDecision, newProjectRequest, todayInVietnam } from '../support/request-bodies';

const CUC = 'Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công';
const CHAIN_USERS: Array<{ email: string; fullName: string; role: Role; provinceCode: string | null }> = [
  { email: 'officer.cuc@demo.local', fullName: 'Phạm Thị Lan (chuyên viên Cục)', role: 'cuc_officer', provinceCode: null },
  { email: 'minister@demo.local', fullName: 'Bộ trưởng Bộ Công Thương', role: 'minister', provinceCode: null },
];

let api: ApiHarness;
let catcher: MailCatcher;
let mailDir: string;
let unit: ApiClient;
let officer: ApiClient;
let approver: ApiClient;
let cucOfficer: ApiClient;
let cucLeader: ApiClient;
let minister: ApiClient;

beforeAll(async () => {
  mailDir = mkdtempSync(join(tmpdir(), 'kc-adjustments-'));
  catcher = await startMailCatcher({ smtpPort: await findFreePort(), mailDir, log: () => undefined });
  api = await startApiHarness({ smtpUrl: catcher.smtpUrl });
  await ensureTestUsers(api.worker.dataSource, CHAIN_USERS);
  [unit, officer, approver, cucOfficer, cucLeader, minister] = await Promise.all(
    ['unit.hn', 'officer.hn', 'approver.hn', 'officer.cuc', 'approver.national', 'minister'].map((u) =>
      ApiClient.login(api.baseUrl, `${u}@demo.local`),
    ),
  );
}, 120000);

afterAll(async () => {
  await api?.stop();
  await catcher?.stop();
});

/** The mail of this kind for the project, once it has arrived (exactly one). */
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
}

/** A national project the Cục contracted and the unit started (IN_PROGRESS). */
async function nationalInProgress(title: string): Promise<string> {
  return (await nationalProject(title)).id;
}

async function nationalProject(title: string): Promise<{ id: string; code: string }> {
  const created = await officer.post('/projects', newProjectRequest(title, { scope: 'NATIONAL' }));
  expect(created.status).toBe(201);
  const id = created.body.id as string;
  await act(officer, id, { action: 'submit' });
  await act(officer, id, { action: 'open_appraisal' });
  await act(approver, id, { action: 'register' });
  await act(cucOfficer, id, { action: 'open_ministry_appraisal' });
  await act(cucLeader, id, { action: 'approve', ...approvalDecision() });
  await act(cucOfficer, id, { action: 'sign_contract', contractNo: 'HĐ-ĐC', contractDate: todayInVietnam() });
  await act(unit, id, { action: 'start' });
  return { id, code: created.body.code as string };
}

async function localApproved(title: string): Promise<string> {
  const created = await officer.post('/projects', newProjectRequest(title));
  expect(created.status).toBe(201);
  const id = created.body.id as string;
  await act(officer, id, { action: 'submit' });
  await act(officer, id, { action: 'open_appraisal' });
  await act(approver, id, { action: 'approve', ...approvalDecision() });
  return id;
}

const adjust = (client: ApiClient, requestId: string, body: Record<string, unknown>) =>
  client.post(`/adjustments/${requestId}/actions`, body);

it('takes a site change on a national project from the unit through the Department to the Cục, and keeps both versions of the terms', async () => {
  const { id, code } = await nationalProject('Máy sấy chè (đổi địa điểm)');
  const asked = await unit.post(`/projects/${id}/adjustments`, {
    kind: 'SITE',
    reason: 'Cơ sở chuyển xưởng vào cụm công nghiệp',
    changes: { site: 'Cụm công nghiệp Phú Nghĩa, Chương Mỹ' },
  });
  expect(asked.status).toBe(201);
  expect(asked.body).toMatchObject({
    status: 'REQUESTED',
    kind: 'SITE',
    decider: { role: 'approver', organisation: CUC },
    changes: [{ field: 'site', before: null, after: 'Cụm công nghiệp Phú Nghĩa, Chương Mỹ' }],
  });
  const requestId = asked.body.id as string;

  // Beside its state the project shows the open request; its state (and report clock) does not change.
  const during = await officer.get(`/projects/${id}`);
  expect(during.body.state).toBe('IN_PROGRESS');
  expect(during.body.openAdjustment).toMatchObject({ id: requestId, kind: 'SITE', status: 'REQUESTED' });

  // A second request while one is open: 409.
  const second = await unit.post(`/projects/${id}/adjustments`, {
    kind: 'PARTNER',
    reason: 'Đổi đơn vị phối hợp',
    changes: { partner: 'Viện Cơ điện nông nghiệp' },
  });
  expect(second.status).toBe(409);
  expect(second.body.message).toContain('đang có đề nghị điều chỉnh chưa giải quyết');

  // Not certified yet: the Cục cannot decide.
  const early = await adjust(cucLeader, requestId, { action: 'approve' });
  expect(early.status).toBe(409);
  expect(early.body.message).toContain('chưa được Sở Công Thương xác nhận');
  // The unit cannot certify its own request.
  const selfCertify = await adjust(unit, requestId, { action: 'certify' });
  expect(selfCertify.status).toBe(403);
  expect(selfCertify.body.message).toContain('Sở Công Thương thành phố Hà Nội');

  // The Department is asked to certify, with the change and who will decide.
  const toDepartment = await mailOf(code, 'HANDOFF_ADJUSTMENT_REQUESTED');
  expect(toDepartment.to).toEqual(expect.arrayContaining(['officer.hn@demo.local', 'approver.hn@demo.local']));
  expect(toDepartment.text.split('\n')[0]).toBe('Kính gửi: Sở Công Thương thành phố Hà Nội');
  expect(toDepartment.text).toContain('Lý do: Cơ sở chuyển xưởng vào cụm công nghiệp');
  expect(toDepartment.text).toContain('- Địa điểm thực hiện: (chưa có) → Cụm công nghiệp Phú Nghĩa, Chương Mỹ');
  expect(toDepartment.text).toContain(`trình lãnh đạo Cục (${CUC}) quyết định`);

  // It waits in the Department's inbox to be certified; not yet in the Cục's, nor ever in the unit's.
  const inboxOf = async (client: ApiClient) =>
    ((await client.get('/inbox?limit=200')).body.adjustments as Array<{ id: string; actions: Array<{ action: string }> }>)
      .filter((a) => a.id === requestId)
      .map((a) => a.actions.map((x) => x.action));
  expect(await inboxOf(officer)).toEqual([['certify', 'reject']]);
  expect(await inboxOf(cucLeader)).toEqual([]);
  expect(await inboxOf(unit)).toEqual([]);

  const certified = await adjust(approver, requestId, { action: 'certify' });
  expect(certified.status).toBe(200);
  expect(certified.body).toMatchObject({ status: 'CERTIFIED', allowedActions: [] });
  const toCuc = await mailOf(code, 'HANDOFF_ADJUSTMENT_CERTIFIED');
  expect(toCuc.to).toEqual(expect.arrayContaining(['approver.national@demo.local', 'officer.cuc@demo.local']));
  expect(toCuc.to).not.toContain('minister@demo.local');
  expect(toCuc.text.split('\n')[0]).toBe(`Kính gửi: ${CUC}`);

  expect(await inboxOf(cucLeader)).toEqual([['approve', 'reject']]);
  expect(await inboxOf(minister)).toEqual([]);
  expect(await inboxOf(officer)).toEqual([]);
  // The Minister is not the decider of a site change: 403 naming the Cục.
  const wrong = await adjust(minister, requestId, { action: 'approve' });
  expect(wrong.status).toBe(403);
  expect(wrong.body.message).toContain('người được phép: lãnh đạo Cục');
  expect(wrong.body.message).toContain('who may: a Cục leader');

  const approved = await adjust(cucLeader, requestId, {
    action: 'approve',
    decisionNo: '77/QĐ-CĐMST',
    decisionDate: todayInVietnam(),
  });
  expect(approved.status).toBe(200);
  expect(approved.body).toMatchObject({ status: 'APPROVED', termsVersion: 2, decisionNo: '77/QĐ-CĐMST' });

  const toUnit = await mailOf(code, 'HANDOFF_ADJUSTMENT_APPROVED');
  expect(toUnit.to).toEqual(expect.arrayContaining(['unit.hn@demo.local', 'officer.hn@demo.local']));
  expect(toUnit.text.split('\n')[0]).toBe('Kính gửi: Trung tâm Khuyến công Hà Nội');
  expect(toUnit.text).toContain('theo văn bản số 77/QĐ-CĐMST');
  expect(toUnit.text).toContain('(phiên bản 2)');

  const after = await officer.get(`/projects/${id}`);
  expect(after.body).toMatchObject({
    state: 'IN_PROGRESS',
    site: 'Cụm công nghiệp Phú Nghĩa, Chương Mỹ',
    termsVersion: 2,
    openAdjustment: null,
  });
  expect(after.body.history.map((h: { action: string }) => h.action)).toEqual(
    expect.arrayContaining(['request_adjustment', 'certify_adjustment', 'approve_adjustment']),
  );
  const terms = await officer.get(`/projects/${id}/terms`);
  expect(terms.status).toBe(200);
  expect(terms.body.map((v: { version: number; terms: { site: string | null } }) => [v.version, v.terms.site])).toEqual([
    [1, null],
    [2, 'Cụm công nghiệp Phú Nghĩa, Chương Mỹ'],
  ]);
  // Another province's officer does not learn the request exists.
  const officerBN = await ApiClient.login(api.baseUrl, 'officer.bn@demo.local');
  expect((await officerBN.get(`/adjustments/${requestId}`)).status).toBe(404);
  expect((await officerBN.post(`/adjustments/${requestId}/actions`, { action: 'certify' })).status).toBe(404);
  expect((await officerBN.get(`/projects/${id}/adjustments`)).status).toBe(404);
  const listed = await unit.get(`/projects/${id}/adjustments`);
  expect(listed.status).toBe(200);
  expect(listed.body).toHaveLength(1);
  expect(listed.body[0]).toMatchObject({ id: requestId, status: 'APPROVED' });
}, 120000);

it('sends more funding to the Minister, applies the new support, and refuses the Cục with 403 naming the Minister', async () => {
  const id = await nationalInProgress('Máy sấy chè (tăng kinh phí)');
  const asked = await officer.post(`/projects/${id}/adjustments`, {
    kind: 'FUNDING_INCREASE',
    reason: 'Giá thiết bị tăng',
    changes: { supportVnd: 150_000_000 },
  });
  expect(asked.status).toBe(201);
  expect(asked.body.decider).toMatchObject({ role: 'minister', organisation: 'Bộ Công Thương' });
  const requestId = asked.body.id as string;
  expect((await adjust(officer, requestId, { action: 'certify' })).status).toBe(200);
  const cuc = await adjust(cucLeader, requestId, { action: 'approve' });
  expect(cuc.status).toBe(403);
  expect(cuc.body.message).toContain('Bộ trưởng Bộ Công Thương');
  const decided = await adjust(minister, requestId, { action: 'approve', decisionNo: '12/QĐ-BCT' });
  expect(decided.status).toBe(200);
  const after = await officer.get(`/projects/${id}`);
  expect(after.body.approvedSupportVnd).toBe(150_000_000);
}, 120000);

it('carries a national project into the next year on the Minister’s approval, and stops one on the Minister’s approval', async () => {
  const id = await nationalInProgress('Máy sấy chè (gia hạn)');
  const timing = await unit.post(`/projects/${id}/adjustments`, {
    kind: 'TIMING',
    reason: 'Chậm giao máy',
    changes: { plannedEnd: '2028-03-31' },
  });
  expect(timing.status).toBe(409);
  expect(timing.body.message).toContain('EXTENSION_NEXT_YEAR');
  const asked = await unit.post(`/projects/${id}/adjustments`, {
    kind: 'EXTENSION_NEXT_YEAR',
    reason: 'Chậm giao máy nhập khẩu',
    changes: { plannedEnd: '2028-06-30' },
  });
  expect(asked.status).toBe(201);
  expect(asked.body.decider.role).toBe('minister');
  expect((await adjust(approver, asked.body.id, { action: 'certify' })).status).toBe(200);
  expect((await adjust(minister, asked.body.id, { action: 'approve' })).status).toBe(200);
  const carried = await officer.get(`/projects/${id}`);
  expect(carried.body).toMatchObject({ state: 'CARRIED_OVER', plannedEnd: '2028-06-30' });

  const stop = await unit.post(`/projects/${id}/adjustments`, { kind: 'STOP', reason: 'Cơ sở thụ hưởng giải thể' });
  expect(stop.status).toBe(201);
  expect((await adjust(officer, stop.body.id, { action: 'certify' })).status).toBe(200);
  expect((await adjust(minister, stop.body.id, { action: 'approve', decisionNo: '13/QĐ-BCT' })).status).toBe(200);
  const stopped = await officer.get(`/projects/${id}`);
  expect(stopped.body.state).toBe('TERMINATED');
}, 120000);

it('lets the province’s approver decide a local project’s request, and the Department refuse one with a reason', async () => {
  const id = await localApproved('Máy ép dầu (điều chỉnh)');
  const asked = await unit.post(`/projects/${id}/adjustments`, {
    kind: 'BENEFICIARY',
    reason: 'HTX cũ giải thể',
    changes: { beneficiary: 'HTX Chè Tân Cương mới' },
  });
  expect(asked.status).toBe(201);
  expect(asked.body.decider).toMatchObject({ role: 'approver', organisation: 'Sở Công Thương thành phố Hà Nội' });
  const noReason = await adjust(officer, asked.body.id, { action: 'reject' });
  expect(noReason.status).toBe(400);
  const refused = await adjust(officer, asked.body.id, { action: 'reject', reason: 'Thiếu văn bản đồng ý của HTX' });
  expect(refused.status).toBe(200);
  expect(refused.body.status).toBe('REJECTED');

  const again = await unit.post(`/projects/${id}/adjustments`, {
    kind: 'BENEFICIARY',
    reason: 'HTX cũ giải thể (bổ sung văn bản)',
    changes: { beneficiary: 'HTX Chè Tân Cương mới' },
  });
  expect(again.status).toBe(201);
  expect((await adjust(officer, again.body.id, { action: 'certify' })).status).toBe(200);
  const cuc = await adjust(cucLeader, again.body.id, { action: 'approve' });
  // The Cục reads every project, but a local project's change is the province's to decide.
  expect(cuc.status).toBe(403);
  expect(cuc.body.message).toContain('lãnh đạo Sở Công Thương thành phố Hà Nội');
  expect((await adjust(approver, again.body.id, { action: 'approve' })).status).toBe(200);
  const after = await officer.get(`/projects/${id}`);
  expect(after.body).toMatchObject({ beneficiary: 'HTX Chè Tân Cương mới', termsVersion: 2, state: 'APPROVED' });
}, 120000);

it('answers bad requests with 400 or 404 and a message, never a 500', async () => {
  const id = await localApproved('Máy ép dầu (đầu vào sai)');
  const cases: Array<[Record<string, unknown>, number, string]> = [
    [{ kind: 'NEW_BUILDING', reason: 'x' }, 400, 'kind phải là một trong'],
    [{ kind: 'SITE', reason: '', changes: { site: 'A' } }, 400, 'lý do'],
    [{ kind: 'SITE', reason: 'x', changes: { beneficiary: 'B' } }, 400, 'không thay đổi: beneficiary'],
    [{ kind: 'SITE', reason: 'x', changes: 'here' }, 400, 'đối tượng'],
    [{ kind: 'FUNDING_DECREASE', reason: 'x', changes: { supportVnd: 1.5 } }, 400, 'số nguyên'],
    [{ kind: 'FUNDING_INCREASE', reason: 'x', changes: { supportVnd: 135_000_000 } }, 409, 'lớn hơn mức hiện tại'],
    [{ kind: 'FUNDING_INCREASE', reason: 'x', changes: { supportVnd: 450_000_001 } }, 409, 'vượt tổng kinh phí'],
    [{ kind: 'CONTENT', reason: 'x', changes: { category: 'MACHINERY' } }, 409, 'đã thuộc nội dung'],
    [{ kind: 'TIMING', reason: 'x', changes: { plannedEnd: '2027-02-30' } }, 400, 'YYYY-MM-DD'],
  ];
  for (const [body, status, text] of cases) {
    const res = await unit.post(`/projects/${id}/adjustments`, body);
    expect({ body, status: res.status }).toEqual({ body, status });
    expect(String(res.body.message).toLowerCase()).toContain(text.toLowerCase());
  }
  expect((await unit.post(`/adjustments/not-a-uuid/actions`, { action: 'certify' })).status).toBe(404);
  expect((await unit.get(`/adjustments/00000000-0000-4000-8000-000000000000`)).status).toBe(404);
  const unknownAction = await unit.post(`/adjustments/00000000-0000-4000-8000-000000000000/actions`, { action: 'x' });
  expect(unknownAction.status).toBe(400);
}, 120000);
