/**
 * "Mốc kế hoạch năm" in a real browser (issue 14): the admin opens the tab, picks the local plans of An Giang for
 * plan year 2027 and sees each milestone's default and the day it is due after the Civil Code roll-over (20/06/2026
 * is a Saturday: due Monday 22/06); a day June lacks is refused under its field before anything is sent; An Giang's
 * registration day is set to 15/06 with a 5-day reminder, shown as its own value and stored, then reset. A Department
 * officer has no entry to the page. An Giang's local dates are this suite's own; they are reset at the end.
 */
import type { Page } from 'playwright-core';
import { ApiClient, ApiHarness, startApiHarness } from '../support/api-harness';
import { BrowserHarness, assertBrowserPrerequisites, logIn, logOut, screenshot, startBrowser } from './browser-harness';

const PROVINCE = 'AG';

let api: ApiHarness;
let browser: BrowserHarness;
let origin: string;
let admin: ApiClient;
let page: Page;

const row = (milestone: string) => page.locator(`[data-testid="plan-calendar"] tr[data-milestone="${milestone}"]`);

async function stored(): Promise<Record<string, any>> {
  const res = await admin.get(`/admin/calendar-policies?level=LOCAL&provinceCode=${PROVINCE}&year=2027`);
  return Object.fromEntries(res.body.milestones.map((m: any) => [m.milestone, m]));
}

beforeAll(async () => {
  assertBrowserPrerequisites();
  api = await startApiHarness();
  origin = new URL(api.baseUrl).origin;
  admin = await ApiClient.login(api.baseUrl, 'admin@demo.local');
  await admin.delete(`/admin/calendar-policies/LOCAL?provinceCode=${PROVINCE}`);
  browser = await startBrowser();
  page = await browser.newPage();
});

afterAll(async () => {
  await admin?.delete(`/admin/calendar-policies/LOCAL?provinceCode=${PROVINCE}`);
  await page?.close();
  await browser?.stop();
  await api?.stop();
});

it('is not offered to a Department officer', async () => {
  await logIn(page, origin, 'officer.hn@demo.local');
  await expect(page.locator('#main-nav a[href^="/admin/"]').count()).resolves.toBe(0);
  await page.goto(`${origin}/admin/plan-calendar`);
  await expect(page.locator('main[data-page="admin-plan-calendar"]').count()).resolves.toBe(0);
  await logOut(page);
});

it('shows each milestone’s default and the day it is due after the roll-over', async () => {
  await logIn(page, origin, 'admin@demo.local');
  await page.locator('#main-nav a[href="/admin/users"]').click();
  await page.getByTestId('admin-tabs').getByRole('link', { name: 'Mốc kế hoạch năm' }).click();
  await page.locator('main[data-page="admin-plan-calendar"] h1', { hasText: 'Mốc kế hoạch năm' }).waitFor();
  await page.locator('select[name=level]').selectOption('LOCAL');
  await page.locator('select[name=provinceCode]').selectOption(PROVINCE);
  await page.locator('select[name=year]').selectOption('2027');
  await page.getByRole('heading', { name: 'Các mốc của năm kế hoạch 2027' }).waitFor();

  const registration = row('REGISTRATION_TO_CUC');
  await expect(registration.locator('[data-cell=default]').textContent()).resolves.toContain('20/06 năm N-1');
  await expect(registration.locator('[data-cell=override]').textContent()).resolves.toContain('Theo mặc định');
  await expect(registration.locator('[data-cell=effective]').getAttribute('data-due-day')).resolves.toBe('2026-06-22');
  await expect(registration.locator('[data-cell=effective]').textContent()).resolves.toContain('Dời từ 20/06/2026');
  await expect(row('DOSSIERS_TO_DEPARTMENT').locator('td').first().textContent()).resolves.toContain(
    'Gửi hồ sơ đề án về Sở Công Thương',
  );
  await expect(page.locator('[data-testid="plan-calendar"] tbody tr[data-milestone]').count()).resolves.toBe(8);
});

it('refuses a day June lacks under its field, then saves An Giang’s own registration day and resets it', async () => {
  await row('REGISTRATION_TO_CUC').locator('button[data-edit]').click();
  const editor = page.locator('form[data-editor="REGISTRATION_TO_CUC"]');
  await editor.locator('input[name=day]').fill('31');
  await editor.locator('button[data-save]').click();
  await expect(editor.locator('.field-problem').textContent()).resolves.toBe(
    'Ngày phải từ 1 đến 30 (tháng 6 có 30 ngày).',
  );
  await expect(editor.locator('input[name=day]').getAttribute('aria-invalid')).resolves.toBe('true');
  expect((await stored()).REGISTRATION_TO_CUC.override).toBeNull();

  await editor.locator('input[name=day]').fill('15');
  await editor.locator('input[name=remindDaysBefore]').fill('5');
  await editor.locator('button[data-save]').click();
  await page.getByText('Đã lưu mốc "Sở Công Thương đăng ký kế hoạch với Cục".').waitFor();
  const registration = row('REGISTRATION_TO_CUC');
  await expect(registration.getAttribute('data-overridden')).resolves.toBe('true');
  await expect(registration.locator('[data-cell=override]').textContent()).resolves.toContain(
    '15/06 năm N-1 · nhắc trước 5 ngày',
  );
  // Monday 15 June 2026: no roll-over; the reminder goes on 10/06.
  await expect(registration.locator('[data-cell=effective]').getAttribute('data-due-day')).resolves.toBe('2026-06-15');
  await expect(registration.locator('[data-cell=effective]').textContent()).resolves.toContain('Nhắc ngày 10/06/2026');
  await screenshot(page, 'admin-plan-calendar');
  // Only what differs from the default is stored: the month and the year stay the default's.
  expect((await stored()).REGISTRATION_TO_CUC.override).toEqual({ day: 15, remindDaysBefore: 5 });

  await registration.locator('button[data-reset]').click();
  await page.getByText('Đã đặt lại mốc "Sở Công Thương đăng ký kế hoạch với Cục" về mặc định.').waitFor();
  await expect(row('REGISTRATION_TO_CUC').getAttribute('data-overridden')).resolves.toBe('false');
  expect((await stored()).REGISTRATION_TO_CUC.override).toBeNull();
});
