/**
 * The "Báo cáo định kỳ" page in a real browser (issue 17): the Hà Nội Department leader picks the first quarter of
 * this year, downloads the report as PDF and Mẫu 2 as DOCX, regenerates the quarter's report and finds it kept, with
 * its SHA-256, and downloads it again from the list; the officer sees the page without the regenerate button.
 */
import type { Page } from 'playwright-core';
import { ApiHarness, startApiHarness } from '../support/api-harness';
import { BrowserHarness, assertBrowserPrerequisites, rolePages, screenshot, startBrowser } from './browser-harness';

let api: ApiHarness;
let browser: BrowserHarness;
let origin: string;
const roles = rolePages(
  () => browser,
  () => origin,
);
const YEAR = new Date().getUTCFullYear();

beforeAll(async () => {
  assertBrowserPrerequisites();
  api = await startApiHarness();
  origin = new URL(api.baseUrl).origin;
  browser = await startBrowser();
}, 240_000);

afterAll(async () => {
  await roles.closeAll();
  await api?.worker.dataSource.query(`DELETE FROM periodic_reports WHERE province_code = 'HN' AND period = $1`, [
    `${YEAR}-Q1`,
  ]);
  await browser?.stop();
  await api?.stop();
});

async function download(page: Page, click: () => Promise<void>, urlPart: string) {
  const answered = page.waitForResponse((res) => res.url().includes(urlPart));
  const downloaded = page.waitForEvent('download');
  await click();
  const res = await answered;
  return { status: res.status(), name: (await downloaded).suggestedFilename() };
}

it('the leader downloads the quarter’s report and Mẫu 2, regenerates the report and reads it from the list', async () => {
  const page = await roles.as('approver.hn@demo.local');
  await page.goto(`${origin}/periodic-reports`);
  const main = page.locator('main[data-page="periodic-reports"]');
  await main.getByRole('heading', { name: 'Báo cáo định kỳ và Mẫu 2' }).waitFor();
  await main.getByLabel('Loại báo cáo').selectOption('QUARTER');
  await main.getByLabel('Năm', { exact: true }).fill(String(YEAR));
  await main.getByLabel('Kỳ', { exact: true }).selectOption('Q1');

  const pdf = await download(
    page,
    () => main.getByTestId('periodic-report-download').getByRole('button', { name: 'Tải PDF' }).click(),
    `/reports/periodic?`,
  );
  expect(pdf.status).toBe(200);
  expect(pdf.name).toBe(`Báo cáo khuyến công quý I năm ${YEAR} - HN.pdf`);
  const mau2 = await download(
    page,
    () => main.getByTestId('registration-summary-download').getByRole('button', { name: 'Tải DOCX' }).click(),
    `/reports/registration-summary?`,
  );
  expect(mau2.status).toBe(200);
  expect(mau2.name).toMatch(/\.docx$/);

  await main.getByRole('button', { name: 'Lập lại báo cáo kỳ này' }).click();
  await main.getByText(`Đã lập lại báo cáo quý I năm ${YEAR}, phiên bản`, { exact: false }).waitFor();
  const archive = main.getByTestId('report-archive');
  const row = archive.locator(`tr[data-report^="${YEAR}-Q1/pdf/"]`).first();
  await row.waitFor();
  await expect(row.locator('td').nth(3).textContent()).resolves.toBe('approver.hn@demo.local');
  await expect(row.locator('code').textContent()).resolves.toMatch(/^[0-9a-f]{12}…$/);
  const kept = await download(
    page,
    () => row.getByRole('button').click(),
    `/reports/periodic-archive/HN/${YEAR}-Q1/pdf/`,
  );
  expect(kept.status).toBe(200);
  await screenshot(page, 'periodic-reports');

  const officer = await roles.as('officer.hn@demo.local');
  await officer.goto(`${origin}/periodic-reports`);
  await officer.getByTestId('report-archive').waitFor();
  await expect(officer.getByRole('button', { name: 'Lập lại báo cáo kỳ này' }).count()).resolves.toBe(0);
  await expect(officer.getByRole('link', { name: 'Báo cáo định kỳ' }).count()).resolves.toBeGreaterThan(0);
}, 180_000);
