/**
 * Queue exports over HTTP, read back as a person's spreadsheet program would: real Excel dates in Vietnam time,
 * labels and names instead of codes and emails, a frozen header row with filters, Vietnamese sheet and file names,
 * the same columns in the CSV; and no formula injection through a project's title or unit in either format.
 */
import ExcelJS from 'exceljs';
import { DEFAULT_DEADLINE_POLICY, DeadlinePolicy } from '@kc/domain';
import { ApiClient, ApiHarness, startApiHarness } from '../support/api-harness';
import { eventually } from '../support/eventually';
import { approvalDecision, newProjectRequest, todayInVietnam, certifiedProgress } from '../support/request-bodies';
import { csvLines, workbookOf } from '../support/export-files';

let api: ApiHarness;
let officerHN: ApiClient;
let approverHN: ApiClient;
let supervisorHN: ApiClient;
let admin: ApiClient;
let lateCode: string;
const injected: Record<string, string> = {};

// Titles need five characters at least, so the short ones carry words after the formula-like start.
const HOSTILE_TITLES = ['=HYPERLINK("http://x")', '+1 máy sấy', '-2 máy sấy', '@SUM(A1)', '\tX máy sấy'];
const HOSTILE_UNIT = '=1+1 Trung tâm';

const HEADERS = [
  'Mã đề án (Code)',
  'Tên đề án (Title)',
  'Tỉnh, thành phố (Province)',
  'Đơn vị thực hiện (Implementing unit)',
  'Cán bộ phụ trách (Officer)',
  'Trạng thái đề án (Project status)',
  'Nội dung (What is due)',
  'Hạn (Due day)',
  'Quá hạn, ngày làm việc (Working days overdue)',
  'Quá hạn, ngày (Days overdue)',
  'Mức cảnh báo (Warning level)',
  'Tình trạng xử lý cảnh báo (Warning status)',
  'Thao tác gần nhất (Last action)',
  'Thời điểm thao tác (Last action at)',
  'Người thao tác (Last action by)',
];
const column = (header: string) => HEADERS.indexOf(header) + 1;

const reportEvery3s: DeadlinePolicy = {
  reporting: {
    cadence: { kind: 'EVERY', every: 'PT3S' },
    remindBefore: [],
    overdueRepeatEvery: { duration: 'PT1H' },
    escalateLevel1After: { duration: 'PT1H' },
    escalateLevel1AfterMissedInARow: 99,
    escalateLevel2After: { duration: 'PT2H' },
  },
  stall: { ...DEFAULT_DEADLINE_POLICY.stall, limits: {} },
};

async function download(client: ApiClient, path: string) {
  const token = (client as unknown as { token: string }).token;
  const res = await fetch(`${api.baseUrl}${path}`, { headers: { authorization: `Bearer ${token}` } });
  expect(res.status).toBe(200);
  return { body: Buffer.from(await res.arrayBuffer()), disposition: res.headers.get('content-disposition') ?? '' };
}

beforeAll(async () => {
  api = await startApiHarness();
  [admin, officerHN, approverHN, supervisorHN] = await Promise.all(
    ['admin', 'officer.hn', 'approver.hn', 'supervisor.hn'].map((u) => ApiClient.login(api.baseUrl, `${u}@demo.local`)),
  );
  // A late report: contracted on a 3-second reporting policy.
  const late = await officerHN.post('/projects', newProjectRequest('Hỗ trợ máy sấy nông sản xuất khẩu'));
  expect(late.status).toBe(201);
  lateCode = late.body.code;
  expect((await admin.put(`/projects/${late.body.id}/deadline-policy`, reportEvery3s)).status).toBe(200);
  const act = (c: ApiClient, body: object) => c.post(`/projects/${late.body.id}/actions`, body);
  for (const [client, body] of [
    [officerHN, { action: 'submit' }],
    [officerHN, { action: 'open_appraisal' }],
    [approverHN, { action: 'approve', ...approvalDecision() }],
    [officerHN, { action: 'sign_contract', contractNo: 'HĐ-XUAT', contractDate: todayInVietnam() }],
    [officerHN, certifiedProgress()],
    [officerHN, { action: 'record_disbursement', kind: 'ADVANCE', amountVnd: 30000000 }],
  ] as const) {
    expect((await act(client, body)).status).toBe(200);
  }
  // Hostile titles and a hostile unit name, submitted: each is in the upcoming queue (its SUBMITTED time limit).
  for (const title of HOSTILE_TITLES) {
    const body = newProjectRequest(
      title,
      title.startsWith('=H') ? { implementingUnit: { name: HOSTILE_UNIT, email: 'unit.hn@demo.local' } } : {},
    );
    const created = await officerHN.post('/projects', body);
    expect(created.status).toBe(201);
    injected[title] = created.body.code;
    expect((await officerHN.post(`/projects/${created.body.id}/actions`, { action: 'submit' })).status).toBe(200);
  }
  // The API trims a title's white space, so a tab-led title can only be an older row of the read model: put it there.
  await api.worker.dataSource.query(`UPDATE projects SET title = $1 WHERE code = $2`, [
    '\tX máy sấy',
    injected['\tX máy sấy'],
  ]);
  await eventually(async () => {
    const queue = await supervisorHN.get('/queues/late-reports?limit=500');
    expect(queue.body.items.some((i: { code: string }) => i.code === lateCode)).toBe(true);
  }, 30000);
});

