/**
 * Issue 14's exports over HTTP on real PostgreSQL, on the routes that answer JSON (?format=csv|xlsx, as the queues):
 * the plans of a year (one row per plan line), the dashboard's plan figures (by province and by content area) and
 * the lapse radar. Each: the content type, a Vietnamese file name with the year, the header row, money as whole
 * numbers and the percent with one decimal, the same figures as the JSON; a formula-like title made inert; 400 for a
 * format that is not json, csv or xlsx; 403 for the implementing unit, which reaches none of them.
 */
import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { ApiClient, ApiHarness, startApiHarness } from '../support/api-harness';
import {
  CSV_TYPE,
  XLSX_TYPE,
  csvLines,
  download,
  formulaFreeCells,
  utf8FileName,
  workbookOf,
} from '../support/export-files';

let api: ApiHarness;
let officerHN: ApiClient;
let approverHN: ApiClient;
let unitHN: ApiClient;
let nationalSupervisor: ApiClient;

const HOSTILE_PLAN_TITLE = '=HYPERLINK("http://x","Kế hoạch")';
const HOSTILE_PROJECT_TITLE = '@SUM(A1) máy sấy nông sản';
const tag = randomUUID().slice(0, 6);
const thisYear = Number(
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric' }).format(new Date()),
);
/** A plan year no other suite of the run uses (2060–2079), found by the first Hà Nội plan that goes in. */
let year: number;
let radarCode: string;

const PLAN_HEADERS = [
  'Kế hoạch (Plan)',
  'Cấp (Level)',
  'Tỉnh, thành phố (Province)',
  'Trạng thái kế hoạch (Plan status)',
  'Số quyết định (Decision No.)',
  'Ngày quyết định (Decision day)',
  'Nội dung khuyến công (Content area)',
  'Nguồn kinh phí (Funding source)',
  'Dự toán được giao, đồng (Assigned, VND)',
  'Đã phê duyệt, đồng (Approved, VND)',
  'Đã giải ngân, đồng (Disbursed, VND)',
  'Còn lại, đồng (Remaining, VND)',
  'Tỷ lệ giải ngân so với kế hoạch, % (Percent of plan)',
];
const FIGURE_HEADERS = [
  'Nhóm (Group)',
  'Tỉnh, thành phố hoặc nội dung (Province or content area)',
  'Dự toán được giao, đồng (Assigned, VND)',
  'Đã phê duyệt, đồng (Approved, VND)',
  'Đã ký hợp đồng, đồng (Contracted, VND)',
  'Đã tạm ứng, đồng (Advanced, VND)',
  'Đã quyết toán, đồng (Settled, VND)',
  'Đã giải ngân, đồng (Disbursed, VND)',
  'Tỷ lệ giải ngân so với kế hoạch, % (Percent of plan)',
];
const RADAR_HEADERS = [
  'Mã đề án (Code)',
  'Tên đề án (Title)',
  'Tỉnh, thành phố (Province)',
  'Đơn vị thực hiện (Implementing unit)',
  'Trạng thái đề án (Project status)',
  'Thời gian kết thúc dự kiến (Planned end)',
  'Kinh phí hỗ trợ được duyệt, đồng (Approved support, VND)',
  'Đã giải ngân, đồng (Disbursed, VND)',
  'Có nguy cơ bị hủy dự toán, đồng (At risk of lapsing, VND)',
  'Báo cáo tiến độ gần nhất (Last progress report)',
  'Lý do (Reasons)',
];

const tokenOf = (client: ApiClient) => (client as unknown as { token: string }).token;
const fetchFile = (client: ApiClient, path: string) => download(api.baseUrl, tokenOf(client), path);

