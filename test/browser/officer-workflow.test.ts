/**
 * The officers' pages in a real browser (Debian's Chromium through playwright-core) against the real API,
 * worker, Temporal, PostgreSQL and SMTP catcher: login, the project list and its action buttons, the
 * server's refusals, the project page. Screenshots go to test-output/screenshots/.
 */
import type { Page } from 'playwright-core';
import { ApiHarness, startApiHarness } from '../support/api-harness';
import { eventually } from '../support/eventually';
import {
  BrowserHarness,
  TABLET,
  assertBrowserPrerequisites,
  clickAction,
  findProjectCard,
  logIn,
  screenshot,
  startBrowser,
} from './browser-harness';
import { Actors, loginActors, projectAt, secondsPolicy } from './browser-fixtures';

let api: ApiHarness;
let browser: BrowserHarness;
let origin: string;
let actors: Actors;
const pages: Page[] = [];

async function pageAs(email: string, viewport?: { width: number; height: number }): Promise<Page> {
  const page = await browser.newPage(viewport);
  pages.push(page);
  await logIn(page, origin, email);
  return page;
}

beforeAll(async () => {
  assertBrowserPrerequisites();
  api = await startApiHarness();
  origin = new URL(api.baseUrl).origin;
  browser = await startBrowser();
  actors = await loginActors(api.baseUrl);
});

afterAll(async () => {
  await browser?.stop();
  await api?.stop();
});

afterEach(async () => {
  await Promise.all(pages.splice(0).map((page) => page.close()));
});

