/**
 * "Việc cần xử lý" in a real browser: the implementing unit lands on its inbox, sees only its own projects
 * and submits a monthly report from it; a link opened without a session goes through the login and lands on
 * the page asked for; the phone-width header keeps its language switch. Each role's landing page is
 * photographed (test-output/screenshots/landing-<role>.png, copied to docs/screenshots/ for the README).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ApiClient, ApiHarness, startApiHarness } from '../support/api-harness';
import { eventually } from '../support/eventually';
import { readCaughtMessages } from '@kc/devstack';
import { TEN_MINUTE_REPORT_POLICY, approvalDecision, newProjectRequest } from '../support/request-bodies';
import {
  BrowserHarness,
  LAPTOP,
  SCREENSHOT_DIR,
  assertBrowserPrerequisites,
  logIn,
  screenshot,
  startBrowser,
} from './browser-harness';
import { Actors, ensureUsers, loginActors, projectAt, secondsPolicy } from './browser-fixtures';

const PHONE = { width: 390, height: 844 };

let api: ApiHarness;
let browser: BrowserHarness;
let origin: string;
let actors: Actors;
let own: { id: string; code: string };
/** The implementing unit this suite logs in as. */
const UNIT = 'unit.hopviec@demo.local';
let otherUnits: { id: string; code: string };
const pages: Page[] = [];

async function freshPage(viewport = LAPTOP): Promise<Page> {
  const page = await browser.newPage(viewport);
  pages.push(page);
  return page;
}

async function pageAs(email: string, viewport = LAPTOP): Promise<Page> {
  const page = await freshPage(viewport);
  await logIn(page, origin, email);
  return page;
}

beforeAll(async () => {
  assertBrowserPrerequisites();
  api = await startApiHarness();
  origin = new URL(api.baseUrl).origin;
  browser = await startBrowser();
  actors = await loginActors(api.baseUrl);
  // A unit of this suite's own (the demo unit's inbox also holds the other suites' late reports), its project with
  // the first 10-minute period open, and one of another Hà Nội unit.
  await ensureUsers(actors.admin, [
    {
      email: UNIT,
      fullName: 'Trung tâm Khuyến công Hà Nội (thử hộp việc)',
      role: 'implementer',
      provinceCode: 'HN',
      organisationName: 'Trung tâm Khuyến công Hà Nội',
    },
  ]);
  own = await projectAt(
    actors,
    'CONTRACTED',
    'Máy sấy chè cho HTX Tân Cương (thử hộp việc)',
    TEN_MINUTE_REPORT_POLICY,
    {
      implementingUnit: { name: 'Trung tâm Khuyến công Hà Nội (thử hộp việc)', email: UNIT },
    },
  );
  const created = await actors.officer.post('/projects', {
    ...newProjectRequest('Lò nung gốm của đơn vị khác (thử hộp việc)'),
    implementingUnit: { name: 'HTX Gốm Bát Tràng', email: 'htx.battrang@demo.local' },
  });
  expect(created.status).toBe(201);
  otherUnits = created.body;
  // An appraisal waiting for the approver, a dossier waiting for the officer.
  await projectAt(actors, 'DRAFT', 'Hồ sơ chờ nộp (thử hộp việc)');
  const toApprove = await projectAt(actors, 'DRAFT', 'Đề án chờ phê duyệt (thử hộp việc)');
  for (const action of ['submit', 'open_appraisal']) {
    expect((await actors.officer.post(`/projects/${toApprove.id}/actions`, { action })).status).toBe(200);
  }
  // A project whose 10-second periods go unreported: overdue reports, and a level-1 escalation to the Department.
  const late = await projectAt(actors, 'CONTRACTED', 'Lò sấy chè quá hạn báo cáo (thử hộp việc)', secondsPolicy(10));
  const unit = await ApiClient.login(api.baseUrl, UNIT);
  const supervisor = await ApiClient.login(api.baseUrl, 'supervisor.hn@demo.local');
  await eventually(
    async () => {
      const inbox = await unit.get('/inbox');
      expect(inbox.body.reports.map((r: { code: string }) => r.code)).toContain(own.code);
      const addressed = await supervisor.get('/inbox');
      expect(addressed.body.escalations.map((e: { code: string }) => e.code)).toContain(late.code);
    },
    90000,
    1000,
  );
}, 180000);

afterAll(async () => {
  await browser?.stop();
  await api?.stop();
});

afterEach(async () => {
  await Promise.all(pages.splice(0).map((page) => page.close()));
});

