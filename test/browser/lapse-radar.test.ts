/**
 * Issue 14 in the browser: the year-end lapse radar page (its menu entry for the desks only, the projects at risk
 * with their money, each code a link to its project, the year and province kept in the address) and the
 * "Tải Excel" / "Tải CSV" buttons of the radar, the dashboard's plan figures and the plans page, each answered 200
 * with a file named with the year.
 */
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { localDayOf } from '@kc/domain';
import { ApiHarness, startApiHarness } from '../support/api-harness';
import { BrowserHarness, assertBrowserPrerequisites, logIn, screenshot, startBrowser } from './browser-harness';

let api: ApiHarness;
let browser: BrowserHarness;
let origin: string;
const pages: Page[] = [];

const thisYear = Number(localDayOf(new Date().toISOString()).slice(0, 4));
const tag = randomUUID().slice(0, 6);
let code: string;
let projectId: string;

/** The digits of an amount as vi-VN groups them ("180.000.000"). */
const grouped = (amount: number) => new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 }).format(amount);

async function open(email: string, path: string): Promise<Page> {
  const page = await browser.newPage();
  pages.push(page);
  await logIn(page, origin, email);
  await page.goto(`${origin}${path}`);
  return page;
}

/**
 * Clicks a download button and waits for the API's answer and the browser's download: the answer must be 200 with
 * the file's content type, and the file is named as the API says (Vietnamese, with the year).
 */
async function downloadFrom(page: Page, container: string, format: 'xlsx' | 'csv') {
  const answered = page.waitForResponse((res) => res.url().includes(`format=${format}`));
  const downloaded = page.waitForEvent('download');
  await page.getByTestId(container).locator(`button[data-export=${format}]`).click();
  const res = await answered;
  const file = await downloaded;
  return { status: res.status(), contentType: res.headers()['content-type'] ?? '', name: file.suggestedFilename() };
}

beforeAll(async () => {
  assertBrowserPrerequisites();
  api = await startApiHarness();
  origin = new URL(api.baseUrl).origin;
  // A Hà Nội project of this plan year, under way, planned to end next March: its unpaid support would lapse.
  const ds = api.worker.dataSource;
  const [{ id: createdBy }] = await ds.query(`SELECT id FROM users ORDER BY email LIMIT 1`);
  code = `KCĐP-${thisYear}-HN-B${tag}`;
  [{ id: projectId }] = await ds.query(
    `INSERT INTO projects (id, code, workflow_id, scope, province_code, category, title, implementing_unit_name,
       implementing_unit_email, beneficiary, total_cost_vnd, requested_support_vnd, approved_support_vnd, advances_vnd,
       final_payments_vnd, planned_start, planned_end, state, last_seq, created_by, created_at, updated_at, search_text,
       contract_no, contract_date)
     VALUES (gen_random_uuid(), $1::varchar, 'project-' || $1::varchar, 'LOCAL', 'HN', 'MACHINERY',
       'Hỗ trợ dây chuyền sấy vải thiều', 'Trung tâm Khuyến công Hà Nội', 'unit.hn@demo.local', 'HTX Thử',
       900000000, 300000000, 300000000, 120000000, 0, $2, $3, 'IN_PROGRESS', 1, $4, now(), now(), lower($1::varchar),
       'HĐ-RADAR', current_date - 5)
     RETURNING id`,
    [code, `${thisYear}-01-02`, `${thisYear + 1}-03-31`, createdBy],
  );
  browser = await startBrowser();
}, 600_000);

afterAll(async () => {
  await browser?.stop();
  await api?.stop();
});

afterEach(async () => {
  await Promise.all(pages.splice(0).map((page) => page.close()));
});