/** A project row of the read model (no workflow): only the figures and the radar read it. */
async function insertProject(p: {
  code: string;
  title: string;
  start: string;
  end: string;
  approved: number;
  advanced: number;
  planId?: string;
  lineId?: string;
}): Promise<void> {
  const ds = api.worker.dataSource;
  const [{ id: createdBy }] = await ds.query(`SELECT id FROM users ORDER BY email LIMIT 1`);
  await ds.query(
    `INSERT INTO projects (id, code, workflow_id, scope, province_code, category, title, implementing_unit_name,
       implementing_unit_email, beneficiary, total_cost_vnd, requested_support_vnd, approved_support_vnd, advances_vnd,
       final_payments_vnd, planned_start, planned_end, state, last_seq, created_by, created_at, updated_at, search_text,
       contract_no, contract_date, plan_id, plan_line_id)
     VALUES (gen_random_uuid(), $1::varchar, 'project-' || $1::varchar, 'LOCAL', 'HN', 'MACHINERY', $2,
       'Trung tâm Khuyến công Hà Nội', 'unit.hn@demo.local', 'HTX Thử', 900000000, $3, $3, $4, 0, $5, $6,
       'IN_PROGRESS', 1, $7, now(), now(), lower($1::varchar), 'HĐ-XUAT', current_date - 5, $8, $9)`,
    [p.code, p.title, p.approved, p.advanced, p.start, p.end, createdBy, p.planId ?? null, p.lineId ?? null],
  );
}

beforeAll(async () => {
  api = await startApiHarness();
  [officerHN, approverHN, unitHN, nationalSupervisor] = await Promise.all(
    ['officer.hn', 'approver.hn', 'unit.hn', 'supervisor.national'].map((u) =>
      ApiClient.login(api.baseUrl, `${u}@demo.local`),
    ),
  );
  // A Hà Nội plan with a formula-like title: 255 million on machinery, 300 million on training.
  let plan: any;
  for (year = 2060; year < 2080; year += 1) {
    const res = await officerHN.post('/plans', {
      level: 'LOCAL',
      year,
      provinceCode: 'HN',
      title: HOSTILE_PLAN_TITLE,
      lines: [
        { category: 'MACHINERY', fundingSource: 'PROVINCIAL', assignedVnd: 255_000_000 },
        { category: 'TRAINING', fundingSource: 'PROVINCIAL', assignedVnd: 300_000_000 },
      ],
    });
    if (res.status === 201) {
      plan = res.body;
      break;
    }
    expect(res.status).toBe(409);
  }
  expect(plan).toBeDefined();
  expect((await officerHN.post(`/plans/${plan.id}/actions`, { action: 'submit' })).status).toBe(200);
  const approve = { action: 'approve', decisionNo: '12/QĐ-UBND', decisionDate: `${year}-01-15` };
  expect((await approverHN.post(`/plans/${plan.id}/actions`, approve)).status).toBe(200);
  // On the machinery line: 200 million approved, 101 million advanced (39.6% of the 255 million assigned).
  const machinery = plan.lines.find((l: { category: string }) => l.category === 'MACHINERY');
  await insertProject({
    code: `KCĐP-${year}-HN-X${tag}`,
    title: 'Hỗ trợ máy sấy nông sản',
    start: `${year}-02-01`,
    end: `${year}-11-30`,
    approved: 200_000_000,
    advanced: 101_000_000,
    planId: plan.id,
    lineId: machinery.id,
  });
  // This year's radar: a project planned to end after 31/12, its title formula-like.
  radarCode = `KCĐP-${thisYear}-HN-R${tag}`;
  await insertProject({
    code: radarCode,
    title: HOSTILE_PROJECT_TITLE,
    start: `${thisYear}-01-02`,
    end: `${thisYear + 1}-03-31`,
    approved: 300_000_000,
    advanced: 120_000_000,
  });
});

afterAll(async () => {
  await api?.stop();
});

/** The header row and the rows of the first sheet, as values. */
function sheetRows(workbook: ExcelJS.Workbook): { sheet: ExcelJS.Worksheet; header: unknown[]; rows: ExcelJS.Row[] } {
  const sheet = workbook.worksheets[0]!;
  const rows: ExcelJS.Row[] = [];
  sheet.eachRow((row, n) => n > 1 && rows.push(row));
  return { sheet, header: (sheet.getRow(1).values as unknown[]).slice(1), rows };
}

