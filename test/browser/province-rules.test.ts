/**
 * The province rules page (quy chế tỉnh, issue 13) in a real browser: the admin sets Hà Nội's local projects to be
 * approved by the UBND tỉnh, and the page shows it after a reload; a Department officer has no entry to it and its
 * address shows a refusal in Vietnamese, not the page; a local Hà Nội project created after the change waits for
 * the UBND leader's approval (the button is his, not the Department leader's), one created before keeps the
 * Department leader. The rule is set back to the Department leader at the end.
 */
import type { Page } from 'playwright-core';
import { ApiClient, ApiHarness, startApiHarness } from '../support/api-harness';
import { newProjectRequest } from '../support/request-bodies';
import { BrowserHarness, assertBrowserPrerequisites, logIn, screenshot, startBrowser } from './browser-harness';
import { Actors, loginActors } from './browser-fixtures';

let api: ApiHarness;
let browser: BrowserHarness;
let origin: string;
let actors: Actors;
/** Made before the change: waits for approval by the Department leader (the rule of its creation day). */
let before: { id: string; code: string };
const pages: Page[] = [];

/** An element as the page's script reads it (the tests compile without the DOM library). */
interface Attributed {
  getAttribute(name: string): string | null;
}

/** A local Hà Nội project walked over HTTP to the appraisal, where the approval is the next step. */
async function awaitingApproval(title: string): Promise<{ id: string; code: string }> {
  const created = await actors.officer.post('/projects', newProjectRequest(title));
  if (created.status !== 201) throw new Error(`create: ${created.status} ${JSON.stringify(created.body)}`);
  const { id, code } = created.body as { id: string; code: string };
  for (const action of ['submit', 'open_appraisal']) {
    const res = await actors.officer.post(`/projects/${id}/actions`, { action });
    if (res.status !== 200) throw new Error(`${action}: ${res.status} ${JSON.stringify(res.body)}`);
  }
  return { id, code };
}

async function pageAs(email: string): Promise<Page> {
  const page = await browser.newPage();
  pages.push(page);
  await logIn(page, origin, email);
  return page;
}

/** The lifecycle buttons the project page shows to whoever is signed in on `page`. */
async function buttonsOn(page: Page, project: { id: string; code: string }): Promise<string[]> {
  await page.goto(`${origin}/projects/${project.id}`);
  await page.locator('.project-head .project-code', { hasText: project.code }).waitFor();
  await page.locator('.project-head [data-state=BASE_APPRAISAL]').waitFor();
  const group = page.locator('.project-head .action-buttons');
  await group.waitFor();
  const actions = await group
    .locator('button[data-action]')
    .evaluateAll((buttons) => buttons.map((b) => (b as unknown as Attributed).getAttribute('data-action') ?? ''));
  return actions.sort();
}

async function hanoiRule(): Promise<{ localApprover: string; updatedAtLocal: string | null }> {
  const res = await actors.admin.get('/admin/province-rules');
  if (res.status !== 200) throw new Error(`province rules: ${res.status}`);
  return res.body.items.find((r: { provinceCode: string }) => r.provinceCode === 'HN');
}

beforeAll(async () => {
  assertBrowserPrerequisites();
  api = await startApiHarness();
  origin = new URL(api.baseUrl).origin;
  browser = await startBrowser();
  actors = await loginActors(api.baseUrl);
  before = await awaitingApproval('Máy sấy nông sản cho HTX Đông Anh (trước khi đổi quy chế)');
}, 240_000);

afterAll(async () => {
  // The Department leader again (the default), whatever the tests left.
  if (actors) {
    const res = await actors.admin.put('/admin/province-rules/HN', { localApprover: 'DEPARTMENT' });
    if (res.status !== 200) throw new Error(`restore HN rule: ${res.status} ${JSON.stringify(res.body)}`);
  }
  await Promise.all(pages.splice(0).map((page) => page.close()));
  await browser?.stop();
  await api?.stop();
});

afterEach(async () => {
  await Promise.all(pages.splice(0).map((page) => page.close()));
});

