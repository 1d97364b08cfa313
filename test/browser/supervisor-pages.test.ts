/**
 * The supervisors' pages in a real browser: the queues (with their exports), escalations acknowledged and
 * resolved, the dashboard's charts, the embedded mail catcher's page, and the English switch.
 * Screenshots go to test-output/screenshots/.
 */
import type { Page } from 'playwright-core';
import ExcelJS from 'exceljs';
import { ApiClient, ApiHarness, startApiHarness } from '../support/api-harness';
import { eventually } from '../support/eventually';
import { testEnv } from '../support/test-env';
import {
  BrowserHarness,
  TABLET,
  assertBrowserPrerequisites,
  logIn,
  queueHasRow,
  screenshot,
  startBrowser,
} from './browser-harness';
import { Actors, loginActors, projectAt, secondsPolicy } from './browser-fixtures';
import { approvalDecision, todayInVietnam } from '../support/request-bodies';

const QUEUES = ['late-reports', 'stalled', 'escalations', 'upcoming'] as const;

let api: ApiHarness;
let browser: BrowserHarness;
let origin: string;
let actors: Actors;
let supervisor: ApiClient;
let late: { id: string; code: string };
const pages: Page[] = [];

async function pageAs(email: string, viewport?: { width: number; height: number }): Promise<Page> {
  const page = await browser.newPage(viewport);
  pages.push(page);
  await logIn(page, origin, email);
  return page;
}

beforeAll(async () => {
  assertBrowserPrerequisites();
  process.env.KC_MAIL_DIR = testEnv().mailDir;
  api = await startApiHarness();
  origin = new URL(api.baseUrl).origin;
  browser = await startBrowser();
  actors = await loginActors(api.baseUrl);
  supervisor = await ApiClient.login(api.baseUrl, 'supervisor.hn@demo.local');
  // A project whose 10-second periods go unreported: late reports, notices and an escalation within seconds.
  late = await projectAt(actors, 'CONTRACTED', 'Hỗ trợ lò sấy chè (thử hàng đợi)', secondsPolicy(10));
  await eventually(
    async () => {
      const deadlines = await actors.officer.get(`/projects/${late.id}/deadlines`);
      expect(deadlines.body.escalations.length).toBeGreaterThan(0);
    },
    60000,
    500,
  );
});

async function waitForRow(page: Page, code: string, timeout = 15000): Promise<void> {
  if (!(await queueHasRow(page, `tr[data-project-code="${code}"]`, timeout))) throw new Error(`no row for ${code}`);
}

afterAll(async () => {
  delete process.env.KC_MAIL_DIR;
  await browser?.stop();
  await api?.stop();
});

afterEach(async () => {
  await Promise.all(pages.splice(0).map((page) => page.close()));
});

it('shows each queue with its rows and export buttons, or the API’s refusal when it answers one', async () => {
  const page = await pageAs('supervisor.hn@demo.local');
  for (const queue of QUEUES) {
    const answer = await supervisor.get(`/queues/${queue}`);
    await page.getByRole('navigation').locator(`a[href="/queues/${queue}"]`).click();
    await page.locator(`main[data-queue="${queue}"] h1`).waitFor();
    if (answer.status !== 200) {
      // Until the queue endpoint exists, the page shows what the API says.
      await expect(page.getByRole('alert').textContent()).resolves.toContain(String(answer.body?.message ?? ''));
    } else if (queue === 'late-reports' || queue === 'escalations') {
      await eventually(
        async () => {
          await page.reload();
          await waitForRow(page, late.code, 5000);
        },
        30000,
        1000,
      );
      await expect(page.locator('button[data-export="csv"]').count()).resolves.toBe(1);
      await expect(page.locator('button[data-export="xlsx"]').count()).resolves.toBe(1);
      // Hà Nội's supervisor reaches one province: the filters offer no province to choose.
      await page.locator('select[name=category]').waitFor();
      await expect(page.locator('select[name=province]').count()).resolves.toBe(0);
    } else {
      await page.locator('table, main p.muted').first().waitFor();
    }
    await screenshot(page, `queue-${queue}`);
  }
});

