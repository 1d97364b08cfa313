/**
 * An escalation that closes itself, seen by a supervisor in a real browser: the late report's level-1 warning is in
 * the open list; once the unit submits the report it leaves that list and shows under "Đã tự đóng" with the reason,
 * on the queue page and on the project page. Screenshots go to test-output/screenshots/.
 */
import type { Page } from 'playwright-core';
import { DEFAULT_DEADLINE_POLICY, DeadlinePolicy } from '@kc/domain';
import { ApiClient, ApiHarness, startApiHarness } from '../support/api-harness';
import { eventually } from '../support/eventually';
import {
  BrowserHarness,
  assertBrowserPrerequisites,
  logIn,
  queueHasRow,
  screenshot,
  startBrowser,
} from './browser-harness';
import { Actors, loginActors, projectAt } from './browser-fixtures';

/** P0001 falls due 8 s after the contract and is escalated 2 s later; nothing else for ten minutes. */
const POLICY: DeadlinePolicy = {
  reporting: {
    cadence: { kind: 'EVERY', every: 'PT8S' },
    remindBefore: [],
    overdueRepeatEvery: { duration: 'PT10M' },
    escalateLevel1After: { duration: 'PT2S' },
    escalateLevel1AfterMissedInARow: 2,
    escalateLevel2After: { duration: 'PT10M' },
  },
  stall: { ...DEFAULT_DEADLINE_POLICY.stall, limits: {} },
};

let api: ApiHarness;
let browser: BrowserHarness;
let origin: string;
let actors: Actors;
let unit: ApiClient;
let late: { id: string; code: string };
let page: Page;

beforeAll(async () => {
  assertBrowserPrerequisites();
  api = await startApiHarness();
  origin = new URL(api.baseUrl).origin;
  browser = await startBrowser();
  actors = await loginActors(api.baseUrl);
  unit = await ApiClient.login(api.baseUrl, 'unit.hn@demo.local');
  late = await projectAt(actors, 'CONTRACTED', 'Hỗ trợ máy sấy chè (thử cảnh báo tự đóng)', POLICY);
});

afterAll(async () => {
  await page?.close();
  await browser?.stop();
  await api?.stop();
});

it('shows a supervisor the open warning, then, once the late report arrives, only under "Đã tự đóng" with the reason', async () => {
  page = await browser.newPage();
  await logIn(page, origin, 'supervisor.hn@demo.local');
  await page.getByRole('navigation').locator('a[href="/queues/escalations"]').click();
  await page.locator('main[data-queue="escalations"] h1').waitFor();
  await expect(page.locator('main[data-queue="escalations"] h1').textContent()).resolves.toBe('Cảnh báo cấp 1 / 2 / 3');
  const rowSelector = `tr[data-project-code="${late.code}"][data-period="P0001"]`;
  const row = page.locator(rowSelector);
  await eventually(
    async () => {
      await page.reload();
      expect(await queueHasRow(page, rowSelector, 5000)).toBe(true);
    },
    60000,
    1000,
  );
  await expect(row.getAttribute('data-escalation-status')).resolves.toBe('OPEN');
  await expect(row.textContent()).resolves.toContain('Cảnh báo cấp 1');
  // The level history: level 1, when, and who was told, by name.
  await expect(row.locator('.escalation-levels li[data-level="1"]').textContent()).resolves.toContain('Trần Quốc Hùng');
  await expect(page.locator('main').textContent()).resolves.not.toContain('Vượt cấp');
  await screenshot(page, 'escalations-open');

  const report = await unit.post(`/projects/${late.id}/reports`, {
    period: 'P0001',
    physicalProgressPct: 30,
    fundsUsedVnd: 0,
  });
  expect(report.status).toBe(201);

  // It leaves the open list…
  await eventually(
    async () => {
      await page.reload();
      await page.locator('main[data-queue="escalations"] select[name="status"]').waitFor();
      expect(await queueHasRow(page, rowSelector, 5000)).toBe(false);
    },
    30000,
    1000,
  );
  // …and is found under "Đã tự đóng", with why and when.
  const status = page.locator('select[name="status"]');
  await status.selectOption({ label: 'Đã tự đóng' });
  // Until the filtered list replaces the open one, the open list's end marker is still on screen: look again.
  await eventually(async () => expect(await queueHasRow(page, rowSelector, 5000)).toBe(true), 30000, 500);
  await expect(row.getAttribute('data-escalation-status')).resolves.toBe('AUTO_CLOSED');
  const closed = row.locator('.escalation-closed[data-closed-reason="REPORT_SUBMITTED"]');
  await expect(closed.textContent()).resolves.toMatch(/^Tự đóng .+: đơn vị đã nộp báo cáo .+\.$/);
  await expect(row.locator('.badge').filter({ hasText: 'Đã tự đóng' }).count()).resolves.toBe(1);
  // Nothing left to acknowledge or resolve.
  await expect(row.locator('button[data-escalation-action]').count()).resolves.toBe(0);
  await screenshot(page, 'escalations-auto-closed');

  // The project page tells the same story.
  await row.locator(`a[href="/projects/${late.id}"]`).click();
  const onProject = page.locator('#escalations .escalation[data-escalation-status="AUTO_CLOSED"]');
  await onProject.waitFor();
  await expect(onProject.textContent()).resolves.toContain('đơn vị đã nộp báo cáo kỳ 1');
  await screenshot(page, 'project-escalation-auto-closed');
});