describe('the plans of a year', () => {
  it('as a workbook: one row per line, labels, whole VND, the percent with one decimal, the title inert', async () => {
    const file = await fetchFile(officerHN, `/plans?year=${year}&provinceCode=HN&format=xlsx`);
    expect(file.status).toBe(200);
    expect(file.contentType).toBe(XLSX_TYPE);
    expect(file.disposition).toMatch(
      new RegExp(`^attachment; filename="ke-hoach-khuyen-cong-nam-${year}-ha-noi\\.xlsx"`),
    );
    expect(utf8FileName(file.disposition)).toBe(`Kế hoạch khuyến công năm ${year} - Hà Nội.xlsx`);
    const workbook = await workbookOf(file.body);
    const { sheet, header, rows } = sheetRows(workbook);
    expect(sheet.name).toBe(`Kế hoạch khuyến công ${year}`);
    expect(header).toEqual(PLAN_HEADERS);
    expect(rows).toHaveLength(2);
    const cell = (row: ExcelJS.Row, h: string) => row.getCell(PLAN_HEADERS.indexOf(h) + 1);
    const machinery = rows.find(
      (r) => cell(r, 'Nội dung khuyến công (Content area)').value === 'Ứng dụng máy móc thiết bị tiên tiến',
    )!;
    expect(machinery).toBeDefined();
    expect(cell(machinery, 'Kế hoạch (Plan)').value).toBe(`'${HOSTILE_PLAN_TITLE}`);
    expect(cell(machinery, 'Cấp (Level)').value).toBe('Địa phương');
    expect(cell(machinery, 'Tỉnh, thành phố (Province)').value).toBe('Hà Nội');
    expect(cell(machinery, 'Trạng thái kế hoạch (Plan status)').value).toBe('Đã phê duyệt');
    expect(cell(machinery, 'Số quyết định (Decision No.)').value).toBe('12/QĐ-UBND');
    expect(cell(machinery, 'Ngày quyết định (Decision day)').type).toBe(ExcelJS.ValueType.Date);
    expect(cell(machinery, 'Nguồn kinh phí (Funding source)').value).toBe('Ngân sách địa phương');
    expect(cell(machinery, 'Dự toán được giao, đồng (Assigned, VND)').value).toBe(255_000_000);
    expect(cell(machinery, 'Đã phê duyệt, đồng (Approved, VND)').value).toBe(200_000_000);
    expect(cell(machinery, 'Đã giải ngân, đồng (Disbursed, VND)').value).toBe(101_000_000);
    expect(cell(machinery, 'Còn lại, đồng (Remaining, VND)').value).toBe(55_000_000);
    const percent = cell(machinery, 'Tỷ lệ giải ngân so với kế hoạch, % (Percent of plan)');
    expect(percent.value).toBe(39.6);
    expect(percent.numFmt).toBe('0.0');
    expect(cell(machinery, 'Dự toán được giao, đồng (Assigned, VND)').numFmt).toBe('#,##0');
    expect(formulaFreeCells(workbook)).toEqual([]);

    // The same figures as the JSON of the page.
    const json = await officerHN.get(`/plans?year=${year}&provinceCode=HN&format=json`);
    expect(json.status).toBe(200);
    const line = json.body.items[0].lines.find((l: { category: string }) => l.category === 'MACHINERY');
    expect(line).toMatchObject({ assignedVnd: 255_000_000, disbursedVnd: 101_000_000, percentOfPlan: 39.6 });
  });

  it('as CSV: the same header, the title inert, money as digits, the percent with one decimal', async () => {
    const file = await fetchFile(officerHN, `/plans?year=${year}&provinceCode=HN&format=csv`);
    expect(file.status).toBe(200);
    expect(file.contentType).toBe(CSV_TYPE);
    expect(file.disposition).toMatch(new RegExp(`filename="ke-hoach-khuyen-cong-nam-${year}-ha-noi\\.csv"`));
    const [header, ...rows] = csvLines(file.body);
    expect(header).toEqual(PLAN_HEADERS);
    const col = (h: string) => PLAN_HEADERS.indexOf(h);
    const training = rows.find((r) => r[col('Nội dung khuyến công (Content area)')] === 'Đào tạo nghề, truyền nghề')!;
    expect(training[col('Kế hoạch (Plan)')]).toBe(`'${HOSTILE_PLAN_TITLE}`);
    expect(training[col('Ngày quyết định (Decision day)')]).toBe(`15/01/${year}`);
    expect(training[col('Dự toán được giao, đồng (Assigned, VND)')]).toBe('300000000');
    expect(training[col('Tỷ lệ giải ngân so với kế hoạch, % (Percent of plan)')]).toBe('0.0');
    const machinery = rows.find((r) => r[col('Còn lại, đồng (Remaining, VND)')] === '55000000')!;
    expect(machinery[col('Tỷ lệ giải ngân so với kế hoạch, % (Percent of plan)')]).toBe('39.6');
  });
});