it('names a time limit still ahead in the upcoming queue as a time limit, not as one already passed', async () => {
  // Submitted: the Department's 10 working days of appraisal (DOMAIN.md) fall within the next 30 days.
  const waiting = await projectAt(actors, 'DRAFT', 'Hỗ trợ máy ép dầu lạc (thử sắp đến hạn)');
  const submitted = await actors.officer.post(`/projects/${waiting.id}/actions`, { action: 'submit' });
  expect(submitted.status).toBe(200);
  const page = await pageAs('supervisor.hn@demo.local');
  await page.goto(`${origin}/queues/upcoming`);
  await page.locator('select[name=days]').selectOption('30');
  const row = `tr[data-project-code="${waiting.code}"]`;
  await eventually(
    async () => {
      await page.reload();
      await page.locator('select[name=days]').selectOption('30');
      await waitForRow(page, waiting.code, 5000);
    },
    30000,
    1000,
  );
  const cells = page.locator(row).first().locator('td');
  await expect(cells.nth(3).textContent()).resolves.toBe('Thời hạn xử lý ở bước “Đã nộp Sở Công Thương”');
  await expect(cells.nth(5).textContent()).resolves.toBe('Chưa đến hạn');
  await screenshot(page, 'queue-upcoming-time-limit');
});

it('downloads the late-reports queue as CSV with the token (when the queue endpoint exists)', async () => {
  const answer = await supervisor.get('/queues/late-reports');
  if (answer.status === 404) {
    console.warn(
      'SKIPPED CSV download: GET /api/queues/late-reports answers 404 (the queue endpoints are not built yet)',
    );
    return;
  }
  const page = await pageAs('supervisor.hn@demo.local');
  await page.goto(`${origin}/queues/late-reports`);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('button[data-export="csv"]').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
});

it('shows a supervisor the escalation read-only; the Department leader acknowledges, then resolves it', async () => {
  const watching = await pageAs('supervisor.hn@demo.local');
  await watching.goto(`${origin}/projects/${late.id}`);
  await watching.locator('#escalations .escalation').first().waitFor();
  expect(await watching.locator('#escalations button[data-escalation-action]').count()).toBe(0);

  const page = await pageAs('approver.hn@demo.local');
  await page.goto(`${origin}/projects/${late.id}`);
  const escalation = page.locator('#escalations .escalation').first();
  await escalation.waitFor();
  await escalation.locator('button[data-escalation-action="ack"]').click();
  await page.locator('#escalations .escalation[data-escalation-status="ACKNOWLEDGED"]').first().waitFor();
  await page.locator('#escalations [data-escalation-action="resolve"]').first().click();
  const dialog = page.getByRole('dialog');
  await dialog.locator('textarea[name=note]').fill('Đã làm việc với đơn vị; báo cáo sẽ nộp trong tuần');
  await screenshot(page, 'escalation-resolve-dialog');
  await dialog.getByRole('button', { name: 'Xử lý xong' }).click();
  await page.locator('#escalations .escalation[data-escalation-status="RESOLVED"]').first().waitFor();
  await expect(page.locator('#escalations').textContent()).resolves.toContain('Đã làm việc với đơn vị');
  await screenshot(page, 'project-page-escalation-resolved');
});

it('draws the dashboard’s charts (skipped while GET /api/dashboard answers 404)', async () => {
  const answer = await supervisor.get('/dashboard');
  if (answer.status === 404) {
    console.warn('SKIPPED dashboard test: GET /api/dashboard answers 404 (the dashboard endpoint is not built yet)');
    return;
  }
  expect(answer.status).toBe(200);
  const page = await pageAs('supervisor.hn@demo.local');
  await page.goto(`${origin}/dashboard`);
  await page.locator('[data-stat="planned"]').waitFor();
  await page.locator('#chart-money svg.chart-svg rect').first().waitFor();
  expect(await page.locator('#chart-late svg.chart-svg rect').count()).toBeGreaterThan(0);
  await expect(page.locator('#chart-money').textContent()).resolves.toContain('Hà Nội');
  await screenshot(page, 'dashboard');
});