it("the admin sets Hà Nội's local projects to be approved by the UBND tỉnh, and the page keeps it", async () => {
  expect(await hanoiRule()).toMatchObject({ localApprover: 'DEPARTMENT' });
  const page = await pageAs('admin@demo.local');
  await page.locator('#main-nav a[href="/admin/users"]').click();
  await page.getByTestId('admin-tabs').locator('a[href="/admin/province-rules"]').click();
  await page.locator('main[data-page="admin-province-rules"] h1', { hasText: 'Quy chế tỉnh' }).waitFor();
  const row = page.locator('[data-testid=province-rules] tr[data-province=HN]');
  const select = row.locator('select[name="localApprover-HN"]');
  await select.waitFor();
  await expect(row.locator('td').first().textContent()).resolves.toBe('Hà Nội');
  await expect(select.inputValue()).resolves.toBe('DEPARTMENT');
  await expect(select.locator('option').allTextContents()).resolves.toEqual([
    'Lãnh đạo Sở Công Thương',
    'Ủy ban nhân dân tỉnh',
  ]);
  // "Mặc định" while nobody has set Hà Nội's rule; the time of the last change once a test before this one (sharing
  // the database) has set it, even back to the Department.
  await expect(row.locator('td').last().textContent()).resolves.toMatch(/^(Mặc định|\d{2}:\d{2} \d{2}\/\d{2}\/\d{4})$/);

  await select.selectOption('UBND');
  await page.getByText('Đã lưu quy chế của Hà Nội.').waitFor();
  // The select follows the saved rule once the list is read again.
  await select.locator('option[value=UBND]:checked').waitFor({ state: 'attached' });
  expect((await hanoiRule()).localApprover).toBe('UBND');
  await screenshot(page, 'province-rules-saved');

  await page.reload();
  await page.locator('main[data-page="admin-province-rules"] h1').waitFor();
  await select.locator('option[value=UBND]:checked').waitFor({ state: 'attached' });
  await expect(select.inputValue()).resolves.toBe('UBND');
  await expect(select.locator('option:checked').textContent()).resolves.toBe('Ủy ban nhân dân tỉnh');
  // The day and hour of the change instead of "Mặc định".
  const { updatedAtLocal } = await hanoiRule();
  expect(updatedAtLocal).toBeTruthy();
  await expect(row.locator('td').last().textContent()).resolves.toBe(updatedAtLocal);
  // Another province keeps the default.
  await expect(page.locator('[data-testid=province-rules] tr[data-province=BN] select').inputValue()).resolves.toBe(
    'DEPARTMENT',
  );
}, 90_000);

it('a Department officer has no entry to the page, and its address shows a refusal in Vietnamese', async () => {
  const page = await pageAs('officer.hn@demo.local');
  await page.locator('#main-nav').waitFor();
  await expect(page.locator('#main-nav a[href^="/admin/"]').count()).resolves.toBe(0);
  await page.goto(`${origin}/admin/province-rules`);
  const refusal = page.locator('main[data-page=forbidden]');
  await refusal.locator('h1', { hasText: 'Không có quyền truy cập' }).waitFor();
  await expect(refusal.getByRole('alert').textContent()).resolves.toBe(
    'Trang này chỉ dành cho quản trị hệ thống. Nếu cần thay đổi thiết lập, đề nghị liên hệ quản trị hệ thống.',
  );
  await expect(refusal.getByRole('link', { name: 'Về trang Việc cần xử lý' }).getAttribute('href')).resolves.toBe('/');
  // Neither the admin's tabs nor the rules (nor the form adding a commune) are drawn.
  await expect(page.getByTestId('admin-tabs').count()).resolves.toBe(0);
  await expect(page.locator('main[data-page="admin-province-rules"]').count()).resolves.toBe(0);
  await expect(page.locator('select, input[name=name]').count()).resolves.toBe(0);
  await screenshot(page, 'province-rules-refused');
  // The API refuses the same person the rules and their change.
  const officer = actors.officer;
  expect((await officer.get('/admin/province-rules')).status).toBe(403);
  expect((await officer.put('/admin/province-rules/HN', { localApprover: 'DEPARTMENT' })).status).toBe(403);
  expect((await hanoiRule()).localApprover).toBe('UBND');
}, 60_000);

it('a local Hà Nội project made after the change waits for the UBND leader, one made before for the Department', async () => {
  expect((await hanoiRule()).localApprover).toBe('UBND');
  const after = await awaitingApproval('Máy sấy nông sản cho HTX Đông Anh (sau khi đổi quy chế)');
  // The API agrees with the pages below: the approval is the UBND leader's on the new project only.
  const ubndApi = await ApiClient.login(api.baseUrl, 'ubnd.hn@demo.local');
  expect((await ubndApi.get(`/projects/${after.id}`)).body.allowedActions).toContain('approve');
  expect((await actors.approver.get(`/projects/${after.id}`)).body.allowedActions).not.toContain('approve');

  const ubnd = await pageAs('ubnd.hn@demo.local');
  const ubndAfter = await buttonsOn(ubnd, after);
  expect(ubndAfter).toContain('approve');
  await screenshot(ubnd, 'province-rules-ubnd-approves');
  expect(await buttonsOn(ubnd, before)).not.toContain('approve');

  const leader = await pageAs('approver.hn@demo.local');
  expect(await buttonsOn(leader, after)).not.toContain('approve');
  expect(await buttonsOn(leader, before)).toContain('approve');
}, 90_000);
