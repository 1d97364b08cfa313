/**
 * Accessibility in a real browser: every page each role can open from its menu, the login page and a project page
 * are checked with axe-core (WCAG 2.0/2.1 A and AA rules). A serious or critical violation fails the test with
 * the rule, the page and the elements it names. The pages are found from the menu itself, so a new page is
 * checked as soon as a role can reach it.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { ApiHarness, startApiHarness } from '../support/api-harness';
import { testEnv } from '../support/test-env';
import { BrowserHarness, assertBrowserPrerequisites, logIn, logOut, startBrowser } from './browser-harness';
import { Actors, NEW_POSITION_USERS, ensureUsers, loginActors, projectAt } from './browser-fixtures';

const ROLES = [
  'officer.hn@demo.local',
  'approver.hn@demo.local',
  'unit.hn@demo.local',
  'supervisor.hn@demo.local',
  'supervisor.national@demo.local',
  'admin@demo.local',
  // The positions of the capability table (issue 13): the Cục's officer, the Minister, the UBND tỉnh's leader.
  ...NEW_POSITION_USERS.map((user) => user.email),
];

interface Finding {
  page: string;
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

let api: ApiHarness;
let browser: BrowserHarness;
let origin: string;
let actors: Actors;
let project: { id: string; code: string };

/** The serious and critical findings of axe on the page as it is now. */
async function audit(page: Page, label: string): Promise<Finding[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      page: label,
      rule: v.id,
      impact: v.impact ?? '',
      help: v.help,
      targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
    }));
}

/** The menu's links, as the role sees them. */
async function menuPaths(page: Page): Promise<string[]> {
  const links = await page.locator('#main-nav a').all();
  const hrefs = await Promise.all(links.map((link) => link.getAttribute('href')));
  return [...new Set(hrefs.filter((h): h is string => !!h && h.startsWith('/')))];
}

/**
 * How long a page may take to draw its data. The walk runs axe on every page while the rest of the suite's servers
 * share two cores: on CI's loaded machine (load average near 5) a project page took longer than the browser's
 * default 15 s, though it drew quickly on a quiet one.
 */
const PAGE_DATA_TIMEOUT_MS = 60_000;

/** Waits until the page has drawn its data (no "Đang tải" left). */
async function settle(page: Page): Promise<void> {
  await page.locator('main').first().waitFor({ timeout: PAGE_DATA_TIMEOUT_MS });
  await page.locator('.loading').first().waitFor({ state: 'detached', timeout: PAGE_DATA_TIMEOUT_MS });
}

beforeAll(async () => {
  assertBrowserPrerequisites();
  process.env.KC_MAIL_DIR = testEnv().mailDir;
  api = await startApiHarness();
  origin = new URL(api.baseUrl).origin;
  browser = await startBrowser();
  actors = await loginActors(api.baseUrl);
  await ensureUsers(actors.admin, NEW_POSITION_USERS);
  project = await projectAt(actors, 'CONTRACTED', 'Hỗ trợ máy sấy nông sản (kiểm tra trợ năng)');
});

afterAll(async () => {
  delete process.env.KC_MAIL_DIR;
  await browser?.stop();
  await api?.stop();
});

test('the login page has no serious accessibility violation', async () => {
  const page = await browser.newPage();
  await page.goto(`${origin}/login`);
  await page.locator('input[name=email]').waitFor();
  expect(await audit(page, '/login')).toEqual([]);
  await page.close();
});

/**
 * A role's walk runs axe on every page of its menu (ten for some roles, seconds each on a loaded machine): it gets
 * its own time limit, and its page is closed however it ends, so a slow walk cannot spill into the next role's.
 */
const WALK_TIMEOUT_MS = 360_000;

test.each(ROLES)(
  'every page in the menu of %s has no serious accessibility violation',
  async (email) => {
    const page = await browser.newPage();
    try {
      await walkMenu(page, email);
    } finally {
      await page.close().catch(() => undefined);
    }
  },
  WALK_TIMEOUT_MS,
);

async function walkMenu(page: Page, email: string): Promise<void> {
  await logIn(page, origin, email);
  const findings: Finding[] = [];
  const paths = await menuPaths(page);
  expect(paths.length).toBeGreaterThan(0);
  for (let i = 0; i < paths.length; i++) {
    await page.goto(`${origin}${paths[i]}`, { timeout: PAGE_DATA_TIMEOUT_MS });
    await page.getByTestId('current-user').waitFor({ timeout: PAGE_DATA_TIMEOUT_MS });
    await settle(page);
    findings.push(...(await audit(page, `${email} ${paths[i]}`)));
    // A menu entry with tabs (the admin's) leads to more pages: each is checked too.
    for (const tab of await page.locator('[data-testid=admin-tabs] a').all()) {
      const href = await tab.getAttribute('href');
      if (href && !paths.includes(href)) paths.push(href);
    }
  }
  if (!email.startsWith('unit.') && !email.startsWith('admin')) {
    await page.goto(`${origin}/projects/${project.id}`, { timeout: PAGE_DATA_TIMEOUT_MS });
    await page.getByText(project.code).first().waitFor({ timeout: PAGE_DATA_TIMEOUT_MS });
    await settle(page);
    findings.push(...(await audit(page, `${email} /projects/:id`)));
  }
  await logOut(page);
  expect(findings).toEqual([]);
}