describe("the dashboard's plan figures", () => {
  it('as a workbook: the total, then by province and by content area, for the year and province asked', async () => {
    const file = await fetchFile(officerHN, `/dashboard?year=${year}&provinceCode=HN&format=xlsx`);
    expect(file.status).toBe(200);
    expect(file.contentType).toBe(XLSX_TYPE);
    expect(utf8FileName(file.disposition)).toBe(`Kế hoạch và giải ngân năm ${year} - Hà Nội.xlsx`);
    const workbook = await workbookOf(file.body);
    const { sheet, header, rows } = sheetRows(workbook);
    expect(sheet.name).toBe(`Kế hoạch và giải ngân ${year}`);
    expect(header).toEqual(FIGURE_HEADERS);
    expect(rows.map((r) => [r.getCell(1).value, r.getCell(2).value])).toEqual([
      ['Tổng cộng', 'Hà Nội'],
      ['Theo tỉnh, thành phố', 'Hà Nội'],
      ['Theo nội dung khuyến công', 'Đào tạo nghề, truyền nghề'],
      ['Theo nội dung khuyến công', 'Ứng dụng máy móc thiết bị tiên tiến'],
    ]);
    const total = rows[0]!;
    expect(total.getCell(3).value).toBe(555_000_000);
    expect(total.getCell(6).value).toBe(101_000_000);
    expect(total.getCell(8).value).toBe(101_000_000);
    // 101 ÷ 555 = 18.198…% → 18.2, as the dashboard shows it.
    expect(total.getCell(9).value).toBe(18.2);
    expect(total.getCell(9).numFmt).toBe('0.0');
    expect(rows[3]!.getCell(9).value).toBe(39.6);
    expect(formulaFreeCells(workbook)).toEqual([]);
    const json = await officerHN.get(`/dashboard?year=${year}&provinceCode=HN`);
    expect(json.body).toMatchObject({ assignedVnd: 555_000_000, disbursedVnd: 101_000_000, percentOfPlan: 18.2 });
  });

  it('as CSV, and named for the region asked', async () => {
    const file = await fetchFile(nationalSupervisor, `/dashboard?year=${year}&region=DBSH&format=csv`);
    expect(file.status).toBe(200);
    expect(file.contentType).toBe(CSV_TYPE);
    expect(utf8FileName(file.disposition)).toBe(`Kế hoạch và giải ngân năm ${year} - Đồng bằng sông Hồng.csv`);
    const [header, total, ...rest] = csvLines(file.body);
    expect(header).toEqual(FIGURE_HEADERS);
    expect(total!.slice(0, 3)).toEqual(['Tổng cộng', 'Đồng bằng sông Hồng', '555000000']);
    expect(total![8]).toBe('18.2');
    expect(rest.find((r) => r[1] === 'Hà Nội')).toBeDefined();
  });
});

