/**
 * The project's papers in a real browser (issue 17): on a contracted project the Department officer finds
 * "Văn bản, biểu mẫu" with the progress report (Mẫu 3b) ready and the minutes waiting for the acceptance; a click on
 * "Tải PDF" or "Tải DOCX" brings the file named as the API names it, in Vietnamese with the project code.
 */
import type { Page } from 'playwright-core';
import { ApiHarness, startApiHarness } from '../support/api-harness';
import { BrowserHarness, assertBrowserPrerequisites, logIn, screenshot, startBrowser } from './browser-harness';
import { Actors, loginActors, projectAt } from './browser-fixtures';

let api: ApiHarness;
let browser: BrowserHarness;
let origin: string;
let actors: Actors;
let page: Page | undefined;

beforeAll(async () => {
  assertBrowserPrerequisites();
  api = await startApiHarness();
  origin = new URL(api.baseUrl).origin;
  browser = await startBrowser();
  actors = await loginActors(api.baseUrl);
}, 240_000);

afterAll(async () => {
  await page?.close();
  await browser?.stop();
  await api?.stop();
});

async function downloadFrom(p: Page, form: string, format: 'docx' | 'pdf') {
  const answered = p.waitForResponse((res) => res.url().includes(`/documents/${form}?format=${format}`));
  const downloaded = p.waitForEvent('download');
  await p.locator(`[data-document=${form}] button[data-format=${format}]`).click();
  const res = await answered;
  const file = await downloaded;
  return { status: res.status(), contentType: res.headers()['content-type'] ?? '', name: file.suggestedFilename() };
}

it('the officer downloads the progress report of a contracted project as PDF and DOCX, named with its code', async () => {
  const project = await projectAt(actors, 'CONTRACTED', 'Hỗ trợ máy sấy chè (tải văn bản)');
  page = await browser.newPage();
  await logIn(page, origin, 'officer.hn@demo.local');
  await page.goto(`${origin}/projects/${project.id}`);
  const panel = page.locator('section#documents');
  await panel.locator('h2', { hasText: 'Văn bản, biểu mẫu' }).waitFor();
  await panel.locator('[data-document=progress-report] button[data-format=pdf]', { hasText: 'Tải PDF' }).waitFor();
  // The minutes wait for the acceptance, and say so.
  await expect(
    panel.locator('[data-document=acceptance-minutes][data-available=false]').textContent(),
  ).resolves.toContain('Đề án chưa nghiệm thu cơ sở');
  await expect(panel.locator('[data-document=acceptance-minutes] button').count()).resolves.toBe(0);

  const pdf = await downloadFrom(page, 'progress-report', 'pdf');
  expect(pdf).toEqual({
    status: 200,
    contentType: 'application/pdf',
    name: `Mẫu 3b - Báo cáo tiến độ - ${project.code}.pdf`,
  });
  const docx = await downloadFrom(page, 'progress-report', 'docx');
  expect(docx.status).toBe(200);
  expect(docx.name).toBe(`Mẫu 3b - Báo cáo tiến độ - ${project.code}.docx`);
  await screenshot(page, 'project-documents');
}, 90_000);
