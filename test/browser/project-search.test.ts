/**
 * Search without diacritics in the browser: an officer types "banh chung tranh khuc" or a code with "D" for "Đ" in
 * the project list's search box and finds the project written with its diacritics.
 */
import type { Page } from 'playwright-core';
import { ApiHarness, startApiHarness } from '../support/api-harness';
import { eventually } from '../support/eventually';
import { BrowserHarness, assertBrowserPrerequisites, logIn, screenshot, startBrowser } from './browser-harness';
import { Actors, loginActors, projectAt } from './browser-fixtures';

/** An element as the page sees it (this test compiles without the DOM library). */
type Attributed = { getAttribute(name: string): string | null };

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

/** Types into the list's search box and waits until the cards shown satisfy `check`. */
async function search(text: string, check: (codes: string[]) => void): Promise<void> {
  await page.locator('input[name=q]').fill(text);
  await page.locator('input[name=q]').press('Enter');
  await eventually(async () => {
    // One read of every card at once: the list re-renders while results arrive, so card-by-card reads can race.
    const codes = await page
      .locator('article[data-project-code]')
      .evaluateAll((cards) => cards.map((card) => (card as unknown as Attributed).getAttribute('data-project-code') ?? ''));
    check(codes);
  }, 15000);
}

it('finds a project typed without diacritics, and by its code with "D" for "Đ"', async () => {
  const banhChung = await projectAt(actors, 'DRAFT', 'Hỗ trợ máy đóng gói Bánh chưng Tranh Khúc');
  const other = await projectAt(actors, 'DRAFT', 'Đào tạo nghề mây tre đan Phú Vinh');
  page = await browser.newPage();
  await logIn(page, origin, 'officer.hn@demo.local');
  await page.goto(`${origin}/projects`);

  await search('banh chung tranh khuc', (codes) => {
    expect(codes).toContain(banhChung.code);
    expect(codes).not.toContain(other.code);
  });
  await page.locator(`article[data-project-code="${banhChung.code}"]`).getByText('Bánh chưng Tranh Khúc').waitFor();
  await screenshot(page, 'projects-search-without-diacritics');

  await search(other.code.replace('Đ', 'D').toLowerCase(), (codes) => expect(codes).toEqual([other.code]));
});