it('the unit lands on its inbox, sees only its own projects, and submits a monthly report from it', async () => {
  const page = await pageAs(UNIT);
  await page.waitForURL(`${origin}/`);
  await expect(page.locator('main h1').textContent()).resolves.toBe('Việc cần xử lý');
  // The menu holds what the unit may open: no queue, no dashboard; the count of waiting items.
  const nav = page.getByRole('navigation');
  await expect(nav.locator('a[href^="/queues"]').count()).resolves.toBe(0);
  await expect(nav.locator('a[href="/dashboard"]').count()).resolves.toBe(0);
  await expect(nav.locator('a[href="/inbox"]').getAttribute('aria-current')).resolves.toBe('page');
  await nav.getByTestId('inbox-count').waitFor();

  const item = page.locator(`#inbox-reports li[data-project-code="${own.code}"]`);
  await item.waitFor();
  await expect(page.locator(`main [data-project-code="${otherUnits.code}"]`).count()).resolves.toBe(0);
  await expect(item.locator('.deadline').getAttribute('data-tone')).resolves.toMatch(/SOON|OVERDUE|LATER/);
  await landingShot(page, 'unit');

  // Only its own projects in the list, each offering the periodic report first.
  await nav.locator('a[href="/projects"]').click();
  await page.locator(`article[data-project-code="${own.code}"]`).waitFor();
  await expect(page.locator(`article[data-project-code="${otherUnits.code}"]`).count()).resolves.toBe(0);
  const card = page.locator(`article[data-project-code="${own.code}"]`);
  await expect(card.locator('[data-action]').first().getAttribute('data-action')).resolves.toBe('report_progress');
  await expect(card.locator('button[data-action="complete_work"]').count()).resolves.toBe(0); // CONTRACTED: not yet
  await expect((await actors.officer.get(`/projects/${otherUnits.id}`)).status).toBe(200);

  // One click from the inbox to the form of that period, then the report.
  await nav.locator('a[href="/inbox"]').click();
  const period = await item.getAttribute('data-period');
  await item.locator('a[data-action="submit_report"]').click();
  await page.waitForURL(`${origin}/projects/${own.id}`);
  const form = page.locator('#report-form');
  await expect(form.locator('h3').textContent()).resolves.toMatch(/^Nộp báo cáo tiến độ kỳ \d+$/);
  await expect(form.locator('select[name=period]').inputValue()).resolves.toBe(period);
  await form.locator('input[name=physicalProgressPct]').fill('15');
  await form.locator('input[name=fundsUsedVnd]').fill('20.000.000');
  await form.getByRole('button', { name: /^Nộp báo cáo tiến độ kỳ/ }).click();
  await expect(form.getByRole('status').textContent()).resolves.toContain(period!);

  await nav.locator('a[href="/inbox"]').click();
  await page.locator('main h1').waitFor();
  await eventually(
    async () => {
      await page.getByRole('button', { name: 'Làm mới' }).click();
      await expect(
        page.locator(`#inbox-reports li[data-period="${period}"][data-project-code="${own.code}"]`).count(),
      ).resolves.toBe(0);
    },
    15000,
    500,
  );
});

