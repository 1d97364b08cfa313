/**
 * A project with a long record in the browser: its page shows the newest 50 events and disbursements, and an officer
 * reads the older ones with "Xem các sự kiện cũ hơn" and "Xem các khoản giải ngân cũ hơn", down to the creation.
 */
import type { Page } from 'playwright-core';
import { ApiHarness, startApiHarness } from '../support/api-harness';
import { certifiedProgress } from '../support/request-bodies';
import {
  BrowserHarness,
  SCREENSHOT_DIR,
  assertBrowserPrerequisites,
  logIn,
  screenshot,
  startBrowser,
} from './browser-harness';
import { Actors, loginActors, projectAt } from './browser-fixtures';

/** With the creation, four steps to the contract and the progress: 59 events and 53 disbursements. */
const ADVANCES = 53;

let api: ApiHarness;
let browser: BrowserHarness;
let origin: string;
let actors: Actors;
let page: Page;

beforeAll(async () => {
  assertBrowserPrerequisites();
  api = await startApiHarness();
  origin = new URL(api.baseUrl).origin;
  browser = await startBrowser();
  actors = await loginActors(api.baseUrl);
});

afterAll(async () => {
  await page?.close();
  await browser?.stop();
  await api?.stop();
});

it('shows the newest 50 events and disbursements, and the older ones on request', async () => {
  const project = await projectAt(actors, 'CONTRACTED', 'Máy sấy chè, tạm ứng nhiều đợt');
  const act = async (body: Record<string, unknown>) => {
    const res = await actors.officer.post(`/projects/${project.id}/actions`, body);
    if (res.status !== 200) throw new Error(`${body.action}: ${res.status} ${JSON.stringify(res.body)}`);
  };
  await act(certifiedProgress());
  for (let i = 1; i <= ADVANCES; i += 1) {
    await act({ action: 'record_disbursement', kind: 'ADVANCE', amountVnd: 1_000_000 + i });
  }

  page = await browser.newPage();
  await logIn(page, origin, 'officer.hn@demo.local');
  await page.goto(`${origin}/projects/${project.id}`);
  const events = page.locator('#history li.timeline-item');
  const payments = page.locator('#money tbody tr');
  await events.first().waitFor();
  expect(await events.count()).toBe(50);
  expect(await payments.count()).toBe(50);
  // Newest first: the last advance heads the list; the creation is not among the 50.
  await expect(events.first().textContent()).resolves.toContain('1.000.053');
  expect(await page.locator('#history li[data-action=create]').count()).toBe(0);
  await page.getByRole('button', { name: 'Xem các sự kiện cũ hơn' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SCREENSHOT_DIR}/project-page-show-older-button.png` });

  await page.getByRole('button', { name: 'Xem các sự kiện cũ hơn' }).click();
  await page.locator('#history li[data-action=create]').waitFor();
  expect(await events.count()).toBe(1 + 4 + 1 + ADVANCES);
  expect(await page.getByRole('button', { name: 'Xem các sự kiện cũ hơn' }).count()).toBe(0);

  await page.getByRole('button', { name: 'Xem các khoản giải ngân cũ hơn' }).click();
  await page.locator('#money tbody tr', { hasText: '1.000.001' }).waitFor();
  expect(await payments.count()).toBe(ADVANCES);
  expect(await page.getByRole('button', { name: 'Xem các khoản giải ngân cũ hơn' }).count()).toBe(0);
  await screenshot(page, 'project-page-older-entries');
}, 240000);
