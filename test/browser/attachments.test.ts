/**
 * The "Hồ sơ đính kèm" card in a real browser (issue 17): the Hà Nội officer picks a PDF with the labelled file input,
 * uploads it, sees it listed with its type, size, the start of its SHA-256, himself as uploader and the time; the
 * download brings back the same bytes under the Vietnamese name; a delete asks first, then the file leaves the list.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { ApiClient, ApiHarness, startApiHarness } from '../support/api-harness';
import { samplePdf } from '../support/attachment-samples';
import { approvalDecision, newProjectRequest } from '../support/request-bodies';
import { BrowserHarness, assertBrowserPrerequisites, logIn, screenshot, startBrowser } from './browser-harness';

let api: ApiHarness;
let browser: BrowserHarness;
let origin: string;
const pages: Page[] = [];

async function newPage(): Promise<Page> {
  const opened = await browser.newPage();
  pages.push(opened);
  return opened;
}

beforeAll(async () => {
  assertBrowserPrerequisites();
  api = await startApiHarness();
  origin = new URL(api.baseUrl).origin;
  browser = await startBrowser();
}, 240_000);

afterAll(async () => {
  for (const opened of pages) await opened.close();
  await browser?.stop();
  await api?.stop();
});

it('the officer uploads a PDF on the project page, downloads the same bytes, and deletes it after confirming', async () => {
  const officer = await ApiClient.login(api.baseUrl, 'officer.hn@demo.local');
  const project = await officer.post('/projects', newProjectRequest('Máy sấy nông sản (hồ sơ đính kèm)'));
  expect(project.status).toBe(201);
  const bytes = samplePdf('Hop dong 15/HD-KCDP-2026');
  const name = 'Hợp đồng 15-HĐ-KCĐP-2026.pdf';

  const page = await newPage();
  await logIn(page, origin, 'officer.hn@demo.local');
  await page.goto(`${origin}/projects/${project.body.id}`);
  const panel = page.locator('section#attachments');
  await panel.locator('h2', { hasText: 'Hồ sơ đính kèm' }).waitFor();
  await panel.getByText('Chưa có tệp đính kèm.').waitFor();

  await panel.getByLabel('Chọn tệp đính kèm').setInputFiles({ name, mimeType: 'application/pdf', buffer: bytes });
  await panel.getByLabel('Loại giấy tờ').selectOption('CONTRACT');
  await panel.getByRole('button', { name: 'Tải lên' }).click();
  await panel.getByText(`Đã tải lên ${name}.`).waitFor();
  const row = panel.locator('table[data-testid=attachments] tbody tr', { hasText: name });
  await row.waitFor();
  const sha = createHash('sha256').update(bytes).digest('hex');
  const cells = await row.locator('td').allInnerTexts();
  expect(cells[1]).toBe('PDF');
  expect(cells[2]).toMatch(/^\d+,\d KB$/);
  expect(cells[3]).toBe(`${sha.slice(0, 12)}…`);
  expect(cells[4]).toContain('Chuyên viên');
  expect(cells[5]).toMatch(/\d{2}\/\d{2}\/\d{4}/);
  await screenshot(page, 'attachments-panel');

  const downloaded = page.waitForEvent('download');
  await row.getByRole('button', { name: `Tải về ${name}` }).click();
  const file = await downloaded;
  expect(file.suggestedFilename()).toBe(name);
  expect(readFileSync((await file.path())!).equals(bytes)).toBe(true);

  page.once('dialog', (dialog) => void dialog.accept());
  await row.getByRole('button', { name: `Xoá ${name}` }).click();
  await panel.getByText(`Đã xoá tệp ${name}.`).waitFor();
  await panel.getByText('Chưa có tệp đính kèm.').waitFor();
});

it('the officer signs the contract with its scan as evidence: the file is kept as a contract linked to the action', async () => {
  const officer = await ApiClient.login(api.baseUrl, 'officer.hn@demo.local');
  const approver = await ApiClient.login(api.baseUrl, 'approver.hn@demo.local');
  const created = await officer.post('/projects', newProjectRequest('Lò sấy chè (hợp đồng có bản scan)'));
  const id: string = created.body.id;
  for (const [client, body] of [
    [officer, { action: 'submit' }],
    [officer, { action: 'open_appraisal' }],
    [approver, { action: 'approve', ...approvalDecision() }],
  ] as const) {
    expect((await client.post(`/projects/${id}/actions`, body)).status).toBe(200);
  }
  const scan = samplePdf('Hop dong 21/HD-KCDP-2026 da ky');
  const page = await newPage();
  await logIn(page, origin, 'officer.hn@demo.local');
  await page.goto(`${origin}/projects/${id}`);
  await page.locator('.project-head button[data-action="sign_contract"]').click();
  const dialog = page.getByRole('dialog');
  await dialog.locator('input[name=contractNo]').fill('21/HĐ-KCĐP-2026');
  await dialog.locator('input[name=contractDate]').fill('2026-11-20');
  await dialog
    .getByLabel('Tệp minh chứng (tùy chọn)')
    .setInputFiles({ name: 'HĐ 21 đã ký.pdf', mimeType: 'application/pdf', buffer: scan });
  await dialog.getByRole('button', { name: 'Ký hợp đồng' }).click();
  await dialog.waitFor({ state: 'detached' });
  await page.locator('.project-head [data-state="CONTRACTED"]').waitFor();
  const row = page.locator('section#attachments table tbody tr', { hasText: 'HĐ 21 đã ký.pdf' });
  await row.waitFor();
  await expect(row.innerText()).resolves.toContain('Hợp đồng');
  const list = await officer.get(`/projects/${id}/attachments`);
  expect(list.body.items).toEqual([
    expect.objectContaining({ fileName: 'HĐ 21 đã ký.pdf', kind: 'CONTRACT', action: 'sign_contract' }),
  ]);
});