it("a hand-off mail's link, opened without a session, lands on the project page after the login", async () => {
  const draft = await projectAt(actors, 'DRAFT', 'Đề án báo qua thư điện tử (thử liên kết)');
  expect((await actors.officer.post(`/projects/${draft.id}/actions`, { action: 'submit' })).status).toBe(200);
  // The Department's leader is told by mail that the dossier waits for appraisal; the mail links to the web page.
  let link = '';
  await eventually(
    async () => {
      const mails = await readCaughtMessages(process.env.KC_TEST_MAIL_DIR!);
      const mail = mails.find((m) => m.to.includes('approver.hn@demo.local') && m.text.includes(draft.code));
      const href = /https?:\/\/[^\s"<>]+\/projects\/[0-9a-f-]{36}/.exec(mail?.html ?? mail?.text ?? '')?.[0];
      expect(href).toBeDefined();
      link = href!;
    },
    30000,
    500,
  );
  const path = new URL(link).pathname;
  expect(path).toBe(`/projects/${draft.id}`);
  const page = await freshPage();
  await page.goto(`${origin}${path}`);
  await page.waitForURL(`${origin}/login`);
  await page.locator('input[name=email]').fill('approver.hn@demo.local');
  await page.locator('input[name=password]').fill('demo1234');
  await page.locator('button[type=submit]').click();
  await page.waitForURL(`${origin}${path}`);
  await expect(page.locator('main h1').textContent()).resolves.toBe('Đề án báo qua thư điện tử (thử liên kết)');
});

it('a link opened without a session shows the login, then lands on that project and its action', async () => {
  const draft = await projectAt(actors, 'DRAFT', 'Đề án mở từ liên kết trong thư (thử)');
  const page = await freshPage();
  await page.goto(`${origin}/projects/${draft.id}?action=submit`);
  await page.waitForURL(`${origin}/login`);
  await expect(page.locator('h2').textContent()).resolves.toBe('Đăng nhập');
  await page.locator('input[name=email]').fill('officer.hn@demo.local');
  await page.locator('input[name=password]').fill('demo1234');
  await page.locator('button[type=submit]').click();
  await page.waitForURL(`${origin}/projects/${draft.id}`);
  await expect(page.locator('main h1').textContent()).resolves.toBe('Đề án mở từ liên kết trong thư (thử)');
  // The action asked for opens its confirmation; nothing is sent before the person confirms.
  const submit = page.locator('.project-head button[data-action="submit"]');
  await expect(submit.getAttribute('data-requested')).resolves.toBe('true');
  await page.locator('dialog.dialog[open]').waitFor();
  await expect((await actors.officer.get(`/projects/${draft.id}`)).body.state).toBe('DRAFT');

  // A queue and the inbox land the same way.
  const other = await freshPage();
  await other.goto(`${origin}/queues/late-reports`);
  await other.waitForURL(`${origin}/login`);
  await other.locator('input[name=email]').fill('supervisor.hn@demo.local');
  await other.locator('input[name=password]').fill('demo1234');
  await other.locator('button[type=submit]').click();
  await other.waitForURL(`${origin}/queues/late-reports`);
});

it('the officer signs the contract and starts the work from the inbox, one click to each dialog', async () => {
  const approved = await projectAt(actors, 'DRAFT', 'Đề án ký hợp đồng từ hộp việc (thử)');
  for (const [client, body] of [
    [actors.officer, { action: 'submit' }],
    [actors.officer, { action: 'open_appraisal' }],
    [actors.approver, { action: 'approve', ...approvalDecision() }],
  ] as const) {
    expect((await client.post(`/projects/${approved.id}/actions`, body)).status).toBe(200);
  }
  const page = await pageAs('officer.hn@demo.local');
  const item = page.locator(`#inbox-projects li[data-project-code="${approved.code}"]`);
  await item.locator('a[data-action="sign_contract"]').click();
  await page.waitForURL(`${origin}/projects/${approved.id}`);
  const dialog = page.getByRole('dialog');
  await dialog.locator('input[name=contractNo]').fill('21/HĐ-KCĐP-2026');
  await dialog.locator('input[name=contractDate]').fill('2026-11-20');
  await dialog.getByRole('button', { name: 'Ký hợp đồng' }).click();
  await dialog.waitFor({ state: 'detached' });
  await page.locator('.project-head [data-state="CONTRACTED"]').waitFor();

  await page.getByRole('navigation').locator('a[href="/inbox"]').click();
  await item.locator('a[data-action="start"]').click();
  await page.waitForURL(`${origin}/projects/${approved.id}`);
  // The link opens the action's confirmation; the officer confirms it there.
  await expect(page.locator('.project-head button[data-action="start"]').getAttribute('data-requested')).resolves.toBe(
    'true',
  );
  await page.locator('dialog.dialog[open] button[type=submit]').click();
  await page.locator('.project-head [data-state="IN_PROGRESS"]').waitFor();
  await page.getByRole('navigation').locator('a[href="/inbox"]').click();
  await page.locator('main[data-page="inbox"] .card').first().waitFor();
  await expect(page.locator(`#inbox-projects li[data-project-code="${approved.code}"]`).count()).resolves.toBe(0);
});

it('the phone-width header shows the language switch, whole and working', async () => {
  const page = await pageAs('unit.hn@demo.local', PHONE);
  const toggle = page.locator('.app-header .language-switch');
  await toggle.waitFor();
  for (const name of ['Tiếng Việt', 'English']) {
    const box = await toggle.getByRole('button', { name }).boundingBox();
    expect(box).not.toBeNull();
    expect(box!.width).toBeGreaterThan(30);
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(PHONE.width);
  }
  await screenshot(page, 'header-phone');
  await toggle.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('main h1').textContent()).resolves.toBe('My tasks');
  await screenshot(page, 'header-phone-en');
  await toggle.getByRole('button', { name: 'Tiếng Việt' }).click();
  await expect(page.locator('main h1').textContent()).resolves.toBe('Việc cần xử lý');
});

it.each([
  ['officer', 'officer.hn@demo.local'],
  ['approver', 'approver.hn@demo.local'],
  ['supervisor', 'supervisor.hn@demo.local'],
  ['admin', 'admin@demo.local'],
])('photographs the %s landing page', async (role, email) => {
  const page = await pageAs(email);
  await page.waitForURL(`${origin}/`);
  await page.locator('main[data-page="inbox"] .card').first().waitFor();
  if (role === 'supervisor') await page.locator('#inbox-escalations li').first().waitFor();
  await landingShot(page, role);
});

/** What the user sees at 1366x900 on arrival (the viewport, not the whole page), for docs/screenshots/. */
async function landingShot(page: Page, role: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `landing-${role}.png`) });
}
