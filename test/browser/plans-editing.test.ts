/**
 * Issue 14's plan writes in a real browser, on the real API: the Hà Nội Department officer makes next year's local
 * plan with two lines ("Lập kế hoạch") and submits it; the Department leader (Hà Nội's local approver by default)
 * approves it by a decision, adds to a line and sees the amendment in the history and the new assigned estimate;
 * once a project is approved on the line (over HTTP: the setup, not the page under test), a cut below what it holds
 * is refused with the API's 409 words, and nothing is recorded.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';
import type { DataSource } from 'typeorm';
import { localDayOf } from '@kc/domain';
import { ApiClient, ApiHarness, startApiHarness } from '../support/api-harness';
import { approvalDecision, newProjectRequest } from '../support/request-bodies';
import { BrowserHarness, assertBrowserPrerequisites, logIn, screenshot, startBrowser } from './browser-harness';

let api: ApiHarness;
let browser: BrowserHarness;
let origin: string;
const pages: Page[] = [];

const today = localDayOf(new Date().toISOString());
/** The newest year the page offers; no demo plan is for it. */
const year = Number(today.slice(0, 4)) + 1;
const title = `Kế hoạch khuyến công địa phương năm ${year} của thành phố Hà Nội`;
const MACHINERY = 'Máy móc thiết bị — Ngân sách địa phương';
/** The digits of an amount as vi-VN groups them ("600.000.000"). */
const grouped = (amount: number) => new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 }).format(amount);

async function open(email: string): Promise<Page> {
  const page = await browser.newPage();
  pages.push(page);
  await logIn(page, origin, email);
  await page.goto(`${origin}/plans?year=${year}`);
  return page;
}

