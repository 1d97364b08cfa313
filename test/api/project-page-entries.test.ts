/**
 * A long-running project's page over HTTP (real API, worker, Temporal dev server, PostgreSQL): it shows the newest 50
 * history entries and disbursements, says where the older ones start, and serves those on request; its approval
 * decision is shown although the approval is older than the entries the page holds.
 */
import { ApiClient, ApiHarness, startApiHarness } from '../support/api-harness';
import { docxText } from '../support/document-text';
import {
  approvalDecision,
  certifiedProgress,
  newProjectRequest,
  startingToday,
  todayInVietnam,
} from '../support/request-bodies';

const PAGE = 50;
/** Advances recorded: with the creation, four steps to a signed contract and the progress, 61 history entries. */
const ADVANCES = 55;

let api: ApiHarness;
let officer: ApiClient;
let approver: ApiClient;
let officerBN: ApiClient;
let id: string;
let lastAnswer: Record<string, any>;

beforeAll(async () => {
  api = await startApiHarness();
  [officer, approver, officerBN] = await Promise.all(
    ['officer.hn', 'approver.hn', 'officer.bn'].map((u) => ApiClient.login(api.baseUrl, `${u}@demo.local`)),
  );
  const created = await officer.post('/projects', newProjectRequest('Máy sấy chè nhiều đợt tạm ứng', startingToday()));
  expect(created.status).toBe(201);
  id = created.body.id;
  const act = async (client: ApiClient, body: Record<string, unknown>) => {
    const res = await client.post(`/projects/${id}/actions`, body);
    expect({ action: body.action, status: res.status, body: res.status === 200 ? null : res.body }).toMatchObject({
      status: 200,
    });
    return res.body;
  };
  await act(officer, { action: 'submit' });
  await act(officer, { action: 'open_appraisal' });
  await act(approver, { action: 'approve', ...approvalDecision() });
  await act(officer, { action: 'sign_contract', contractNo: '21/HĐ-KCĐP-2026', contractDate: todayInVietnam() });
  await act(officer, certifiedProgress());
  for (let i = 0; i < ADVANCES; i += 1) {
    lastAnswer = await act(officer, { action: 'record_disbursement', kind: 'ADVANCE', amountVnd: 1_000 + i });
  }
}, 240000);

afterAll(async () => {
  await api?.stop();
});

const seqsOf = (entries: Array<{ seq: number }>) => entries.map((e) => e.seq);
const ascending = (seqs: number[]) => seqs.every((seq, i) => i === 0 || seq > seqs[i - 1]);

it('answers an action with the newest 50 history entries and disbursements, and where the older ones start', () => {
  expect(lastAnswer.history).toHaveLength(PAGE);
  expect(ascending(seqsOf(lastAnswer.history))).toBe(true);
  expect(lastAnswer.history.at(-1)).toMatchObject({ action: 'record_disbursement', details: { amountVnd: 1_054 } });
  expect(lastAnswer.historyNextBefore).toBe(lastAnswer.history[0].seq);
  expect(lastAnswer.disbursements).toHaveLength(PAGE);
  expect(lastAnswer.disbursements.at(-1)).toMatchObject({ kind: 'ADVANCE', amountVnd: 1_054 });
  expect(lastAnswer.disbursementsNextBefore).toBe(lastAnswer.disbursements[0].seq);
  // The totals are the project's, not the page's.
  const advanced = Array.from({ length: ADVANCES }, (_, i) => 1_000 + i).reduce((a, b) => a + b, 0);
  expect(lastAnswer.disbursedVnd).toEqual({ advances: advanced, final: 0, total: advanced, refunded: 0 });
});

it('shows the approval decision although the approval is older than the page’s history', async () => {
  const page = await officer.get(`/projects/${id}`);
  expect(page.status).toBe(200);
  expect(page.body.history.map((h: { action: string }) => h.action)).not.toContain('approve');
  expect(page.body.approval).toEqual({
    decisionNo: '125/QĐ-SCT',
    decisionDate: '2026-11-01',
    approvedSupportVnd: 135000000,
  });
  expect(page.body.termination).toBeNull();
});

it('serves the older history entries and disbursements, oldest first, until none remain', async () => {
  const page = (await officer.get(`/projects/${id}`)).body;
  const older = await officer.get(`/projects/${id}/history?before=${page.historyNextBefore}`);
  expect(older.status).toBe(200);
  expect(older.body.nextBefore).toBeNull();
  expect(older.body.items[0]).toMatchObject({ action: 'create', toState: { code: 'DRAFT', vi: 'Dự thảo đề án' } });
  const all = [...seqsOf(older.body.items), ...seqsOf(page.history)];
  expect(all).toHaveLength(1 + 4 + 1 + ADVANCES); // create, four steps to the contract, the progress, the advances
  expect(ascending(all)).toBe(true);

  const two = await officer.get(`/projects/${id}/history?before=${page.historyNextBefore}&limit=2`);
  expect(seqsOf(two.body.items)).toEqual(seqsOf(older.body.items).slice(-2));
  expect(two.body.nextBefore).toBe(two.body.items[0].seq);

  const olderMoney = await officer.get(`/projects/${id}/disbursements?before=${page.disbursementsNextBefore}`);
  expect(olderMoney.status).toBe(200);
  expect(olderMoney.body.items.map((d: { amountVnd: number }) => d.amountVnd)).toEqual([
    1_000, 1_001, 1_002, 1_003, 1_004,
  ]);
  expect(olderMoney.body.nextBefore).toBeNull();
  // Without `before`: the newest, as the page shows them.
  const newest = await officer.get(`/projects/${id}/disbursements`);
  expect(seqsOf(newest.body.items)).toEqual(seqsOf(page.disbursements));
});

it('refuses a bad `before` or `limit` with 400 and a message naming it, and another province’s officer with 404', async () => {
  for (const query of ['before=0', 'before=abc', 'before=1.5', 'before=99999999999', 'limit=0', 'limit=201']) {
    const res = await officer.get(`/projects/${id}/history?${query}`);
    expect({ query, status: res.status }).toEqual({ query, status: 400 });
    expect(res.body.message).toMatch(query.startsWith('before') ? /before/ : /limit/);
  }
  expect((await officer.get(`/projects/${id}/disbursements?before=-3`)).status).toBe(400);
  const elsewhere = await officerBN.get(`/projects/${id}/history`);
  expect(elsewhere.status).toBe(404);
  expect((await officerBN.get(`/projects/${id}/disbursements`)).status).toBe(404);
  expect((await officer.get('/projects/00000000-0000-4000-8000-000000000000/history')).status).toBe(404);
});

it('lists every disbursement in the papers, not only the page’s newest 50', async () => {
  const res = await fetch(`${api.baseUrl}/projects/${id}/documents/progress-report?format=docx`, {
    headers: { authorization: `Bearer ${officer.token}` },
  });
  expect(res.status).toBe(200);
  const text = await docxText(Buffer.from(await res.arrayBuffer()));
  // 1,000 + 1,001 + … + 1,054 VND.
  expect(text).toContain('đã tạm ứng, thanh toán 56.485 đồng');
});
