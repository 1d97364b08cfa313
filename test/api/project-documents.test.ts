/**
 * The papers of a project (issue 17) on the real API, worker, Temporal and PostgreSQL: a local machinery project is
 * driven through its contract, a progress report, the advance, the base acceptance, the last payment and the
 * settlement; each form is downloaded as DOCX and PDF, read back (word/document.xml; pdftotext), and must carry the
 * national title and motto and the project's own figures. Refusals: 409 before the data exists, 400 for a bad form,
 * format or period, 404 across provinces.
 */
import { QUOC_HIEU, TIEU_NGU } from '@kc/documents';
import { ApiClient, ApiHarness, startApiHarness } from '../support/api-harness';
import { docxText, pdfText } from '../support/document-text';
import {
  TEN_MINUTE_REPORT_POLICY,
  approvalDecision,
  certifiedProgress,
  newProjectRequest,
  startingToday,
  todayInVietnam,
} from '../support/request-bodies';

let api: ApiHarness;
let admin: ApiClient;
let officer: ApiClient;
let approver: ApiClient;
let unit: ApiClient;
const tokens: Record<string, string> = {};
let id: string;
let code: string;
const early: Record<string, Awaited<ReturnType<typeof download>>> = {};

const CONTRACT_NO = '15/HĐ-KCĐP-VB';
const MINUTES_NO = '07/BB-NTCS';
const APPROVED = 135_000_000;
const ADVANCE = 94_500_000;
const FINAL = 40_500_000;