describe('the lapse radar', () => {
  it('as a workbook and CSV: the projects at risk with the amounts and reasons, the title inert', async () => {
    const path = `/plans/lapse-radar?year=${thisYear}&provinceCode=HN`;
    const xlsx = await fetchFile(officerHN, `${path}&format=xlsx`);
    expect(xlsx.status).toBe(200);
    expect(xlsx.contentType).toBe(XLSX_TYPE);
    expect(xlsx.disposition).toMatch(new RegExp(`filename="nguy-co-huy-du-toan-nam-${thisYear}-ha-noi\\.xlsx"`));
    expect(utf8FileName(xlsx.disposition)).toBe(`Nguy cơ hủy dự toán năm ${thisYear} - Hà Nội.xlsx`);
    const workbook = await workbookOf(xlsx.body);
    const { sheet, header, rows } = sheetRows(workbook);
    expect(sheet.name).toBe(`Nguy cơ hủy dự toán ${thisYear}`);
    expect(header).toEqual(RADAR_HEADERS);
    const row = rows.find((r) => r.getCell(1).value === radarCode)!;
    expect(row).toBeDefined();
    const cell = (h: string) => row.getCell(RADAR_HEADERS.indexOf(h) + 1);
    expect(cell('Tên đề án (Title)').value).toBe(`'${HOSTILE_PROJECT_TITLE}`);
    expect(cell('Tỉnh, thành phố (Province)').value).toBe('Hà Nội');
    expect(cell('Trạng thái đề án (Project status)').value).toBe('Đang triển khai');
    expect(cell('Thời gian kết thúc dự kiến (Planned end)').type).toBe(ExcelJS.ValueType.Date);
    expect(cell('Kinh phí hỗ trợ được duyệt, đồng (Approved support, VND)').value).toBe(300_000_000);
    expect(cell('Đã giải ngân, đồng (Disbursed, VND)').value).toBe(120_000_000);
    expect(cell('Có nguy cơ bị hủy dự toán, đồng (At risk of lapsing, VND)').value).toBe(180_000_000);
    expect(cell('Lý do (Reasons)').value).toBe('Thời gian kết thúc dự kiến sau 31/12 của năm kế hoạch');
    expect(formulaFreeCells(workbook)).toEqual([]);

    const csv = await fetchFile(officerHN, `${path}&format=csv`);
    expect(csv.status).toBe(200);
    expect(csv.contentType).toBe(CSV_TYPE);
    const [csvHeader, ...csvRows] = csvLines(csv.body);
    expect(csvHeader).toEqual(RADAR_HEADERS);
    const csvRow = csvRows.find((r) => r[0] === radarCode)!;
    expect(csvRow[1]).toBe(`'${HOSTILE_PROJECT_TITLE}`);
    expect(csvRow[5]).toBe(`31/03/${thisYear + 1}`);
    expect(csvRow[8]).toBe('180000000');
    for (const r of csvRows) for (const field of r) expect(field).not.toMatch(/^[=+@\t\r]|^-(?!\d+$)/);

    // The JSON carries the reasons in both languages for the page.
    const json = await officerHN.get(path);
    const item = json.body.items.find((i: { code: string }) => i.code === radarCode);
    expect(item.reasonLabels).toEqual([
      {
        vi: 'Thời gian kết thúc dự kiến sau 31/12 của năm kế hoạch',
        en: 'Planned end after 31 December of the plan year',
      },
    ]);
  });
});

describe('refusals', () => {
  const PATHS = () => [`/plans?year=${year}`, `/dashboard?year=${year}`, `/plans/lapse-radar?year=${thisYear}`];

  it('answers 400 naming the parameter for a format that is not json, csv or xlsx (never a 500)', async () => {
    for (const path of PATHS()) {
      for (const format of ['pdf', 'XLSX', '', 'csv,xlsx']) {
        const res = await officerHN.get(`${path}&format=${encodeURIComponent(format)}`);
        expect({ path, format, status: res.status }).toEqual({ path, format, status: 400 });
        expect(res.body.message).toContain('format phải là json, csv hoặc xlsx');
      }
      const twice = await officerHN.get(`${path}&format=csv&format=xlsx`);
      expect({ path, status: twice.status }).toEqual({ path, status: 400 });
    }
  });

  it('answers 403 to the implementing unit, in every format', async () => {
    for (const path of PATHS()) {
      for (const format of ['json', 'csv', 'xlsx']) {
        const res = await fetchFile(unitHN, `${path}&format=${format}`);
        expect({ path, format, status: res.status }).toEqual({ path, format, status: 403 });
        expect(res.contentType).toMatch(/^application\/json/);
      }
    }
  });
});
