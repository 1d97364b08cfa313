/**
 * The Department's periodic report (TT 36 Art. 21.5) and Mẫu 2 on the real API, worker, Temporal and PostgreSQL: a
 * local project of Hà Nội is driven to IN_PROGRESS with an advance, another is left submitted, a national one is
 * registered; the report for this year is downloaded as DOCX, PDF and XLSX and read back (word/document.xml,
 * pdftotext, ExcelJS, the library that wrote it), and must carry the quốc hiệu, the title and the figures of the
 * data. Refusals: 401 without a token, 403 for a unit and for another province, 400 naming the field, 409 for a
 * period not begun.
 */
import ExcelJS from 'exceljs';
import { QUOC_HIEU } from '@kc/documents';
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
const tokens: Record<string, string> = {};
let year: number;
let nationalCode: string;

interface Figures {
  states: (label: string) => number[];
  local: { label: string; approved: number; advanced: number };
}
let before: Figures;

/** The report's figures for Hà Nội this year, read from its XLSX (the library that wrote it reads it back). */
async function figures(): Promise<Figures> {
  const file = await download(`/reports/periodic?provinceCode=HN&period=${year}&format=xlsx`, 'ubnd');
  expect(file.status).toBe(200);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(file.bytes as unknown as ArrayBuffer);
  const rows = book.getWorksheet('Đề án theo trạng thái')!.getSheetValues().slice(2) as unknown[][];
  const money = book.getWorksheet('Kế hoạch và giải ngân')!.getSheetValues() as unknown[][];
  const local = money.find((r) => String(r?.[1] ?? '').startsWith('Khuyến công địa phương')) ?? [];
  return {
    states: (label) => (rows.find((r) => r?.[2] === label)?.slice(3, 6) as number[] | undefined) ?? [0, 0, 0],
    local: { label: String(local[1] ?? ''), approved: Number(local[3] ?? 0), advanced: Number(local[4] ?? 0) },
  };
}

const APPROVED = 135_000_000;
const ADVANCE = 94_500_000;

