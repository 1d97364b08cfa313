/**
 * An adjustment request in a real browser (issue 15): the implementing unit of a Hà Nội project under way asks to
 * move its site from the project page (the form names what is missing, in Vietnamese, under each field); the page
 * shows "Đang đề nghị điều chỉnh" beside the state and the side-by-side of the terms. The Department's officer
 * certifies; the Department leader (the province's approver of a local project) approves with the decision's number;
 * the project then shows the new site and the terms' version 2, and its history the three steps.
 */
import type { Page } from 'playwright-core';
import { ApiHarness, startApiHarness } from '../support/api-harness';
import { BrowserHarness, assertBrowserPrerequisites, logIn, screenshot, startBrowser } from './browser-harness';
import { Actors, loginActors, projectAt } from './browser-fixtures';
import { samplePdf } from '../support/attachment-samples';

const NEW_SITE = 'Xưởng mới tại cụm công nghiệp Phú Nghĩa, huyện Chương Mỹ';

let api: ApiHarness;
let browser: BrowserHarness;
let origin: string;
let actors: Actors;
let project: { id: string; code: string };
const pages: Page[] = [];

async function pageAs(email: string): Promise<Page> {
  const page = await browser.newPage();
  pages.push(page);
  await logIn(page, origin, email);
  await page.goto(`${origin}/projects/${project.id}`);
  await page.locator('.project-head .project-code', { hasText: project.code }).waitFor();
  return page;
}

beforeAll(async () => {
  assertBrowserPrerequisites();
  api = await startApiHarness();
  origin = new URL(api.baseUrl).origin;
  browser = await startBrowser();
  actors = await loginActors(api.baseUrl);
  project = await projectAt(actors, 'IN_PROGRESS', 'Máy cắt gạch men cho HTX Phú Nghĩa (điều chỉnh địa điểm)');
}, 240_000);

afterAll(async () => {
  await browser?.stop();
  await api?.stop();
});

afterEach(async () => {
  await Promise.all(pages.splice(0).map((page) => page.close()));
});

it('the unit asks to move the site; the form names what is missing; the page shows the open request', async () => {
  const page = await pageAs('unit.hn@demo.local');
  const panel = page.locator('#adjustments');
  await panel.getByRole('button', { name: 'Đề nghị điều chỉnh' }).click();
  const form = panel.getByRole('form', { name: 'Đề nghị điều chỉnh' });
  await form.getByRole('button', { name: 'Gửi đề nghị' }).click();
  await form.getByText('Chọn loại điều chỉnh.').waitFor();
  await form.getByText('Cần nêu lý do đề nghị.').waitFor();

  await form.getByLabel('Loại điều chỉnh').selectOption({ label: 'Thay đổi địa điểm thực hiện' });
  await form.getByRole('button', { name: 'Gửi đề nghị' }).click();
  await form.getByText('Cần nhập nội dung này.').waitFor();
  await form.getByLabel('Địa điểm thực hiện mới').fill(NEW_SITE);
  await form.getByLabel('Lý do đề nghị').fill('HTX chuyển xưởng vào cụm công nghiệp theo quy hoạch của huyện');
  // The request carries its evidence: the district's decision on the new site.
  await form
    .getByLabel('Tệp minh chứng (tùy chọn)')
    .setInputFiles({ name: 'QĐ giao đất cụm công nghiệp.pdf', mimeType: 'application/pdf', buffer: samplePdf() });
  await form.getByRole('button', { name: 'Gửi đề nghị' }).click();

  await panel.getByText('Đã gửi đề nghị điều chỉnh; chờ Sở Công Thương xác nhận.').waitFor();
  const requests = await actors.officer.get(`/projects/${project.id}/adjustments`);
  const attached = await actors.officer.get(`/projects/${project.id}/attachments`);
  expect(attached.body.items).toEqual([
    expect.objectContaining({
      fileName: 'QĐ giao đất cụm công nghiệp.pdf',
      adjustmentId: requests.body[0].id,
      contentType: 'application/pdf',
    }),
  ]);
  await page.getByTestId('open-adjustment').getByText('Đang đề nghị điều chỉnh: Thay đổi địa điểm thực hiện').waitFor();
  const item = panel.locator('li.adjustment[data-kind=SITE]');
  await item.getByText('Chờ Sở Công Thương xác nhận').waitFor();
  const row = item.locator('table.terms-comparison tbody tr');
  await expect(row.locator('th').textContent()).resolves.toBe('Địa điểm thực hiện');
  await expect(row.locator('td').allTextContents()).resolves.toEqual(['(chưa có)', NEW_SITE]);
  await expect(item.textContent()).resolves.toContain('Cấp quyết định: lãnh đạo Sở Công Thương thành phố Hà Nội');
  // The unit may withdraw its request, not certify it; and may not ask a second one meanwhile.
  await expect(item.locator('button[data-adjustment-action]').allTextContents()).resolves.toEqual(['Rút đề nghị']);
  await expect(panel.getByRole('button', { name: 'Đề nghị điều chỉnh' }).count()).resolves.toBe(0);
  // The lifecycle state does not change while the request is open.
  await page.locator('.project-head [data-state=IN_PROGRESS]').waitFor();
  await screenshot(page, 'adjustment-requested');
}, 120_000);

