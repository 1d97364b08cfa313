/**
 * The demo data of `npm start`, seeded the same way (scripts/seed-demo.ts through the real API, a real worker),
 * as the Hà Nội supervisor sees it right after: the reports of last month and the month before missing from
 * projects whose contracts were signed months ago, their escalations at level 1 and 2, projects waiting past
 * their limits; due days read as days ("26/10/2026"), never "00:00 27/10/2026".
 */
import type { Page } from 'playwright-core';
import { addMonthsClamped, localDayOf } from '@kc/domain';
import { ApiClient, ApiHarness, startApiHarness } from '../support/api-harness';
import { eventually } from '../support/eventually';
import { SeededProject, seedDemoProjects } from '../../scripts/seed-demo';
import { BrowserHarness, assertBrowserPrerequisites, logIn, screenshot, startBrowser } from './browser-harness';

interface QueueItem {
  code: string;
  what: { kind: string; period?: string; state?: string };
  dueAt: string;
  dueDay: string;
  escalationLevel: number;
}

let api: ApiHarness;
let browser: BrowserHarness;
let origin: string;
let supervisor: ApiClient;
let seeded: SeededProject[];
const pages: Page[] = [];

const today = localDayOf(new Date().toISOString());
/** Last month and the month before, as report period keys ('2026-11', '2026-10' on 2/12/2026). */
const lastMonths = [addMonthsClamped(today, -2), addMonthsClamped(today, -1)].map((day) => day.slice(0, 7));
const monthLabel = (key: string) => `tháng ${Number(key.slice(5, 7))}/${key.slice(0, 4)}`;

/** The Hà Nội projects the seed leaves with last months' reports missing. */
const lateInHanoi = () =>
  seeded.filter(
    (s) => s.project.provinceCode === 'HN' && s.project.contractDate && s.project.lateReportsIn !== undefined,
  );

async function queue(name: string): Promise<QueueItem[]> {
  const answer = await supervisor.get(`/queues/${name}?limit=100`);
  expect(answer.status).toBe(200);
  return answer.body.items;
}

beforeAll(async () => {
  assertBrowserPrerequisites();
  api = await startApiHarness();
  origin = new URL(api.baseUrl).origin;
  // The demo users are in (the harness writes them, as `npm start` does before the API opens); the projects follow.
  seeded = await seedDemoProjects({ apiUrl: api.baseUrl, log: () => undefined });
  supervisor = await ApiClient.login(api.baseUrl, 'supervisor.hn@demo.local');
  browser = await startBrowser();
}, 600_000);

afterAll(async () => {
  await browser?.stop();
  await api?.stop();
});

afterEach(async () => {
  await Promise.all(pages.splice(0).map((page) => page.close()));
});

it('seeds monthly-policy projects in Hà Nội whose last two months of reports are missing', async () => {
  expect(lateInHanoi().length).toBeGreaterThanOrEqual(3);
  const rows = await queue('late-reports');
  for (const { code } of lateInHanoi()) {
    const periods = rows.filter((r) => r.code === code).map((r) => r.what.period);
    expect(periods).toEqual(expect.arrayContaining(lastMonths));
  }
  // Each row names its due day, whose end (24:00 Vietnam time) is dueAt.
  for (const row of rows.filter((r) => lateInHanoi().some((s) => s.code === r.code))) {
    expect(Date.parse(row.dueAt)).toBe(Date.parse(`${row.dueDay}T24:00:00+07:00`));
  }
  // The reports the seed sent in late are not in the queue: they arrived, after their due day.
  const [partlyIn] = lateInHanoi().filter((s) => (s.project.lateReportsIn ?? 0) > 0);
  const reports = await supervisor.get(`/projects/${partlyIn.id}/reports`);
  expect(reports.body.filter((p: { status: string }) => p.status === 'LATE').length).toBe(
    partlyIn.project.lateReportsIn,
  );
});

it('raises level-1 and level-2 escalations for the missed months at once, and stalls for the waiting projects', async () => {
  const codes = new Set(lateInHanoi().map((s) => s.code));
  await eventually(
    async () => {
      const escalations = (await queue('escalations')).filter((r) => codes.has(r.code));
      const levels = new Set(escalations.map((r) => r.escalationLevel));
      // Level 1, and above it level 2 or, for a period missed more than 30 working days ago, level 3 (a level is
      // raised in place, so a period that reached 3 no longer shows 2).
      expect(levels.has(1)).toBe(true);
      expect([...levels].some((level) => level >= 2)).toBe(true);
      // The waiting projects' limits of seconds run out within a minute, then escalate.
      const stalled = (await queue('stalled')).filter((r) => seeded.some((s) => s.code === r.code));
      expect(stalled.map((r) => r.what.state)).toEqual(expect.arrayContaining(['SUBMITTED', 'BASE_APPRAISAL']));
    },
    90_000,
    2000,
  );
});

it('shows the supervisor the late reports of past months, each due on a day', async () => {
  const page = await browser.newPage();
  pages.push(page);
  await logIn(page, origin, 'supervisor.hn@demo.local');
  await page.goto(`${origin}/queues/late-reports`);
  const [first] = lateInHanoi();
  const rows = page.locator(`tr[data-project-code="${first.code}"]`);
  await rows.first().waitFor();
  const text = (await rows.allTextContents()).join('\n');
  for (const key of lastMonths) expect(text).toContain(monthLabel(key));
  // A due day is the day (dd/mm/yyyy), not the midnight after it.
  const dueCells = await rows.locator('td[data-label="Hạn"]').allTextContents();
  for (const cell of dueCells) expect(cell.trim()).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
  await screenshot(page, 'demo-start-late-reports');

  await page.goto(`${origin}/queues/escalations`);
  await page.locator(`tr[data-project-code="${first.code}"]`).first().waitFor();
  await screenshot(page, 'demo-start-escalations');
});

it('labels the minutes-long demo project, which alone keeps a due moment with its time', async () => {
  const demo = seeded.find((s) => s.project.demoPolicy === 'MINUTES');
  expect(demo?.project.title).toMatch(/^\[Demo nhắc hạn 2 phút\] /);
  const page = await browser.newPage();
  pages.push(page);
  await logIn(page, origin, 'supervisor.hn@demo.local');
  await page.goto(`${origin}/projects/${demo!.id}`);
  const period = page.locator('tr[data-period="P0001"]');
  await period.waitFor();
  await expect(period.locator('td').nth(1).textContent()).resolves.toMatch(/\d{2}:\d{2}/);
});