it('serves the app at / with a fallback to index.html for its routes, never for /api or missing files', async () => {
  for (const path of ['/', '/projects', '/projects/KC-anything', '/queues/late-reports']) {
    const res = await fetch(`${origin}${path}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(await res.text()).toContain('<div id="root">');
  }
  const apiMiss = await fetch(`${origin}/api/no-such-route`);
  expect(apiMiss.status).toBe(404);
  expect(apiMiss.headers.get('content-type')).toContain('application/json');
  expect((await fetch(`${origin}/assets/no-such-file.js`)).status).toBe(404);
});

it('asks for a login and shows the 401 message on a wrong password', async () => {
  const page = await browser.newPage();
  pages.push(page);
  await page.goto(`${origin}/projects`);
  await page.waitForURL(`${origin}/login`);
  await expect(page.locator('h2').textContent()).resolves.toBe('Đăng nhập');
  await screenshot(page, 'login');
  await page.locator('input[name=email]').fill('officer.hn@demo.local');
  await page.locator('input[name=password]').fill('wrong-password');
  await page.locator('button[type=submit]').click();
  const alert = page.getByRole('alert');
  await expect(alert.textContent()).resolves.toContain('Sai email hoặc mật khẩu');
  await screenshot(page, 'login-refused');
  // The page asked for comes back after the login; the token lives in sessionStorage.
  await page.locator('input[name=password]').fill('demo1234');
  await page.locator('button[type=submit]').click();
  await page.waitForURL(`${origin}/projects`);
  // (A string expression: the test tier's tsconfig has no DOM types.)
  const stored = await page.evaluate<string | null>("sessionStorage.getItem('kc.session')");
  expect(JSON.parse(stored ?? '{}')).toMatchObject({ user: { email: 'officer.hn@demo.local', role: 'officer' } });
});

it('moves a project from DRAFT to IN_PROGRESS by buttons: the officer submits, the approver approves', async () => {
  const { code } = await projectAt(actors, 'DRAFT', 'Máy sấy nông sản cho HTX (thử giao diện)');

  const officer = await pageAs('officer.hn@demo.local');
  let card = await findProjectCard(officer, code);
  await card.locator('[data-state="DRAFT"]').waitFor();
  await screenshot(officer, 'projects-list');
  await clickAction(card, 'submit', 'SUBMITTED');
  await expect(officer.getByRole('status').textContent()).resolves.toContain(code);
  await clickAction(card, 'open_appraisal', 'BASE_APPRAISAL');
  // Only the approver may approve: the officer has no such button.
  await expect(card.locator('button[data-action="approve"]').count()).resolves.toBe(0);

  const approver = await pageAs('approver.hn@demo.local');
  const approverCard = await findProjectCard(approver, code);
  await approverCard.locator('button[data-action="approve"]').click();
  const approval = approver.getByRole('dialog');
  await approval.locator('input[name=decisionNo]').fill('125/QĐ-SCT');
  await approval.getByRole('button', { name: 'Phê duyệt đề án' }).click();
  await approverCard.locator('[data-state="APPROVED"]').waitFor();

  await officer.reload();
  card = await findProjectCard(officer, code);
  await card.locator('button[data-action="sign_contract"]').click();
  const dialog = officer.getByRole('dialog');
  await dialog.locator('input[name=contractNo]').fill('15/HĐ-KCĐP-2026');
  await dialog.locator('input[name=contractDate]').fill('2026-11-02');
  await screenshot(officer, 'action-dialog-sign-contract');
  await dialog.getByRole('button', { name: 'Ký hợp đồng' }).click();
  await card.locator('[data-state="CONTRACTED"]').waitFor();
  await dialog.waitFor({ state: 'detached' });

  await clickAction(card, 'start', 'IN_PROGRESS');
  await screenshot(officer, 'projects-after-start');
  const detail = await actors.officer.get(`/projects/${encodeURIComponent(code)}`);
  expect(detail.body).toMatchObject({ state: 'IN_PROGRESS', contract: { contractNo: '15/HĐ-KCĐP-2026' } });
});

it('shows the server’s refusal: an advance over the 70% cap, and a reason left out', async () => {
  const { code } = await projectAt(actors, 'CONTRACTED', 'Thiết bị dệt thổ cẩm (thử từ chối)');
  const officer = await pageAs('officer.hn@demo.local');
  const card = await findProjectCard(officer, code);

  // A machinery advance waits for a progress report the Department certified above 70% (TT 36 Art. 12).
  await card.locator('button[data-action="certify_progress"]').click();
  const certify = officer.getByRole('dialog');
  await certify.locator('input[name=progressPercent]').fill('75');
  await certify.getByRole('button', { name: 'Xác nhận báo cáo tiến độ' }).click();
  await certify.waitFor({ state: 'detached' });

  await card.locator('button[data-action="record_disbursement"]').click();
  const dialog = officer.getByRole('dialog');
  await dialog.locator('input[name=amountVnd]').fill('100.000.000');
  await dialog.locator('select[name=kind]').selectOption('ADVANCE');
  await dialog.getByRole('button', { name: 'Ghi nhận giải ngân' }).click();
  const refusal = dialog.getByRole('alert');
  await expect(refusal.textContent()).resolves.toContain('vượt 70% kinh phí được duyệt (94.500.000 đ)');
  await screenshot(officer, 'action-refused');
  await dialog.getByRole('button', { name: 'Hủy' }).click();
  await card.locator('[data-state="CONTRACTED"]').waitFor();

  // The same dialog with the amount the cap allows goes through.
  await card.locator('button[data-action="record_disbursement"]').click();
  await dialog.locator('input[name=amountVnd]').fill('94500000');
  await dialog.getByRole('button', { name: 'Ghi nhận giải ngân' }).click();
  await dialog.waitFor({ state: 'detached' });
  await expect(officer.getByRole('status').textContent()).resolves.toContain(code);

  // A refusal of a one-click action shows on the card: suspend needs a reason, the approver leaves it blank.
  const approver = await pageAs('approver.hn@demo.local');
  const started = await actors.officer.post(`/projects/${encodeURIComponent(code)}/actions`, { action: 'start' });
  expect(started.status).toBe(200);
  const approverCard = await findProjectCard(approver, code);
  await approverCard.locator('button[data-action="suspend"]').click();
  const suspend = approver.getByRole('dialog');
  await suspend.locator('textarea[name=reason]').fill('   ');
  await suspend.getByRole('button', { name: 'Tạm ngừng' }).click();
  await expect(suspend.getByRole('alert').textContent()).resolves.toContain('Vui lòng điền đủ');
  await suspend.locator('textarea[name=reason]').fill('Đơn vị chưa bố trí đủ vốn đối ứng');
  await suspend.getByRole('button', { name: 'Tạm ngừng' }).click();
  await approverCard.locator('[data-state="SUSPENDED"]').waitFor();
});

it('shows the project page: history, money, report periods, a report submitted, notices and an escalation', async () => {
  const { id, code } = await projectAt(
    actors,
    'IN_PROGRESS',
    'Truyền nghề mây tre đan (thử trang đề án)',
    secondsPolicy(20),
  );
  const officer = await pageAs('officer.hn@demo.local');
  const card = await findProjectCard(officer, code);
  await card.getByRole('link', { name: code }).click();
  await officer.waitForURL(`${origin}/projects/${id}`);

  const history = officer.locator('#history .timeline-item');
  await history.first().waitFor();
  await expect(Promise.all((await history.all()).map((item) => item.getAttribute('data-action')))).resolves.toEqual([
    'start',
    'sign_contract',
    'approve',
    'open_appraisal',
    'submit',
    'set_deadline_policy',
    'create',
  ]);
  // Each entry carries its local time (occurredAtLocal, Asia/Ho_Chi_Minh) and who did it.
  await expect(history.first().textContent()).resolves.toMatch(
    /\d{2}:\d{2} \d{2}\/\d{2}\/\d{4}.*officer\.hn@demo\.local/,
  );
  await expect(officer.locator('#money').textContent()).resolves.toContain('135.000.000');

  // The first period opens with the contract; submit its report through the form.
  const periods = officer.locator('#reports tr[data-period]');
  await eventually(
    async () => {
      await officer.locator('#reports').getByRole('button', { name: 'Làm mới' }).click();
      expect(await periods.count()).toBeGreaterThan(0);
    },
    30000,
    1000,
  );
  const form = officer.locator('.report-form');
  await form.locator('select[name=period]').selectOption('P0001');
  await form.locator('input[name=physicalProgressPct]').fill('35');
  await form.locator('input[name=fundsUsedVnd]').fill('40.000.000');
  await form.locator('textarea[name=issues]').fill('Chậm giao nguyên liệu mây');
  await form.getByRole('button', { name: 'Nộp báo cáo' }).click();
  await expect(form.getByRole('status').textContent()).resolves.toContain('P0001');
  await officer.locator('#reports tr[data-period="P0001"] [data-report-status="ON_TIME"]').waitFor();

  // The next period is missed: its status, the notices and the escalation show after a reload.
  await eventually(
    async () => {
      await officer.reload();
      await officer.locator('#escalations .escalation').first().waitFor({ timeout: 2000 });
      await officer.locator('#reports [data-report-status="MISSING"]').first().waitFor({ timeout: 2000 });
      expect(await officer.locator('#notices tbody tr').count()).toBeGreaterThan(0);
    },
    60000,
    2000,
  );
  await screenshot(officer, 'project-page');
  const tablet = await pageAs('officer.hn@demo.local', TABLET);
  await tablet.goto(`${origin}/projects/${id}`);
  await tablet.locator('#history .timeline-item').first().waitFor();
  await screenshot(tablet, 'project-page-tablet');
});
