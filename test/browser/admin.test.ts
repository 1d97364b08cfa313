/**
 * The admin's pages in a real browser: a holiday (an extra day off) added for 2027, an officer of Hà Nội created
 * who then logs in with the password shown once, the account disabled; the deadline rules with a problem shown
 * under its field, the system log searched, the nine-month review run. Screenshots of each page go to
 * test-output/screenshots/.
 */
import type { Page } from 'playwright-core';
import { ApiClient, ApiHarness, startApiHarness } from '../support/api-harness';
import { BrowserHarness, assertBrowserPrerequisites, logIn, logOut, screenshot, startBrowser } from './browser-harness';
import { loginActors, projectAt } from './browser-fixtures';

const NEW_OFFICER = 'tran.thi.hoa@sct-hanoi.gov.vn';

let api: ApiHarness;
let browser: BrowserHarness;
let origin: string;
let admin: ApiClient;
let page: Page;

/** An admin page: "Quản trị hệ thống" in the main menu, then its tab; any other page straight from the menu. */
async function openFromMenu(path: string, pageName: string): Promise<void> {
  if (path.startsWith('/admin/')) {
    await page.locator('#main-nav a[href="/admin/users"]').click();
    await page.getByTestId('admin-tabs').locator(`a[href="${path}"]`).click();
  } else {
    await page.locator(`#main-nav a[href="${path}"]`).click();
  }
  await page.locator(`main[data-page="${pageName}"] h1`).waitFor();
}

beforeAll(async () => {
  assertBrowserPrerequisites();
  api = await startApiHarness();
  origin = new URL(api.baseUrl).origin;
  admin = await ApiClient.login(api.baseUrl, 'admin@demo.local');
  browser = await startBrowser();
  page = await browser.newPage();
});

afterAll(async () => {
  await page?.close();
  await browser?.stop();
  await api?.stop();
});

it('shows the admin menu to the admin only', async () => {
  await logIn(page, origin, 'officer.hn@demo.local');
  await expect(page.getByRole('navigation').locator('a[href^="/admin/"]').count()).resolves.toBe(0);
  await logOut(page);
  await logIn(page, origin, 'admin@demo.local');
  await expect(page.locator('#main-nav a[href^="/admin/"]').allTextContents()).resolves.toEqual(['Quản trị hệ thống']);
  await page.locator('#main-nav a[href="/admin/users"]').click();
  const tabs = await page.getByTestId('admin-tabs').locator('a').allTextContents();
  expect(tabs).toEqual([
    'Người dùng',
    'Quy định thời hạn',
    'Lịch nghỉ, làm bù',
    'Mốc kế hoạch năm',
    'Quy chế tỉnh',
    'Nhật ký hệ thống',
  ]);
});

it('adds an extra day off to 2027, next to the named public holidays', async () => {
  await openFromMenu('/admin/calendar', 'admin-calendar');
  await page.locator('select[name=year]').selectOption('2027');
  await page.locator('[data-list="public-holidays"] li[data-day="2027-09-02"]').waitFor();
  await expect(
    page.locator('[data-list="public-holidays"] li[data-day="2027-09-02"]').textContent(),
  ).resolves.toContain('Quốc khánh');
  // A weekend day is refused under its field before anything is sent.
  await page.locator('input[name="extra-days-off-new"]').fill('2027-02-13');
  await page.locator('button[data-add="extra-days-off"]').click();
  await expect(page.locator('.field-problem').textContent()).resolves.toContain('Thứ Bảy, Chủ nhật');
  await page.locator('input[name="extra-days-off-new"]').fill('2027-02-12');
  await page.locator('button[data-add="extra-days-off"]').click();
  await page.locator('input[name="make-up-workdays-new"]').fill('2027-02-20');
  await page.locator('button[data-add="make-up-workdays"]').click();
  await page.locator('button[data-save="calendar"]').click();
  await page.getByText('Đã lưu lịch năm 2027.').waitFor();
  await screenshot(page, 'admin-calendar');
  const stored = await admin.get('/admin/calendar/2027');
  expect(stored.body).toMatchObject({ source: 'STORED', extraDaysOff: ['2027-02-12'], makeUpWorkdays: ['2027-02-20'] });
});