/** axe's serious and critical findings (WCAG 2.1 A and AA) on the page as it is now, by rule and first target. */
async function accessibilityFindings(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`);
}

/** The card of this suite's plan. */
function planCard(page: Page): Locator {
  return page.locator('section.card[id^="plan-"]', { hasText: title });
}

/** A Hà Nội machinery project of the plan's year, approved for 135 million VND on the plan's machinery line. */
async function approveProjectOnMachinery(): Promise<void> {
  const [officer, approver] = await Promise.all(
    ['officer.hn@demo.local', 'approver.hn@demo.local'].map((email) => ApiClient.login(api.baseUrl, email)),
  );
  const plans = await officer.get(`/plans?year=${year}&provinceCode=HN`);
  const line = plans.body.items[0].lines.find((l: { category: string }) => l.category === 'MACHINERY');
  const request = newProjectRequest('Đề án máy móc trên kế hoạch năm sau', {
    plannedStart: `${year}-03-01`,
    plannedEnd: `${year}-11-30`,
    planLineId: line.id,
  });
  const created = await officer.post('/projects', request);
  if (created.status !== 201) throw new Error(`create: ${created.status} ${JSON.stringify(created.body)}`);
  for (const [who, body] of [
    [officer, { action: 'submit' }],
    [officer, { action: 'open_appraisal' }],
    [approver, { action: 'approve', ...approvalDecision(135_000_000) }],
  ] as const) {
    const res = await who.post(`/projects/${created.body.id}/actions`, body);
    if (res.status !== 200) throw new Error(`${body.action}: ${res.status} ${JSON.stringify(res.body)}`);
  }
}

/** Hà Nội's local plan of the year, gone (the suites of a run share one database; a rerun starts from none). */
async function removePlan(ds: DataSource): Promise<void> {
  const where = `level = 'LOCAL' AND province_code = 'HN' AND year = $1`;
  await ds.query(
    `UPDATE projects SET plan_id = NULL, plan_line_id = NULL WHERE plan_id IN (SELECT id FROM plans WHERE ${where})`,
    [year],
  );
  await ds.query(`DELETE FROM plans WHERE ${where}`, [year]);
}

beforeAll(async () => {
  assertBrowserPrerequisites();
  api = await startApiHarness();
  origin = new URL(api.baseUrl).origin;
  await removePlan(api.worker.dataSource);
  browser = await startBrowser();
}, 600_000);

afterAll(async () => {
  await browser?.stop();
  // Later suites' Hà Nội projects of next year would otherwise draw on this plan's lines.
  const ds = api?.worker.dataSource;
  if (ds?.isInitialized) await removePlan(ds);
  await api?.stop();
});

afterEach(async () => {
  await Promise.all(pages.splice(0).map((page) => page.close()));
});

it('the Department officer makes a draft local plan of Hà Nội with two lines and submits it', async () => {
  const page = await open('officer.hn@demo.local');
  await page.getByTestId('create-plan').click();
  const form = page.locator('form.plan-form');
  // Only what the table lets the officer prepare: Hà Nội's local plan.
  await expect(form.locator('select[name=level] option').allTextContents()).resolves.toEqual(['Địa phương']);
  await expect(form.locator('select[name=provinceCode] option').allTextContents()).resolves.toEqual(['Hà Nội']);
  await form.locator('select[name=year]').selectOption(String(year));
  await form.locator('select[name="lines.0.category"]').selectOption('MACHINERY');
  await form.locator('input[name="lines.0.assignedVnd"]').fill('500000000');
  expect(await form.locator('input[name="lines.0.assignedVnd"]').inputValue()).toBe('500.000.000');
  await form.getByTestId('add-plan-line').click();
  // The second line, not filled in yet: each problem shows under its field, and nothing is sent.
  await form.locator('button[type=submit]').click();
  await form
    .locator('.plan-line[data-line-index="1"] .field-error', { hasText: 'Cần chọn nội dung khuyến công.' })
    .waitFor();
  await form
    .locator('.plan-line[data-line-index="1"] .field-error', { hasText: 'Nhập số tiền bằng số nguyên đồng' })
    .waitFor();
  await form.locator('select[name="lines.1.category"]').selectOption('TRAINING');
  await form.locator('input[name="lines.1.assignedVnd"]').fill('300.000.000');
  expect(await form.locator('.field-error').count()).toBe(0);
  await screenshot(page, 'plans-create-form');
  expect(await accessibilityFindings(page)).toEqual([]);
  await form.locator('button[type=submit]').click();
  await page.locator('.alert-success', { hasText: `Đã lập dự thảo «${title}»` }).waitFor();

  const card = planCard(page);
  await card.locator('[data-plan-status=DRAFT]').waitFor();
  await expect(card.getByTestId('plan-lines').locator('tbody tr').count()).resolves.toBe(2);
  await card
    .locator('[data-stat=assignedVnd]')
    .filter({ hasText: grouped(800_000_000) })
    .waitFor();
  // The officer prepares, the leader approves: no approval button here.
  expect(await card.locator('[data-plan-action=approve]').count()).toBe(0);

  // A second plan for the same year and province: the API's 409, in its words, inside the form.
  await page.getByTestId('create-plan').click();
  const again = page.locator('form.plan-form');
  await again.locator('select[name=year]').selectOption(String(year));
  await again.locator('select[name="lines.0.category"]').selectOption('ADVISORY');
  await again.locator('input[name="lines.0.assignedVnd"]').fill('1000000');
  await again.locator('button[type=submit]').click();
  await again.locator('.alert-error', { hasText: `Đã có kế hoạch địa phương HN năm ${year}` }).waitFor();
  await again.getByRole('button', { name: 'Hủy' }).click();

  await card.locator('[data-plan-action=submit]').click();
  const dialog = page.locator('dialog[open]');
  await dialog.getByText('lãnh đạo Sở Công Thương thành phố Hà Nội').waitFor();
  await dialog.locator('button[type=submit]').click();
  await card.locator('[data-plan-status=SUBMITTED]').waitFor();
  await card.locator('.alert-success', { hasText: `Đã trình kế hoạch «${title}»` }).waitFor();
  expect(await card.locator('[data-plan-action]').count()).toBe(0);
});

it('the Department leader approves it by a decision, adds to a line, and a cut below what is approved on it is refused', async () => {
  const page = await open('approver.hn@demo.local');
  const card = planCard(page);
  await card.locator('[data-plan-status=SUBMITTED]').waitFor();
  await card.locator('[data-plan-action=approve]').click();
  const dialog = page.locator('dialog[open]');
  // The decision number is required before anything is sent.
  await dialog.locator('button[type=submit]').click();
  await dialog.locator('.field-error', { hasText: 'Cần nhập số quyết định.' }).waitFor();
  await dialog.locator('input[name=decisionNo]').fill('15/QĐ-SCT');
  await dialog.locator('input[name=decisionDate]').fill(`${year - 1}-12-20`);
  await dialog.locator('button[type=submit]').click();
  await card.locator('[data-plan-status=APPROVED]').waitFor();
  await card.getByText(`Số 15/QĐ-SCT ngày 20/12/${year - 1}`).waitFor();
  await card.getByText('Chưa có điều chỉnh nào.').waitFor();

  // An addition of 100 million to the machinery line.
  await card.locator('[data-plan-action=amend]').click();
  await dialog.locator('select[name=lineId]').selectOption({ label: MACHINERY });
  await dialog.getByText(`Dự toán được giao ${grouped(500_000_000)}`).waitFor();
  await dialog.locator('input[name=amountVnd]').fill('100000000');
  await dialog.locator('input[name=decisionNo]').fill('30/QĐ-SCT');
  await dialog.locator('input[name=decisionDate]').fill(`${year}-06-30`);
  await dialog.locator('textarea[name=reason]').fill('Bổ sung dự toán cho đề án máy móc thiết bị');
  await dialog.locator('button[type=submit]').click();
  await card.locator('.alert-success', { hasText: `Đã ghi điều chỉnh kế hoạch «${title}»` }).waitFor();

  const history = card.getByTestId('plan-amendments').locator('tbody tr');
  await expect(history.count()).resolves.toBe(1);
  const row = history.first();
  await expect(row.locator('td').allTextContents()).resolves.toEqual([
    `Số 30/QĐ-SCT ngày 30/06/${year}`,
    MACHINERY,
    expect.stringMatching(new RegExp(`^\\+${grouped(100_000_000).replace(/\./g, '\\.')}\\s₫$`)),
    'Bổ sung dự toán cho đề án máy móc thiết bị',
    'Trần Quốc Hùng (lãnh đạo Sở Công Thương Hà Nội)',
    // Recorded today, shown in Vietnam's time ("10:05 27/11/2026").
    expect.stringMatching(new RegExp(`^\\d{2}:\\d{2},? ${today.split('-').reverse().join('/')}$`)),
  ]);
  const machinery = card.getByTestId('plan-lines').locator('tbody tr', { hasText: MACHINERY });
  await expect(machinery.locator('[data-figure=initialVnd]').textContent()).resolves.toContain(grouped(500_000_000));
  await expect(machinery.locator('[data-figure=assignedVnd]').textContent()).resolves.toContain(grouped(600_000_000));
  await card
    .locator('[data-stat=assignedVnd]')
    .filter({ hasText: grouped(900_000_000) })
    .waitFor();

  // A project approved on the line for 135 million; a cut of 550 million would leave 50 million: the API's 409.
  await approveProjectOnMachinery();
  await page.reload();
  await machinery
    .locator('[data-figure=approvedVnd]')
    .filter({ hasText: grouped(135_000_000) })
    .waitFor();
  await card.locator('[data-plan-action=amend]').click();
  await dialog.locator('select[name=lineId]').selectOption({ label: MACHINERY });
  await dialog.getByText(`còn lại chưa phê duyệt cho đề án ${grouped(465_000_000)}`).waitFor();
  await dialog.locator('input[name=direction][value=cut]').check();
  await dialog.locator('input[name=amountVnd]').fill('550.000.000');
  await dialog.locator('input[name=decisionNo]').fill('31/QĐ-SCT');
  await dialog.locator('textarea[name=reason]').fill('Cắt giảm dự toán dòng máy móc thiết bị');
  await dialog.locator('button[type=submit]').click();
  await dialog
    .locator('.alert-error', {
      hasText:
        `Không thể cắt giảm dòng «${MACHINERY}» năm ${year} xuống 50.000.000 đồng: ` +
        'các đề án đã được phê duyệt 135.000.000 đồng',
    })
    .waitFor();
  await screenshot(page, 'plans-amend-refused');
  expect(await accessibilityFindings(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Hủy' }).click();
  await expect(history.count()).resolves.toBe(1);
  await expect(machinery.locator('[data-figure=assignedVnd]').textContent()).resolves.toContain(grouped(600_000_000));
  await screenshot(page, 'plans-amended');
});
