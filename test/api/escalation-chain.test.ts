/**
 * Escalations up the legal chain (DOMAIN.md §10, issue 13), on the real worker, Temporal, PostgreSQL and an SMTP
 * catcher with seconds-long policies: a local project's level 2 goes to the UBND tỉnh (mailed to its leaders, shown
 * in their inbox and escalation queue), a national project's level 2 to the Cục and its level 3 to the Minister;
 * each salutation names the body addressed.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MailCatcher, findFreePort, startMailCatcher } from '@kc/devstack';
import { DEFAULT_DEADLINE_POLICY, DeadlinePolicy, Role } from '@kc/domain';
import { ApiClient, ApiHarness, startApiHarness } from '../support/api-harness';
import { CaughtNotice, caughtNotices, keysOf } from '../support/caught-notices';
import { eventually } from '../support/eventually';
import { ensureTestUsers } from '../support/test-users';
import { approvalDecision, newProjectRequest, todayInVietnam } from '../support/request-bodies';

const PASSWORD = 'demo1234';

/** P0001 falls due 6 s after the contract; level 1 two seconds later, level 2 four, level 3 six. */
const LADDER_POLICY: DeadlinePolicy = {
  reporting: {
    cadence: { kind: 'EVERY', every: 'PT6S' },
    remindBefore: [],
    overdueRepeatEvery: { duration: 'PT1H' },
    escalateLevel1After: { duration: 'PT2S' },
    escalateLevel1AfterMissedInARow: 2,
    escalateLevel2After: { duration: 'PT4S' },
    escalateLevel3After: { duration: 'PT6S' },
  },
  stall: { ...DEFAULT_DEADLINE_POLICY.stall, limits: {} },
};

/** The people of the chain this test needs beside the demo logins. */
const CHAIN_USERS: Array<{ email: string; fullName: string; role: Role; provinceCode: string | null }> = [
  { email: 'ubnd.hn@demo.local', fullName: 'Lê Văn Quang (lãnh đạo UBND thành phố Hà Nội)', role: 'ubnd_leader', provinceCode: 'HN' },
  { email: 'officer.cuc@demo.local', fullName: 'Phạm Thị Lan (chuyên viên Cục)', role: 'cuc_officer', provinceCode: null },
  { email: 'minister@demo.local', fullName: 'Bộ trưởng Bộ Công Thương', role: 'minister', provinceCode: null },
];

let api: ApiHarness;
let catcher: MailCatcher;
let mailDir: string;
let admin: ApiClient;
let officer: ApiClient;
let approver: ApiClient;
let ubnd: ApiClient;
let cucOfficer: ApiClient;
let cucLeader: ApiClient;

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

async function newProject(title: string, overrides: Record<string, unknown> = {}) {
  const created = await officer.post('/projects', newProjectRequest(title, overrides));
  expect(created.status).toBe(201);
  expect((await admin.put(`/projects/${created.body.id}/deadline-policy`, LADDER_POLICY)).status).toBe(200);
  return { id: created.body.id as string, code: created.body.code as string };
}

async function notice(code: string, key: string, timeout = 40000): Promise<CaughtNotice> {
  return eventually(async () => {
    const found = (await caughtNotices(mailDir, code)).find((n) => `${n.periodOrState}:${n.kind}:${n.repetition}` === key);
    expect(found).toBeDefined();
    return found!;
  }, timeout);
}

const codes = (rows: Array<{ code: string }>) => rows.map((r) => r.code);

beforeAll(async () => {
  mailDir = mkdtempSync(join(tmpdir(), 'kc-escalation-chain-'));
  const smtpPort = await findFreePort();
  catcher = await startMailCatcher({ smtpPort, mailDir, log: () => undefined });
  api = await startApiHarness({ smtpUrl: catcher.smtpUrl });
  await ensureChainUsers();
  [admin, officer, approver, ubnd, cucOfficer, cucLeader] = await Promise.all(
    ['admin', 'officer.hn', 'approver.hn', 'ubnd.hn', 'officer.cuc', 'approver.national'].map((u) =>
      ApiClient.login(api.baseUrl, `${u}@demo.local`, PASSWORD),
    ),
  );
}, 120000);

afterAll(async () => {
  await api?.stop();
  await catcher?.stop();
});