afterAll(async () => {
  await api?.stop();
});

it('exports late reports to a workbook a person can filter: typed dates, labels, names, frozen header', async () => {
  const { body, disposition } = await download(supervisorHN, '/queues/late-reports?format=xlsx');
  expect(disposition).toMatch(/^attachment; filename="bao-cao-tre-han-\d\d-\d\d-\d{4}\.xlsx"; filename\*=UTF-8''/);
  expect(decodeURIComponent(/filename\*=UTF-8''(.+)$/.exec(disposition)![1]!)).toMatch(
    /^Báo cáo trễ hạn \d\d-\d\d-\d{4}\.xlsx$/,
  );
  const workbook = await workbookOf(body);
  expect(workbook.worksheets.map((s) => s.name)).toEqual(['Báo cáo trễ hạn']);
  const sheet = workbook.worksheets[0]!;
  expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  expect(sheet.autoFilter).toBe('A1:O1');
  expect(sheet.getRow(1).values).toEqual([undefined, ...HEADERS]);
  expect(sheet.getRow(1).font?.bold).toBe(true);
  expect(sheet.getColumn(column('Tên đề án (Title)')).width).toBeGreaterThanOrEqual(40);

  const json = await supervisorHN.get('/queues/late-reports?limit=500');
  const item = json.body.items.find((i: { code: string }) => i.code === lateCode);
  const rowNumber = (sheet.getColumn(1).values as unknown[]).indexOf(lateCode);
  expect(rowNumber).toBeGreaterThan(1);
  const cell = (header: string) => sheet.getRow(rowNumber).getCell(column(header));

  expect(cell('Tên đề án (Title)').value).toBe('Hỗ trợ máy sấy nông sản xuất khẩu');
  expect(cell('Tỉnh, thành phố (Province)').value).toBe('Hà Nội');
  expect(cell('Đơn vị thực hiện (Implementing unit)').value).toBe('Trung tâm Khuyến công Hà Nội');
  expect(cell('Cán bộ phụ trách (Officer)').value).toBe('Nguyễn Thu Hà (cán bộ khuyến công Hà Nội)');
  expect(cell('Trạng thái đề án (Project status)').value).toBe('Đã ký hợp đồng / giao nhiệm vụ');
  expect(cell('Nội dung (What is due)').value).toMatch(/^Báo cáo tiến độ kỳ \d+$/);
  expect(cell('Thao tác gần nhất (Last action)').value).toBe('Ghi nhận giải ngân');
  expect(cell('Người thao tác (Last action by)').value).toBe('Nguyễn Thu Hà (cán bộ khuyến công Hà Nội)');
  // No email anywhere in the row: names stand for people.
  expect(JSON.stringify(sheet.getRow(rowNumber).values)).not.toContain('@');

  const due = cell('Hạn (Due day)');
  expect(due.type).toBe(ExcelJS.ValueType.Date);
  expect(due.numFmt).toBe('dd/mm/yyyy');
  expect((due.value as Date).toISOString().slice(0, 10)).toBe(item.dueDay);
  const at = cell('Thời điểm thao tác (Last action at)');
  expect(at.type).toBe(ExcelJS.ValueType.Date);
  expect(at.numFmt).toBe('dd/mm/yyyy hh:mm');
  // The cell holds the Hà Nội wall clock (UTC+7) of the moment, to the minute.
  const local = new Date(Date.parse(item.lastAction.at) + 7 * 3600_000).toISOString().slice(0, 16);
  expect((at.value as Date).toISOString().slice(0, 16)).toBe(local);
  const overdue = cell('Quá hạn, ngày (Days overdue)');
  expect(overdue.type).toBe(ExcelJS.ValueType.Number);
});