it('lists the caught mail in embedded mode, and GET /api/dev/mail is 404 without KC_MAIL_DIR', async () => {
  const page = await pageAs('supervisor.hn@demo.local');
  await page.getByRole('navigation').locator('a[href="/mail"]').click();
  await page.locator('main[data-page="mail"] .mail-item').first().waitFor();
  await expect(page.locator('main[data-page="mail"]').textContent()).resolves.toContain(late.code);
  await screenshot(page, 'mail');

  delete process.env.KC_MAIL_DIR;
  try {
    const hidden = await supervisor.get('/dev/mail');
    expect(hidden.status).toBe(404);
  } finally {
    process.env.KC_MAIL_DIR = testEnv().mailDir;
  }
});

it('switches to English and keeps the choice; the layout fits a tablet', async () => {
  const page = await pageAs('officer.hn@demo.local', TABLET);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('main h1').textContent()).resolves.toBe('My tasks');
  await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
  await page.goto(`${origin}/projects`);
  await expect(page.locator('main h1').textContent()).resolves.toBe('Projects');
  await page.locator('article[data-project-code]').first().waitFor();
  await screenshot(page, 'projects-list-tablet-en');
  await page.getByRole('button', { name: 'Tiếng Việt' }).click();
  await expect(page.locator('main h1').textContent()).resolves.toBe('Danh sách đề án');
});

it('shows a Hà Nội supervisor Hà Nội’s late projects and not Bắc Ninh’s, and exports them to Excel', async () => {
  // A Bắc Ninh project late in the same way, through the API.
  const [officerBN, approverBN, admin, national] = await Promise.all(
    ['officer.bn', 'approver.bn', 'admin', 'supervisor.national'].map((u) =>
      ApiClient.login(api.baseUrl, `${u}@demo.local`),
    ),
  );
  const created = await officerBN.post('/projects', {
    scope: 'LOCAL',
    provinceCode: 'BN',
    category: 'MACHINERY',
    title: 'Hỗ trợ máy ép gỗ (Bắc Ninh, thử phạm vi)',
    implementingUnit: { name: 'TTKC Bắc Ninh', email: 'unit.bn@demo.local' },
    beneficiary: 'Cơ sở đồ gỗ Đồng Kỵ',
    totalCostVnd: 300000000,
    requestedSupportVnd: 90000000,
    plannedStart: '2026-03-01',
    plannedEnd: '2027-12-31',
  });
  const bn = created.body as { id: string; code: string };
  await admin.put(`/projects/${bn.id}/deadline-policy`, secondsPolicy(10));
  for (const [client, body] of [
    [officerBN, { action: 'submit' }],
    [officerBN, { action: 'open_appraisal' }],
    [approverBN, { action: 'approve', ...approvalDecision(90000000) }],
    [officerBN, { action: 'sign_contract', contractNo: 'HĐ-BN', contractDate: todayInVietnam() }],
  ] as const) {
    expect((await client.post(`/projects/${bn.id}/actions`, body)).status).toBe(200);
  }
  await eventually(
    async () => {
      const rows = await national.get('/queues/late-reports?province=BN&limit=500');
      expect(rows.body.items.some((i: { code: string }) => i.code === bn.code)).toBe(true);
    },
    60000,
    1000,
  );

  const page = await pageAs('supervisor.hn@demo.local');
  await page.goto(`${origin}/queues/late-reports`);
  await waitForRow(page, late.code);
  await expect(page.locator(`tr[data-project-code="${bn.code}"]`).count()).resolves.toBe(0);
  await screenshot(page, 'queue-late-reports-reach');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('button[data-export="xlsx"]').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const file = await download.path();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file!);
  const codes = workbook.worksheets[0].getColumn(1).values.slice(2);
  expect(workbook.worksheets[0].getRow(1).getCell(1).value).toBe('Mã đề án (Code)');
  expect(codes).toContain(late.code);
  expect(codes).not.toContain(bn.code);
});