it("sends a local project's level 2 to the UBND tỉnh, named in the salutation, and shows it in that leader's queue", async () => {
  const { id, code } = await newProject('Máy sấy nông sản (cảnh báo cấp 2 lên UBND)');
  await act(officer, id, { action: 'submit' });
  await act(officer, id, { action: 'open_appraisal' });
  await act(approver, id, { action: 'approve', ...approvalDecision() });
  await act(officer, id, { action: 'sign_contract', contractNo: 'HĐ-UB', contractDate: todayInVietnam() });

  const level1 = (await notice(code, 'P0001:ESCALATION_1:1')).message;
  expect(level1.to).toEqual(expect.arrayContaining(['approver.hn@demo.local', 'supervisor.hn@demo.local']));
  expect(level1.text.split('\n')[0]).toBe('Kính gửi: Lãnh đạo Sở Công Thương thành phố Hà Nội');

  const level2 = (await notice(code, 'P0001:ESCALATION_2:1')).message;
  expect(level2.to).toContain('ubnd.hn@demo.local');
  expect(level2.to).not.toContain('approver.hn@demo.local');
  expect(level2.text.split('\n')[0]).toBe('Kính gửi: Ủy ban nhân dân thành phố Hà Nội');

  // Level 3: the UBND chairman's decision, to the same leaders.
  const level3 = (await notice(code, 'P0001:ESCALATION_3:1')).message;
  expect(level3.to).toContain('ubnd.hn@demo.local');
  expect(level3.text.split('\n')[0]).toBe('Kính gửi: Chủ tịch Ủy ban nhân dân thành phố Hà Nội');
  expect(level3.subject).toContain('[Cảnh báo cấp 3 — đề nghị quyết định]');
  // The chairman decides under the province's regulation; the Minister's carry-over is for national projects.
  expect(level3.text).toContain('quyết định điều chỉnh, gia hạn hoặc ngừng thực hiện đề án theo quy chế');
  expect(level3.text).not.toContain('Bộ trưởng');

  // The UBND leader sees it in the inbox and in the escalations queue, with every level reached.
  const inbox = await eventually(async () => {
    const res = await ubnd.get('/inbox?limit=200');
    expect(res.status).toBe(200);
    expect(codes(res.body.escalations)).toContain(code);
    return res.body.escalations;
  }, 20000);
  expect(inbox.find((e: { code: string }) => e.code === code).level).toBeGreaterThanOrEqual(2);
  const queue = await ubnd.get('/queues/escalations?limit=500');
  expect(queue.status).toBe(200);
  const row = queue.body.items.find((i: { code: string; what: { period?: string } }) => i.code === code && i.what.period === 'P0001');
  expect(row.escalation.level).toBe(3);
  expect(row.escalation.levels.map((l: { level: number }) => l.level)).toEqual([1, 2, 3]);
  expect(row.escalation.levels[1].notified).toContain('ubnd.hn@demo.local');
  const level3Queue = await ubnd.get('/queues/escalations?limit=500&level=3');
  expect(level3Queue.status).toBe(200);
  expect(codes(level3Queue.body.items)).toContain(code);
}, 90000);

it("sends a national project's level 2 to the Cục and its level 3 to the Minister, each named in the salutation", async () => {
  const { id, code } = await newProject('Dây chuyền chế biến chè (cảnh báo cấp quốc gia)', { scope: 'NATIONAL' });
  await act(officer, id, { action: 'submit' });
  await act(officer, id, { action: 'open_appraisal' });
  await act(approver, id, { action: 'register' });
  await act(cucOfficer, id, { action: 'open_ministry_appraisal' });
  await act(cucLeader, id, { action: 'approve', ...approvalDecision(), decisionNo: '88/QĐ-BCT' });
  await act(cucOfficer, id, { action: 'sign_contract', contractNo: 'HĐ-QG', contractDate: todayInVietnam() });

  const level1 = (await notice(code, 'P0001:ESCALATION_1:1')).message;
  expect(level1.to).toEqual(expect.arrayContaining(['approver.hn@demo.local']));

  const level2 = (await notice(code, 'P0001:ESCALATION_2:1')).message;
  expect(level2.to).toEqual(
    expect.arrayContaining(['officer.cuc@demo.local', 'approver.national@demo.local', 'supervisor.national@demo.local']),
  );
  expect(level2.to).not.toContain('approver.hn@demo.local');
  expect(level2.text.split('\n')[0]).toBe('Kính gửi: Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công');

  const level3 = (await notice(code, 'P0001:ESCALATION_3:1')).message;
  expect(level3.to).toEqual(expect.arrayContaining(['minister@demo.local', 'approver.national@demo.local']));
  expect(level3.text.split('\n')[0]).toBe('Kính gửi: Bộ trưởng Bộ Công Thương');
  expect(level3.text).toContain('cho phép chuyển tiếp (gia hạn sang năm sau) hoặc ngừng thực hiện đề án');
  expect(keysOf(await caughtNotices(mailDir, code)).filter((k) => k === 'P0001:ESCALATION_3:1')).toHaveLength(1);

  // The Cục officer sees the level-2 escalation in the inbox (the Cục's own level).
  await eventually(async () => {
    const res = await cucOfficer.get('/inbox?limit=200');
    expect(res.status).toBe(200);
    expect(codes(res.body.escalations)).toContain(code);
  }, 20000);
}, 90000);
