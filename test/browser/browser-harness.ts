/**
 * Debian's Chromium driven by playwright-core (no browser download): a fresh profile per run, headless, and
 * helpers the page tests share (log in, screenshots). Chromium missing is a failure that says how to get it.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BrowserContext, Locator, Page, chromium } from 'playwright-core';

const CHROMIUM = process.env.KC_CHROMIUM_PATH?.trim() || '/usr/bin/chromium';
const WEB_INDEX = join(__dirname, '..', '..', 'dist', 'web', 'index.html');
export const SCREENSHOT_DIR = join(__dirname, '..', '..', 'test-output', 'screenshots');

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const LAPTOP = { width: 1366, height: 900 };
export const TABLET = { width: 820, height: 1180 };

export interface BrowserHarness {
  context: BrowserContext;
  newPage(viewport?: { width: number; height: number }): Promise<Page>;
  stop(): Promise<void>;
}

/** Fails (never skips) when what the browser tests need is not there, with the command that fixes it. */
export function assertBrowserPrerequisites(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}: the browser tests need it. Run \`npm run setup\` ` +
        "(scripts/install-chromium.mjs installs Debian's chromium), or set KC_CHROMIUM_PATH.",
    );
  }
  if (!existsSync(WEB_INDEX)) {
    throw new Error(`The web app is not built (${WEB_INDEX} missing): run \`npm run build\` first.`);
  }
}

export async function startBrowser(): Promise<BrowserHarness> {
  assertBrowserPrerequisites();
  // launchPersistentContext passes this fresh folder to Chromium as --user-data-dir.
  const profile = mkdtempSync(join(tmpdir(), 'kc-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: LAPTOP,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  context.setDefaultTimeout(15000);
  return {
    context,
    async newPage(viewport = LAPTOP) {
      const page = await context.newPage();
      await page.setViewportSize(viewport);
      return page;
    },
    async stop() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** The login form, as a person fills it; resolves once the app shows who is signed in. */
export async function logIn(page: Page, origin: string, email: string, password = 'demo1234'): Promise<void> {
  await page.goto(`${origin}/login`);
  await page.locator('input[name=email]').fill(email);
  await page.locator('input[name=password]').fill(password);
  await page.locator('button[type=submit]').click();
  await page.getByTestId('current-user').waitFor();
}

export async function logOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await page.locator('input[name=email]').waitFor();
}

/** The project's card in the list (opened from the menu when elsewhere, e.g. on the inbox after the login). */
export async function findProjectCard(page: Page, code: string): Promise<Locator> {
  if (new URL(page.url()).pathname !== '/projects') {
    await page.getByRole('navigation').locator('a[href="/projects"]').click();
    await page.waitForURL((url) => url.pathname === '/projects');
  }
  await page.locator('input[name=q]').fill(code);
  await page.locator('input[name=q]').press('Enter');
  const card = page.locator(`article[data-project-code="${code}"]`);
  await card.waitFor();
  return card;
}

/** Clicks an allowed action's button on a card and waits for the card to show the state it leads to. */
export async function clickAction(card: Locator, action: string, expectedState: string): Promise<void> {
  await card.locator(`button[data-action="${action}"]`).click();
  await card.locator(`[data-state="${expectedState}"]`).waitFor();
}

/**
 * Whether a queue shows the row, paging on with "Tải thêm" to the end as a person would: a queue shows the most
 * overdue first, and other suites' projects owe reports from months ago, so a row due seconds ago may be far down.
 */
export async function queueHasRow(page: Page, rowSelector: string, timeout = 15000): Promise<boolean> {
  const row = page.locator(rowSelector).first();
  const more = page.locator('.load-more button:not([disabled])');
  for (;;) {
    await page.locator(`${rowSelector}, .load-more button:not([disabled]), .end-of-list`).first().waitFor({ timeout });
    if (await row.isVisible()) return true;
    if (!(await more.isVisible())) return false;
    await more.click();
  }
}

/** Pages logged in as one user each, for a suite that walks several roles; `closeAll` closes what it opened. */
export function rolePages(browser: () => BrowserHarness, origin: () => string) {
  const pages: Page[] = [];
  return {
    async as(email: string): Promise<Page> {
      const page = await browser().newPage();
      pages.push(page);
      await logIn(page, origin(), email);
      return page;
    },
    async closeAll(): Promise<void> {
      await Promise.all(pages.splice(0).map((page) => page.close()));
    },
  };
}