async function token(email: string): Promise<string> {
  const res = await fetch(`${api.baseUrl}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'demo1234' }),
  });
  return ((await res.json()) as { accessToken: string }).accessToken;
}

async function download(path: string, as: string | null = 'officer') {
  const res = await fetch(`${api.baseUrl}${path}`, {
    headers: as ? { authorization: `Bearer ${tokens[as]}` } : {},
  });
  const bytes = Buffer.from(await res.arrayBuffer());
  let json: any = null;
  if ((res.headers.get('content-type') ?? '').startsWith('application/json')) json = JSON.parse(bytes.toString('utf8'));
  return { status: res.status, headers: res.headers, bytes, json };
}

beforeAll(async () => {
  api = await startApiHarness();
  const [admin, officer, approver, unit] = await Promise.all(
    ['admin', 'officer.hn', 'approver.hn', 'unit.hn'].map((u) => ApiClient.login(api.baseUrl, `${u}@demo.local`)),
  );
  for (const [key, email] of Object.entries({
    officer: 'officer.hn',
    approver: 'approver.hn',
    ubnd: 'ubnd.hn',
    cuc: 'officer.cuc',
    unit: 'unit.hn',
    officerBN: 'officer.bn',
  }))
    tokens[key] = await token(`${email}@demo.local`);
  year = Number(todayInVietnam().slice(0, 4));
  // The suites share one database: the figures are compared with what they were before this suite's projects.
  before = await figures();

  const act = async (id: string, client: ApiClient, body: Record<string, unknown>) => {
    const res = await client.post(`/projects/${id}/actions`, body);
    expect({ action: body.action, status: res.status, body: res.status === 200 ? null : res.body }).toMatchObject({
      status: 200,
    });
  };
  const running = await officer.post('/projects', newProjectRequest('Máy sấy chè (báo cáo định kỳ)', startingToday()));
  expect(running.status).toBe(201);
  expect(running.body.code).toContain(`-${year}-`);
  const id = running.body.id;
  expect((await admin.put(`/projects/${id}/deadline-policy`, TEN_MINUTE_REPORT_POLICY)).status).toBe(200);
  await act(id, officer, { action: 'submit' });
  await act(id, officer, { action: 'open_appraisal' });
  await act(id, approver, { action: 'approve', ...approvalDecision(APPROVED) });
  await act(id, officer, { action: 'sign_contract', contractNo: '21/HĐ-KCĐP-BC', contractDate: todayInVietnam() });
  await act(id, unit, { action: 'start' });
  const report = await unit.post(`/projects/${id}/reports`, {
    period: 'P0001',
    physicalProgressPct: 80,
    fundsUsedVnd: 1,
  });
  expect(report.status).toBe(201);
  await act(id, officer, certifiedProgress());
  await act(id, officer, { action: 'record_disbursement', kind: 'ADVANCE', amountVnd: ADVANCE });

  // A project stopped after its advance, the advance refunded: its money went back and counts for nothing.
  const stopped = await officer.post(
    '/projects',
    newProjectRequest('Lò sấy dừng giữa chừng (báo cáo định kỳ)', startingToday()),
  );
  expect(stopped.status).toBe(201);
  await act(stopped.body.id, officer, { action: 'submit' });
  await act(stopped.body.id, officer, { action: 'open_appraisal' });
  await act(stopped.body.id, approver, { action: 'approve', ...approvalDecision(APPROVED) });
  await act(stopped.body.id, officer, {
    action: 'sign_contract',
    contractNo: '22/HĐ-KCĐP-BC',
    contractDate: todayInVietnam(),
  });
  await act(stopped.body.id, officer, certifiedProgress());
  await act(stopped.body.id, officer, { action: 'record_disbursement', kind: 'ADVANCE', amountVnd: ADVANCE });
  await act(stopped.body.id, approver, {
    action: 'terminate',
    reason: 'Cơ sở ngừng sản xuất',
    decisionNo: '23/QĐ-SCT',
    decisionDate: todayInVietnam(),
  });
  await act(stopped.body.id, officer, { action: 'record_refund', amountVnd: ADVANCE });

  const submitted = await officer.post(
    '/projects',
    newProjectRequest('Đào tạo nghề mây tre (báo cáo định kỳ)', startingToday()),
  );
  await act(submitted.body.id, officer, { action: 'submit' });

  const national = await officer.post(
    '/projects',
    newProjectRequest('Trình diễn kỹ thuật sấy nông sản (Mẫu 2)', {
      ...startingToday(),
      scope: 'NATIONAL',
      totalCostVnd: 1_500_000_000,
      requestedSupportVnd: 450_000_000,
    }),
  );
  expect(national.status).toBe(201);
  nationalCode = national.body.code;
  await act(national.body.id, officer, { action: 'submit' });
}, 180000);

afterAll(async () => {
  await api?.stop();
});

const vnd = (amount: number) => amount.toLocaleString('de-DE');
const periodic = (query: string) => `/reports/periodic?${query}`;

describe('GET /api/reports/periodic', () => {
  it('DOCX: the Decree 30 report with the figures of the data', async () => {
    const file = await download(periodic(`provinceCode=HN&period=${year}&format=docx`));
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toContain('wordprocessingml');
    expect(file.headers.get('x-content-type-options')).toBe('nosniff');
    const disposition = file.headers.get('content-disposition') ?? '';
    expect(disposition).toMatch(/^attachment; filename="[\x20-\x7e]+\.docx"; filename\*=UTF-8''/);
    expect(decodeURIComponent(disposition.split("UTF-8''")[1])).toBe(`Báo cáo khuyến công năm ${year} - HN.docx`);
    const text = await docxText(file.bytes);
    const after = await figures();
    for (const expected of [
      QUOC_HIEU,
      'SỞ CÔNG THƯƠNG THÀNH PHỐ HÀ NỘI',
      'Số: ……/BC-SCT',
      'BÁO CÁO',
      `Tình hình thực hiện hoạt động khuyến công năm ${year}`,
      'Đang triển khai',
      vnd(after.local.approved),
      vnd(after.local.advanced),
      'GIÁM ĐỐC',
      'Lưu: VT, …',
    ])
      expect(text).toContain(expected);
  });

  it('PDF: the same words, read back by pdftotext', async () => {
    const file = await download(periodic(`provinceCode=HN&period=${year}&format=pdf`), 'approver');
    expect(file.status).toBe(200);
    expect(file.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(file.bytes).replace(/\s+/g, ' ');
    const after = await figures();
    for (const expected of [
      QUOC_HIEU,
      `Tình hình thực hiện hoạt động khuyến công năm ${year}`,
      vnd(after.local.advanced),
    ])
      expect(text).toContain(expected);
  });

  it('XLSX: the tables as sheets, figures as numbers equal to the data', async () => {
    // This suite's projects: one local project running with its advance, one local and one national submitted, and
    // one local project stopped whose advance was refunded (approved and advanced count nothing for it).
    const after = await figures();
    const delta = (label: string) => after.states(label).map((n, i) => n - before.states(label)[i]);
    expect(delta('Đang triển khai')).toEqual([0, 1, 1]);
    expect(delta('Đã nộp Sở Công Thương')).toEqual([1, 1, 2]);
    expect(after.local.approved - before.local.approved).toBe(APPROVED);
    expect(after.local.advanced - before.local.advanced).toBe(ADVANCE);
    expect(after.local.label).toMatch(/^Khuyến công địa phương \(\d+ đề án\)$/);
  });

  it('the Cục reads any province; a period under way gives the figures up to today', async () => {
    const quarter = Math.floor((Number(todayInVietnam().slice(5, 7)) - 1) / 3) + 1;
    const file = await download(periodic(`provinceCode=HN&period=${year}-Q${quarter}&format=docx`), 'cuc');
    expect(file.status).toBe(200);
    expect(await docxText(file.bytes)).toContain(`quý ${['I', 'II', 'III', 'IV'][quarter - 1]} năm ${year}`);
  });

  it('refuses: 401 without a token, 403 for a unit and for another province', async () => {
    expect((await download(periodic(`provinceCode=HN&period=${year}`), null)).status).toBe(401);
    expect((await download(periodic(`provinceCode=HN&period=${year}`), 'unit')).status).toBe(403);
    const other = await download(periodic(`provinceCode=HN&period=${year}`), 'officerBN');
    expect(other.status).toBe(403);
    expect(other.json.message).toMatch(/^Bạn chỉ xem được báo cáo của tỉnh, thành phố mình/);
  });

  it('400 names the field (Vietnamese first); 409 for a period not begun', async () => {
    const bad = await download(periodic(`provinceCode=HN&period=${year}-Q5`));
    expect(bad.status).toBe(400);
    expect(bad.json.fields.period).toMatch(/^period phải là quý/);
    const format = await download(periodic(`provinceCode=HN&period=${year}&format=odt`));
    expect(format.status).toBe(400);
    expect(format.json.fields.format).toBeDefined();
    const unknown = await download(periodic(`provinceCode=ZZ&period=${year}`), 'cuc');
    expect(unknown.status).toBe(400);
    expect(unknown.json.fields.provinceCode).toMatch(/^Không có tỉnh, thành phố mã "ZZ"/);
    const future = await download(periodic(`provinceCode=HN&period=${year + 1}-Q1`));
    expect(future.status).toBe(409);
    expect(future.json.error).toBe('PERIOD_NOT_STARTED');
  });
});

describe('GET /api/reports/registration-summary (Mẫu 2)', () => {
  it('one row per national project of the province for the year, in DOCX and PDF', async () => {
    const docx = await download(`/reports/registration-summary?provinceCode=HN&year=${year}&format=docx`);
    expect(docx.status).toBe(200);
    const text = await docxText(docx.bytes);
    expect(text).toContain(`BẢNG TỔNG HỢP ĐỀ ÁN KHUYẾN CÔNG QUỐC GIA ĐĂNG KÝ NĂM ${year}`);
    expect(text).toContain(`Trình diễn kỹ thuật sấy nông sản (Mẫu 2) (${nationalCode})`);
    expect(text).toContain(vnd(450_000_000));
    // This suite's local project is not registered nationally (other suites' national projects may share its words).
    expect(text).not.toContain('Máy sấy chè (báo cáo định kỳ)');
    const pdf = await download(`/reports/registration-summary?provinceCode=HN&year=${year}&format=pdf`);
    expect(pdf.status).toBe(200);
    expect(pdfText(pdf.bytes)).toContain(QUOC_HIEU);
  });

  it('refuses another province (403) and a bad year (400)', async () => {
    expect((await download(`/reports/registration-summary?provinceCode=HN&year=${year}`, 'officerBN')).status).toBe(
      403,
    );
    const bad = await download(`/reports/registration-summary?provinceCode=HN&year=20x7`);
    expect(bad.status).toBe(400);
    expect(bad.json.fields.year).toBeDefined();
  });
});
