/**
 * Issue 14 in the browser, on the demo data of `npm start` (the plans, then the projects through the real API):
 * the dashboard by plan year and region kept in the address, the read-only plans page, and its menu entry only
 * for the roles that may read plans.
 */
import type { Page } from 'playwright-core';
import type { DataSource } from 'typeorm';
import { localDayOf } from '@kc/domain';
import { ApiHarness, startApiHarness } from '../support/api-harness';
import { seedDemoProjects } from '../../scripts/seed-demo';
import { seedDemoPlans } from '../../scripts/demo-plans';
import { BrowserHarness, assertBrowserPrerequisites, logIn, screenshot, startBrowser } from './browser-harness';

let api: ApiHarness;
let browser: BrowserHarness;
let origin: string;
const pages: Page[] = [];

const today = localDayOf(new Date().toISOString());
const thisYear = today.slice(0, 4);
/** The digits of an amount as vi-VN groups them ("142.202.835.333"). */
const grouped = (amount: number) => new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 }).format(amount);

async function open(email: string, path: string): Promise<Page> {
  const page = await browser.newPage();
  pages.push(page);
  await logIn(page, origin, email);
  await page.goto(`${origin}${path}`);
  return page;
}

beforeAll(async () => {
  assertBrowserPrerequisites();
  api = await startApiHarness();
  origin = new URL(api.baseUrl).origin;
  // As `npm start`: the plans (2022 Northern region, this year's Hà Nội and Bắc Ninh), then the projects on them.
  // The seed adds nothing where plans exist, and the suites of a run share one database (plans.test makes its own):
  // start from none.
  await removePlans(api.worker.dataSource);
  await seedDemoPlans(api.worker.dataSource, today);
  await seedDemoProjects({ apiUrl: api.baseUrl, log: () => undefined });
  browser = await startBrowser();
}, 600_000);

afterAll(async () => {
  await browser?.stop();
  // The suites of a run share one database: take the demo plans away again, so the next suites' projects are
  // approved without any plan line to draw on (as before issue 14's plans), not against this year's demo lines.
  const ds = api?.worker.dataSource;
  if (ds?.isInitialized) await removePlans(ds);
  await api?.stop();
});

async function removePlans(ds: DataSource): Promise<void> {
  await ds.query(`UPDATE projects SET plan_id = NULL, plan_line_id = NULL WHERE plan_id IS NOT NULL`);
  await ds.query(`DELETE FROM plans`);
}

afterEach(async () => {
  await Promise.all(pages.splice(0).map((page) => page.close()));
});

it('shows the 2022 Northern region plan figures to the national supervisor, year and region kept in the address', async () => {
  const page = await open('supervisor.national@demo.local', '/dashboard?year=2022&region=NORTH_TT26');
  const cards = page.getByTestId('plan-cards');
  await cards.locator('[data-stat=percentOfPlan] .stat-value').filter({ hasText: '91,7%' }).waitFor();
  await cards
    .locator('[data-stat=assignedVnd]')
    .filter({ hasText: grouped(142_202_835_333) })
    .waitFor();
  await cards
    .locator('[data-stat=disbursedVnd]')
    .filter({ hasText: grouped(130_400_000_000) })
    .waitFor();
  await page.getByRole('heading', { name: 'Kế hoạch và giải ngân', exact: true }).waitFor();
  await page.getByTestId('plan-by-province').locator('tbody tr').first().waitFor();
  await page.getByTestId('plan-by-category').locator('tbody tr').first().waitFor();
  // The selectors show the view of the address.
  const yearSelect = page.getByLabel('Năm kế hoạch');
  expect(await yearSelect.inputValue()).toBe('2022');
  expect(await page.getByLabel('Vùng').inputValue()).toBe('NORTH_TT26');
  await screenshot(page, 'plans-dashboard-north-2022');

  // Read by today's units, the 28 provinces of 2022 are 18: Hải Dương's plan counts under Hải Phòng.
  const byProvince = page.getByTestId('plan-by-province');
  await byProvince.locator('tbody tr', { hasText: 'Hải Dương' }).waitFor();
  await page.getByLabel('Tỉnh theo').selectOption('CURRENT');
  await page.waitForURL((url) => url.searchParams.get('provinceBy') === 'CURRENT');
  // Hải Phòng has a row in both readings: wait for the former province's row to go, not for Hải Phòng's to appear.
  await byProvince.locator('tbody tr', { hasText: 'Hải Dương' }).first().waitFor({ state: 'detached' });
  await byProvince.locator('tbody tr', { hasText: 'Hải Phòng' }).waitFor();
  expect(await byProvince.locator('tbody tr').count()).toBe(18);
  await cards.locator('[data-stat=percentOfPlan] .stat-value').filter({ hasText: '91,7%' }).waitFor();
  await page.getByLabel('Tỉnh theo').selectOption('AT_THE_TIME');
  await page.waitForURL((url) => !url.searchParams.has('provinceBy'));
  await byProvince.locator('tbody tr', { hasText: 'Hải Dương' }).waitFor();

  await yearSelect.selectOption(thisYear);
  await page.waitForURL((url) => url.searchParams.get('year') === thisYear);
  expect(new URL(page.url()).searchParams.get('region')).toBe('NORTH_TT26');
  await page
    .getByTestId('plan-scope')
    .filter({ hasText: `Năm kế hoạch ${thisYear}` })
    .waitFor();
});

it("shows the Hà Nội officer this year's Hà Nội plan with its lines", async () => {
  const page = await open('officer.hn@demo.local', '/plans');
  await page.locator('#main-nav a', { hasText: 'Kế hoạch khuyến công' }).waitFor();
  const plan = page
    .locator('section.card', { hasText: 'Hà Nội' })
    .filter({ hasText: `năm ${thisYear}` })
    .first();
  await plan.waitFor();
  await plan.getByTestId('plan-lines').locator('tbody tr').first().waitFor();
  expect(await plan.getByTestId('plan-lines').locator('tbody tr').count()).toBeGreaterThan(0);
  await plan.getByText('Đã phê duyệt').first().waitFor();
  await screenshot(page, 'plans-page-hn');
});

it('gives the implementing unit no plans menu entry, and the refusal on the address', async () => {
  const page = await open('unit.hn@demo.local', '/inbox');
  await page.locator('#main-nav a').first().waitFor();
  expect(await page.locator('#main-nav a', { hasText: 'Kế hoạch khuyến công' }).count()).toBe(0);
  await page.goto(`${origin}/plans`);
  await page.getByRole('heading', { name: 'Không có quyền truy cập' }).waitFor();
});