it('exports the same columns and labels to CSV, dates as dd/mm/yyyy', async () => {
  const { body, disposition } = await download(supervisorHN, '/queues/late-reports?format=csv');
  expect(disposition).toMatch(/filename="bao-cao-tre-han-[\d-]+\.csv"/);
  const [header, ...rows] = csvLines(body);
  expect(header).toEqual(HEADERS);
  const row = rows.find((r) => r[0] === lateCode)!;
  expect(row).toBeDefined();
  expect(row[column('Trạng thái đề án (Project status)') - 1]).toBe('Đã ký hợp đồng / giao nhiệm vụ');
  expect(row[column('Thao tác gần nhất (Last action)') - 1]).toBe('Ghi nhận giải ngân');
  expect(row[column('Người thao tác (Last action by)') - 1]).toBe('Nguyễn Thu Hà (cán bộ khuyến công Hà Nội)');
  expect(row[column('Hạn (Due day)') - 1]).toMatch(/^\d\d\/\d\d\/\d{4}$/);
  expect(row[column('Thời điểm thao tác (Last action at)') - 1]).toMatch(/^\d\d\/\d\d\/\d{4} \d\d:\d\d$/);
  expect(row[column('Quá hạn, ngày (Days overdue)') - 1]).toMatch(/^\d+$/);
});

it('neutralises every formula-like cell in CSV and XLSX (OWASP), leaving numbers and dates typed', async () => {
  const xlsx = await workbookOf((await download(supervisorHN, '/queues/upcoming?days=30&format=xlsx')).body);
  const sheet = xlsx.worksheets[0]!;
  expect(sheet.name).toBe('Sắp đến hạn');
  const csv = csvLines((await download(supervisorHN, '/queues/upcoming?days=30&format=csv')).body);
  for (const title of HOSTILE_TITLES) {
    const code = injected[title]!;
    const rowNumber = (sheet.getColumn(1).values as unknown[]).indexOf(code);
    expect(rowNumber).toBeGreaterThan(1);
    const titleCell = sheet.getRow(rowNumber).getCell(column('Tên đề án (Title)'));
    expect(titleCell.type).toBe(ExcelJS.ValueType.String);
    expect(titleCell.value).toBe(`'${title}`);
    const csvRow = csv.find((r) => r[0] === code)!;
    expect(csvRow[column('Tên đề án (Title)') - 1]).toBe(`'${title}`);
    expect(sheet.getRow(rowNumber).getCell(column('Hạn (Due day)')).type).toBe(ExcelJS.ValueType.Date);
    expect(sheet.getRow(rowNumber).getCell(column('Quá hạn, ngày (Days overdue)')).type).toBe(ExcelJS.ValueType.Number);
  }
  const hyperlinkRow = (sheet.getColumn(1).values as unknown[]).indexOf(injected[HOSTILE_TITLES[0]!]);
  expect(sheet.getRow(hyperlinkRow).getCell(column('Đơn vị thực hiện (Implementing unit)')).value).toBe(
    `'${HOSTILE_UNIT}`,
  );
  // Not one formula cell in the workbook, and no CSV field that a spreadsheet would evaluate.
  sheet.eachRow((row) =>
    row.eachCell((c) => {
      expect(c.type).not.toBe(ExcelJS.ValueType.Formula);
      if (typeof c.value === 'string') expect(c.value).not.toMatch(/^[=+\-@\t\r]/);
    }),
  );
  for (const row of csv) for (const field of row) expect(field).not.toMatch(/^[=+@\t\r]|^-(?!\d+$)/);
});