async function token(email: string): Promise<string> {
  const res = await fetch(`${api.baseUrl}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'demo1234' }),
  });
  return ((await res.json()) as { accessToken: string }).accessToken;
}

async function download(path: string, as = 'officer') {
  const res = await fetch(`${api.baseUrl}${path}`, { headers: { authorization: `Bearer ${tokens[as]}` } });
  const bytes = Buffer.from(await res.arrayBuffer());
  let json: any = null;
  if ((res.headers.get('content-type') ?? '').startsWith('application/json')) json = JSON.parse(bytes.toString('utf8'));
  return { status: res.status, headers: res.headers, bytes, json };
}

async function act(client: ApiClient, body: Record<string, unknown>) {
  const res = await client.post(`/projects/${id}/actions`, body);
  expect({ action: body.action, status: res.status, body: res.status === 200 ? null : res.body }).toMatchObject({
    status: 200,
  });
  return res.body;
}

const documentPath = (form: string, query = '') => `/projects/${id}/documents/${form}${query}`;

beforeAll(async () => {
  api = await startApiHarness();
  [admin, officer, approver, unit] = await Promise.all(
    ['admin', 'officer.hn', 'approver.hn', 'unit.hn'].map((u) => ApiClient.login(api.baseUrl, `${u}@demo.local`)),
  );
  tokens.officer = await token('officer.hn@demo.local');
  tokens.officerBN = await token('officer.bn@demo.local');

  const created = await officer.post(
    '/projects',
    newProjectRequest('Ứng dụng máy sấy bơm nhiệt tại HTX Chè Tân Cương (văn bản, biểu mẫu)', startingToday()),
  );
  expect(created.status).toBe(201);
  id = created.body.id;
  code = created.body.code;
  expect((await admin.put(`/projects/${id}/deadline-policy`, TEN_MINUTE_REPORT_POLICY)).status).toBe(200);
  await act(officer, { action: 'submit' });
  await act(officer, { action: 'open_appraisal' });
  await act(approver, { action: 'approve', ...approvalDecision(APPROVED) });
  early.progressBeforeContract = await download(documentPath('progress-report', '?format=pdf'));
  early.formsBeforeContract = await download(`/projects/${id}/documents`);
  await act(officer, { action: 'sign_contract', contractNo: CONTRACT_NO, contractDate: todayInVietnam() });
  await act(unit, { action: 'start' });
  const report = await unit.post(`/projects/${id}/reports`, {
    period: 'P0001',
    physicalProgressPct: 45,
    fundsUsedVnd: 60_000_000,
    issues: 'Chậm giao máy do nhập khẩu',
  });
  expect(report.status).toBe(201);
  await act(officer, certifiedProgress());
  await act(officer, { action: 'record_disbursement', kind: 'ADVANCE', amountVnd: ADVANCE });
  await act(unit, { action: 'complete_work' });
  early.acceptanceBeforeAcceptance = await download(documentPath('acceptance-minutes', '?format=docx'));
  early.liquidationBeforeAcceptance = await download(documentPath('liquidation-minutes', '?format=pdf'));
  await act(approver, { action: 'accept', minutesNo: MINUTES_NO, minutesDate: todayInVietnam() });
  await act(officer, { action: 'record_disbursement', kind: 'FINAL', amountVnd: FINAL });
  const settled = await act(officer, { action: 'settle' });
  expect(settled.state).toBe('SETTLED');
}, 180000);

afterAll(async () => {
  await api?.stop();
});

/** "135.000.000": integer VND grouped with dots, as the papers write it. */
const vnd = (amount: number) => amount.toLocaleString('de-DE');

const FIGURES: Record<string, string[]> = {
  'progress-report': [
    CONTRACT_NO,
    vnd(APPROVED),
    vnd(ADVANCE),
    vnd(FINAL),
    vnd(60_000_000),
    'Chậm giao máy do nhập khẩu',
  ],
  'acceptance-minutes': [MINUTES_NO, CONTRACT_NO, vnd(APPROVED), vnd(ADVANCE), 'Một trăm ba mươi lăm triệu đồng'],
  'liquidation-minutes': [CONTRACT_NO, MINUTES_NO, vnd(APPROVED), vnd(ADVANCE), vnd(FINAL)],
};
const FILE_STEMS: Record<string, string> = {
  'progress-report': 'Mẫu 3b - Báo cáo tiến độ',
  'acceptance-minutes': 'Mẫu 5a - Biên bản nghiệm thu cơ sở',
  'liquidation-minutes': 'Mẫu 6 - Biên bản thanh lý hợp đồng',
};
const CONTENT_TYPES: Record<string, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

describe.each(Object.keys(FIGURES))('%s', (form) => {
  it.each(['docx', 'pdf'])(
    'downloads as %s with the national title, the motto and the project’s figures',
    async (format) => {
      const res = await download(documentPath(form, `?format=${format}`));
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe(CONTENT_TYPES[format]);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      const disposition = res.headers.get('content-disposition') ?? '';
      expect(disposition).toMatch(/^attachment; filename="[a-z0-9-]+\.(docx|pdf)"; filename\*=UTF-8''/);
      const name = decodeURIComponent(/filename\*=UTF-8''(.+)$/.exec(disposition)![1]);
      expect(name).toBe(`${FILE_STEMS[form]} - ${code}.${format}`);

      // A PDF wraps long lines and repeats table headers across pages: its words are compared with single spaces.
      const text = (format === 'docx' ? await docxText(res.bytes) : pdfText(res.bytes)).replace(/\s+/g, ' ');
      expect(text).toContain(QUOC_HIEU);
      expect(text).toContain(TIEU_NGU);
      expect(text).toContain(code);
      for (const figure of FIGURES[form]) expect(text).toContain(figure);
    },
  );
});

it('states the disbursed total in the progress report and what the liquidation leaves to pay', async () => {
  const report = await docxText((await download(documentPath('progress-report', '?format=docx'))).bytes);
  expect(report).toContain(
    `Kinh phí khuyến công được duyệt ${vnd(APPROVED)} đồng; đã tạm ứng, thanh toán ${vnd(ADVANCE + FINAL)} đồng; còn lại 0 đồng.`,
  );
  const liquidation = await docxText((await download(documentPath('liquidation-minutes', '?format=docx'))).bytes);
  expect(liquidation).toContain(`Tổng số Bên A đã chuyển cho Bên B (5 = 3 + 4)\n${vnd(ADVANCE + FINAL)}`);
  expect(liquidation).toContain(`Giá trị thanh lý hợp đồng: ${vnd(APPROVED)} đồng`);
});

it('makes the progress report up to a month, and names the file with it', async () => {
  const month = todayInVietnam().slice(0, 7);
  const res = await download(documentPath('progress-report', `?format=pdf&period=${month}`));
  expect(res.status).toBe(200);
  expect(decodeURIComponent(res.headers.get('content-disposition')!)).toContain(`${code} - ${month}.pdf`);
  expect(pdfText(res.bytes).replace(/\s+/g, ' ')).toContain(`Kỳ báo cáo: tháng ${month.slice(5)}/${month.slice(0, 4)}`);
  const none = await download(documentPath('progress-report', '?format=pdf&period=2020-01'));
  expect(none.status).toBe(409);
  expect(none.json.message).toContain('Đề án không có kỳ báo cáo tháng 01/2020');
});

it('lists the forms and whether each can be made, from the contract and the acceptance on', async () => {
  const before = early.formsBeforeContract;
  expect(before.status).toBe(200);
  expect(before.json.map((f: any) => [f.form, f.template, f.available])).toEqual([
    ['progress-report', 'Mẫu 3b', false],
    ['acceptance-minutes', 'Mẫu 5a', false],
    ['liquidation-minutes', 'Mẫu 6', false],
  ]);
  expect(before.json[0].notReady.vi).toContain('chưa ký hợp đồng');
  const after = await officer.get(`/projects/${id}/documents`);
  expect(after.body.map((f: any) => f.available)).toEqual([true, true, true]);
});

it('answers 409 with what to do when the paper’s data does not exist yet', () => {
  expect(early.progressBeforeContract.status).toBe(409);
  expect(early.progressBeforeContract.json).toMatchObject({ error: 'DOCUMENT_NOT_READY' });
  expect(early.progressBeforeContract.json.message).toContain('sau khi ghi nhận ký hợp đồng');
  expect(early.acceptanceBeforeAcceptance.status).toBe(409);
  expect(early.acceptanceBeforeAcceptance.json.message).toContain(
    'Đề án chưa nghiệm thu cơ sở: biên bản nghiệm thu (Mẫu 5a) lập được sau khi lãnh đạo Sở ghi nhận nghiệm thu',
  );
  expect(early.liquidationBeforeAcceptance.status).toBe(409);
});

it('answers 400 naming the field for an unknown form, format or period', async () => {
  const form = await download(`/projects/${id}/documents/bien-ban?format=pdf`);
  expect(form.status).toBe(400);
  expect(form.json.fields.form).toContain('progress-report');
  const format = await download(documentPath('acceptance-minutes', '?format=odt'));
  expect(format.status).toBe(400);
  expect(format.json.fields.format).toBe('format phải là docx hoặc pdf / must be docx or pdf');
  const period = await download(documentPath('progress-report', '?period=2026-13'));
  expect(period.status).toBe(400);
  expect(period.json.fields.period).toContain('YYYY-MM');
  const unknown = await download(documentPath('progress-report', '?format=pdf&copies=2'));
  expect(unknown.status).toBe(400);
});

it('answers 404 to another province’s officer, as for a project that does not exist', async () => {
  for (const form of Object.keys(FIGURES)) {
    const theirs = await download(documentPath(form, '?format=pdf'), 'officerBN');
    expect(theirs.status).toBe(404);
    expect(theirs.json.error).toBe('NOT_FOUND');
  }
  expect((await download(`/projects/${id}/documents`, 'officerBN')).status).toBe(404);
});