it('creates an officer of Hà Nội who logs in with the password shown once, then disables the account', async () => {
  await openFromMenu('/admin/users', 'admin-users');
  await page.getByRole('button', { name: 'Thêm người dùng' }).click();
  const dialog = page.locator('dialog[open]');
  // Problems show under their fields: a quoted address, no role.
  await dialog.locator('input[name=email]').fill('"tran hoa"@sct-hanoi.gov.vn');
  await dialog.locator('input[name=fullName]').fill('Trần Thị Hoa');
  await dialog.locator('button[type=submit]').click();
  await expect(dialog.locator('.field-problem').allTextContents()).resolves.toEqual([
    expect.stringContaining('Email không hợp lệ'),
    'Cần chọn vai trò.',
  ]);
  await dialog.locator('input[name=email]').fill(NEW_OFFICER);
  await dialog.locator('select[name=role]').selectOption('officer');
  await dialog.locator('select[name=provinceCode]').selectOption('HN');
  // Two organisations fit an officer of Hà Nội (the Department and its centre): the admin picks the Department.
  await dialog
    .locator('select[name=organisationId]')
    .selectOption({ label: 'Sở Công Thương thành phố Hà Nội (SCT-HN)' });
  await screenshot(page, 'admin-user-dialog');
  await dialog.locator('button[type=submit]').click();
  const password = (await page.getByTestId('generated-password').locator('code').textContent()) ?? '';
  expect(password).toMatch(/^[A-Za-z0-9]{14}$/);
  const row = page.locator(`tr[data-user-email="${NEW_OFFICER}"]`);
  await expect(row.textContent()).resolves.toMatch(
    /Trần Thị Hoa.*Chuyên viên Sở Công Thương.*Hà Nội.*Sở Công Thương thành phố Hà Nội.*Đang hoạt động/,
  );
  await screenshot(page, 'admin-users');

  await logOut(page);
  await logIn(page, origin, NEW_OFFICER, password);
  await expect(page.getByTestId('current-user').textContent()).resolves.toContain('Trần Thị Hoa');
  await expect(page.getByRole('navigation').locator('a[href^="/admin/"]').count()).resolves.toBe(0);
  await logOut(page);

  await logIn(page, origin, 'admin@demo.local');
  await openFromMenu('/admin/users', 'admin-users');
  await page.locator('input[name=q]').fill('hoa');
  await page.locator('input[name=q]').press('Enter');
  await row.locator('button[data-user-action="disable"]').click();
  await page.locator('dialog[open] button[type=submit]').click();
  await page.getByText(`Đã khóa tài khoản ${NEW_OFFICER}.`).waitFor();
  await expect(row.textContent()).resolves.toContain('Đã khóa');
  const listed = await admin.get(`/admin/users?q=${encodeURIComponent(NEW_OFFICER)}`);
  expect(listed.body.items[0]).toMatchObject({ disabled: true });
});

it('shows a deadline-rule problem under its field, then saves the rules of a province', async () => {
  await openFromMenu('/admin/deadline-policies', 'admin-deadline-policies');
  await expect(page.locator('h1').textContent()).resolves.toBe('Thiết lập quy định thời hạn');
  await page.locator('select[name=scopeKey]').selectOption('PROVINCE:HN');
  await page.locator('input[name=dueDay]').fill('32');
  await page.locator('input[name="limits.SUBMITTED"]').fill('mười');
  await page.locator('form button[type=submit]').click();
  await expect(page.locator('.field-problem').allTextContents()).resolves.toEqual([
    'Ngày trong tháng từ 1 đến 31.',
    'Nhập số nguyên từ 0 đến 3660.',
  ]);
  await page.evaluate('window.scrollTo(0, 0)');
  await screenshot(page, 'admin-deadline-policies-problems');
  await page.locator('input[name=dueDay]').fill('20');
  await page.locator('input[name="limits.SUBMITTED"]').fill('12');
  await page.locator('form button[type=submit]').click();
  await page.getByText('Đã lưu quy định thời hạn cho Tỉnh, thành phố: Hà Nội.').waitFor();
  await page.evaluate('window.scrollTo(0, 0)');
  await screenshot(page, 'admin-deadline-policies');
  const stored = (await admin.get('/admin/deadline-policies')).body.stored;
  expect(stored.find((s: { scopeKey: string }) => s.scopeKey === 'PROVINCE:HN').policy).toMatchObject({
    reporting: { cadence: { kind: 'MONTHLY', dueDay: 20 } },
    stall: { limits: { SUBMITTED: { workingDays: 12 } } },
  });
});

it('searches the system log by actor and action', async () => {
  await openFromMenu('/admin/audit', 'admin-audit');
  await expect(page.locator('h1').textContent()).resolves.toBe('Nhật ký hệ thống');
  await page.locator('input[name=actorEmail]').fill('admin@demo.local');
  await page.locator('input[name=action]').fill('/admin/users');
  await page.locator('input[name=action]').press('Enter');
  await page.locator('tr[data-audit-id]', { hasText: 'Khóa tài khoản' }).first().waitFor();
  // The unfiltered list may still be on screen (it has such rows too): wait until the filtered one replaced it.
  await page
    .locator('tr[data-audit-id]')
    .filter({ hasNotText: 'admin@demo.local' })
    .first()
    .waitFor({ state: 'detached' });
  const rows = await page.locator('tr[data-audit-id]').allTextContents();
  expect(rows.length).toBeGreaterThanOrEqual(2);
  for (const text of rows) expect(text).toContain('admin@demo.local');
  expect(rows.some((text) => text.includes('Tạo tài khoản'))).toBe(true);
  await screenshot(page, 'admin-audit');
});

it('runs the nine-month review and shows its figures by province', async () => {
  // A contracted project with nothing disbursed yet: below the 60% disbursement threshold.
  const project = await projectAt(await loginActors(api.baseUrl), 'CONTRACTED', 'Hỗ trợ máy sấy nông sản (rà soát)');
  await openFromMenu('/reviews', 'review');
  await page.locator('button[data-run="review"]').click();
  await page.getByText(/Đã rà soát xong/).waitFor({ timeout: 60000 });
  await page.getByTestId('review-meta').waitFor();
  await expect(page.locator('[data-table="review-provinces"] tr[data-province="HN"]').textContent()).resolves.toMatch(
    /Hà Nội\s*[1-9]/,
  );
  await page.getByRole('link', { name: project.code }).waitFor();
  await screenshot(page, 'admin-review');
});