it("shows the Hà Nội officer this year's projects at risk, from the menu, with the money and reasons", async () => {
  const page = await open('officer.hn@demo.local', '/inbox');
  await page.locator('#main-nav a', { hasText: 'Nguy cơ hủy dự toán' }).click();
  await page.waitForURL((url) => url.pathname === '/lapse-radar');
  await page.getByRole('heading', { name: 'Cảnh báo nguy cơ hủy dự toán cuối năm', exact: true }).waitFor();
  const row = page.getByTestId('lapse-radar-table').locator(`tr[data-code="${code}"]`);
  await row.waitFor();
  expect(await row.getByRole('link', { name: code }).getAttribute('href')).toBe(`/projects/${projectId}`);
  expect(await row.getByTestId('at-risk').textContent()).toContain(grouped(180_000_000));
  await row.getByText('Thời gian kết thúc dự kiến sau 31/12 của năm kế hoạch').waitFor();
  await row.getByText('Đang triển khai').waitFor();
  await row.getByText(`31/03/${thisYear + 1}`).waitFor();
  await page
    .getByTestId('lapse-summary')
    .filter({ hasText: `31/12/${thisYear}` })
    .waitFor();
  // A province's desk sees its province only: no province to choose.
  expect(await page.locator('select[name=provinceCode]').count()).toBe(0);
  await screenshot(page, 'lapse-radar-hn');

  const xlsx = await downloadFrom(page, 'lapse-radar-download', 'xlsx');
  expect(xlsx).toEqual({
    status: 200,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    name: `Nguy cơ hủy dự toán năm ${thisYear}.xlsx`,
  });
  const csv = await downloadFrom(page, 'lapse-radar-download', 'csv');
  expect(csv).toEqual({
    status: 200,
    contentType: 'text/csv; charset=utf-8',
    name: `Nguy cơ hủy dự toán năm ${thisYear}.csv`,
  });
});

it('lets a national desk choose the province, kept in the address and in the file name', async () => {
  const page = await open('supervisor.national@demo.local', `/lapse-radar?year=${thisYear}`);
  await page.getByLabel('Tỉnh, thành phố').selectOption('HN');
  await page.waitForURL((url) => url.searchParams.get('provinceCode') === 'HN');
  expect(new URL(page.url()).searchParams.get('year')).toBe(String(thisYear));
  await page.getByTestId('lapse-radar-table').locator(`tr[data-code="${code}"]`).waitFor();
  const xlsx = await downloadFrom(page, 'lapse-radar-download', 'xlsx');
  expect(xlsx.status).toBe(200);
  expect(xlsx.name).toBe(`Nguy cơ hủy dự toán năm ${thisYear} - Hà Nội.xlsx`);
});

it('offers the dashboard’s plan figures and the plans of the year as Excel and CSV', async () => {
  const dashboard = await open('supervisor.national@demo.local', `/dashboard?year=${thisYear}&region=DBSH`);
  await dashboard.getByTestId('plan-scope').waitFor();
  const figures = await downloadFrom(dashboard, 'plan-figures-download', 'xlsx');
  expect(figures.status).toBe(200);
  expect(figures.name).toBe(`Kế hoạch và giải ngân năm ${thisYear} - Đồng bằng sông Hồng.xlsx`);
  expect((await downloadFrom(dashboard, 'plan-figures-download', 'csv')).status).toBe(200);

  const plans = await open('officer.hn@demo.local', `/plans?year=${thisYear}`);
  await plans.getByRole('heading', { name: 'Kế hoạch khuyến công', exact: true }).waitFor();
  const csv = await downloadFrom(plans, 'plans-download', 'csv');
  expect(csv).toEqual({
    status: 200,
    contentType: 'text/csv; charset=utf-8',
    name: `Kế hoạch khuyến công năm ${thisYear}.csv`,
  });
  expect((await downloadFrom(plans, 'plans-download', 'xlsx')).status).toBe(200);
});

it('gives the implementing unit no radar menu entry, and the refusal on the address', async () => {
  const page = await open('unit.hn@demo.local', '/inbox');
  await page.locator('#main-nav a').first().waitFor();
  expect(await page.locator('#main-nav a', { hasText: 'Nguy cơ hủy dự toán' }).count()).toBe(0);
  await page.goto(`${origin}/lapse-radar`);
  await page.getByRole('heading', { name: 'Không có quyền truy cập' }).waitFor();
});