/** The inbox entry of this project's request, then one click to the project's panel. */
async function fromInbox(page: Page, button: string): Promise<void> {
  await page.goto(`${origin}/inbox`);
  const entry = page.locator(`#inbox-adjustments li[data-project-code="${project.code}"]`);
  await entry.getByText('Thay đổi địa điểm thực hiện').waitFor();
  await entry.getByRole('link', { name: button }).click();
  await page.locator('.project-head .project-code', { hasText: project.code }).waitFor();
}

it('the officer certifies it and the Department leader approves it with the decision’s number', async () => {
  const officer = await pageAs('officer.hn@demo.local');
  // The request waits in the officer's inbox; one click lands on the project's panel.
  await fromInbox(officer, 'Xác nhận đề nghị điều chỉnh');
  const item = officer.locator('#adjustments li.adjustment[data-kind=SITE]');
  await item.locator('button[data-adjustment-action=certify]').click();
  await item.getByRole('button', { name: 'Xác nhận: Xác nhận đề nghị' }).click();
  await officer.getByText('Đã thực hiện: Xác nhận đề nghị.').waitFor();
  await item.getByText('Đã xác nhận, chờ cấp có thẩm quyền quyết định').waitFor();

  const leader = await pageAs('approver.hn@demo.local');
  await fromInbox(leader, 'Chấp thuận điều chỉnh');
  const pending = leader.locator('#adjustments li.adjustment[data-kind=SITE]');
  await pending.locator('button[data-adjustment-action=approve]').click();
  await pending.getByLabel('Số văn bản quyết định (không bắt buộc)').fill('215/QĐ-SCT');
  await pending.getByRole('button', { name: 'Xác nhận: Chấp thuận điều chỉnh' }).click();
  await leader.getByText('Đã thực hiện: Chấp thuận điều chỉnh.').waitFor();
  await pending.getByText('Đã chấp thuận điều chỉnh').waitFor();
  await pending.getByText('Áp dụng từ phiên bản điều khoản số 2').waitFor();
  await expect(pending.locator('table.terms-comparison thead th').allTextContents()).resolves.toEqual([
    'Nội dung',
    'Hiện hành',
    'Sau điều chỉnh',
  ]);
  await expect(leader.getByTestId('open-adjustment').count()).resolves.toBe(0);
  const facts = leader.locator('dl.facts');
  await facts.getByText(NEW_SITE).waitFor();
  await facts.getByText('Phiên bản 2').waitFor();
  await leader.getByText('Sở Công Thương xác nhận đề nghị điều chỉnh').first().waitFor();
  await screenshot(leader, 'adjustment-approved');

  const terms = await actors.officer.get(`/projects/${project.id}/terms`);
  expect(terms.body.map((v: { version: number }) => v.version)).toEqual([1, 2]);
}, 120_000);
