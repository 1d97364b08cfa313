/**
 * The money rules in a real browser (issue 15): the administrator enters Phú Thọ's own cap on "Định mức hỗ trợ" and
 * sees it listed (the Department officer reads the page without the form); the creation form names the cap of the
 * chosen content area and its limit for the cost typed; the project page shows the rule of the first advance, which
 * turns from "Chưa đủ điều kiện tạm ứng" to "Đủ điều kiện tạm ứng" once the Department certifies progress above 70%.
 */
import type { Page } from 'playwright-core';
import { ApiHarness, startApiHarness } from '../support/api-harness';
import { approvalDecision, newProjectRequest, todayInVietnam, startingToday } from '../support/request-bodies';
import { BrowserHarness, assertBrowserPrerequisites, logIn, screenshot, startBrowser } from './browser-harness';
import { Actors, loginActors } from './browser-fixtures';

let api: ApiHarness;
let browser: BrowserHarness;
let origin: string;
let actors: Actors;
const pages: Page[] = [];
const year = todayInVietnam().slice(0, 4);

/** Text with the no-break spaces of Intl's currency format read as plain spaces. */
const plain = (text: string | null) => (text ?? '').replace(/\s/g, ' ');

async function pageAs(email: string): Promise<Page> {
  const page = await browser.newPage();
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
}, 240_000);

afterAll(async () => {
  await actors?.admin.delete(`/admin/support-caps/PT/${year}/ADVISORY`);
  await Promise.all(pages.splice(0).map((page) => page.close()));
  await browser?.stop();
  await api?.stop();
});

afterEach(async () => {
  await Promise.all(pages.splice(0).map((page) => page.close()));
});

it('the administrator enters a province’s own cap; the officer reads the tables without the form', async () => {
  const admin = await pageAs('admin@demo.local');
  await admin.locator('#main-nav a[href="/support-caps"]').click();
  const main = admin.locator('main[data-page="support-caps"]');
  await main.locator('h1', { hasText: 'Định mức hỗ trợ và điều kiện tạm ứng' }).waitFor();
  const current = main.locator('[data-instrument="TT-28-2018"]');
  await current.getByText('Đang áp dụng').waitFor();
  await expect(
    current
      .locator('tr[data-category=DEMONSTRATION_MODEL] td')
      .allTextContents()
      .then((cells) => cells.map(plain)),
  ).resolves.toEqual([
    'Mô hình trình diễn kỹ thuật, chuyển giao công nghệ',
    '30%',
    '1.000.000.000 ₫ mỗi mô hình',
    'Điều 8 khoản 2',
  ]);
  await expect(
    main.locator('[data-testid=advance-rules] tr[data-category=MACHINERY] td').nth(2).textContent(),
  ).resolves.toBe('khi báo cáo tiến độ được Sở Công Thương xác nhận đã thực hiện trên 70% tổng vốn đầu tư');

  const form = main.getByTestId('local-cap-form');
  await form.locator('select[name=provinceCode]').selectOption('PT');
  await form.locator('input[name=year]').fill(year);
  await form.locator('select[name=category]').selectOption('ADVISORY');
  await form.locator('input[name=percentOfCost]').fill('60');
  await form.locator('input[name=maxVnd]').fill('50.000.000');
  await form.locator('input[name=basis]').fill('Quyết định số 1648/QĐ-UBND của UBND tỉnh Phú Thọ');
  await form.getByRole('button', { name: 'Lưu định mức' }).click();
  await admin
    .getByText(`Đã lưu định mức Tư vấn, hỗ trợ cơ sở công nghiệp nông thôn năm ${year} của Phú Thọ.`)
    .waitFor();
  const row = main.locator(`[data-testid=local-caps] tr[data-cap="PT/${year}/ADVISORY"]`);
  await row.waitFor();
  await expect(row.locator('td').nth(3).textContent()).resolves.toBe('60%');
  await expect(row.locator('td').nth(4).textContent().then(plain)).resolves.toBe('50.000.000 ₫');
  await screenshot(admin, 'support-caps-admin');

  const officer = await pageAs('officer.hn@demo.local');
  await officer.goto(`${origin}/support-caps`);
  await officer.locator(`[data-testid=local-caps] tr[data-cap="PT/${year}/ADVISORY"]`).waitFor();
  await expect(officer.getByTestId('local-cap-form').count()).resolves.toBe(0);
  const unit = await pageAs('unit.hn@demo.local');
  await unit.locator('#main-nav').waitFor();
  await expect(unit.locator('#main-nav a[href="/support-caps"]').count()).resolves.toBe(0);
}, 90_000);

it('the creation form names the cap and its limit for the cost typed', async () => {
  const officer = await pageAs('officer.hn@demo.local');
  await officer.goto(`${origin}/projects/new`);
  await officer.locator('select[name=category]').selectOption('DEMONSTRATION_MODEL');
  await officer.locator('input[name=totalCostVnd]').fill('2.000.000.000');
  await officer
    .getByText('Mức hỗ trợ tối đa: 30% tổng kinh phí, tối đa 1.000.000.000 đ mỗi mô hình', { exact: false })
    .waitFor();
  await officer.getByText(/Với tổng kinh phí đã nhập: tối đa 600\.000\.000\s₫\./).waitFor();
  // The unit's own management overhead: at most 2.5% of the total cost typed.
  await officer.getByText(/Tối đa 2,5% tổng kinh phí đề án: 50\.000\.000\s₫/).waitFor();
  await officer.locator('input[name=unitOverheadVnd]').fill('50.000.000');
  await officer.locator('input[name=priorityArea]').check();
  await officer.getByText('(địa bàn ưu tiên: 1,5 lần)', { exact: false }).waitFor();
  await screenshot(officer, 'project-form-cap');
}, 60_000);

it('the project page turns the advance condition green once the Department certifies progress above 70%', async () => {
  const created = await actors.officer.post('/projects', newProjectRequest('Máy sấy chè cho HTX Tân Cương'));
  expect(created.status).toBe(201);
  const id = created.body.id as string;
  for (const [client, body] of [
    [actors.officer, { action: 'submit' }],
    [actors.officer, { action: 'open_appraisal' }],
    [actors.approver, { action: 'approve', ...approvalDecision() }],
    [actors.officer, { action: 'sign_contract', contractNo: 'HĐ-TT-01', contractDate: todayInVietnam() }],
  ] as const) {
    expect((await client.post(`/projects/${id}/actions`, body)).status).toBe(200);
  }
  const officer = await pageAs('officer.hn@demo.local');
  await officer.goto(`${origin}/projects/${id}`);
  const condition = officer.getByTestId('advance-condition');
  await expect(condition.textContent()).resolves.toBe('Chưa đủ điều kiện tạm ứng');
  await officer.locator('.project-head button[data-action="certify_progress"]').click();
  const dialog = officer.getByRole('dialog');
  await dialog.locator('input[name=progressPercent]').fill('80');
  await dialog.getByRole('button', { name: 'Xác nhận báo cáo tiến độ' }).click();
  await dialog.waitFor({ state: 'detached' });
  await officer.getByTestId('advance-condition').getByText('Đủ điều kiện tạm ứng', { exact: true }).waitFor();
  await expect(officer.getByTestId('certified-progress').textContent()).resolves.toContain('80% theo báo cáo ngày');
  await screenshot(officer, 'project-money-rules');
}, 90_000);

it('after force majeure the leader accepts the work done with its certifier, the officer records the refund', async () => {
  const created = await actors.officer.post(
    '/projects',
    newProjectRequest('Đào tạo nghề mây tre đan (bão số 3)', { category: 'TRAINING', ...startingToday() }),
  );
  expect(created.status).toBe(201);
  const id = created.body.id as string;
  for (const [client, body] of [
    [actors.officer, { action: 'submit' }],
    [actors.officer, { action: 'open_appraisal' }],
    [actors.approver, { action: 'approve', ...approvalDecision() }],
    [actors.officer, { action: 'sign_contract', contractNo: 'HĐ-BKK-02', contractDate: todayInVietnam() }],
    [actors.officer, { action: 'record_disbursement', kind: 'ADVANCE', amountVnd: 94_500_000 }],
    [actors.officer, { action: 'start' }],
  ] as const) {
    expect((await client.post(`/projects/${id}/actions`, body)).status).toBe(200);
  }
  const leader = await pageAs('approver.hn@demo.local');
  await leader.goto(`${origin}/projects/${id}`);
  await leader.locator('.project-head button[data-action="accept_work_done"]').click();
  const dialog = leader.getByRole('dialog');
  await dialog.locator('textarea[name=reason]').fill('Bão số 3 làm sập nhà xưởng; lớp học dừng ở tuần thứ 6');
  await dialog.locator('input[name=minutesNo]').fill('BB-BKK-02');
  await dialog.locator('input[name=acceptedAmountVnd]').fill('60.000.000');
  await dialog.locator('select[name=certifyingBody]').selectOption('COMMUNE_PC');
  await dialog.locator('input[name=certifierName]').fill('UBND xã Phú Nghĩa');
  await screenshot(leader, 'force-majeure-form');
  await dialog.getByRole('button', { name: 'Nghiệm thu khối lượng đã thực hiện (bất khả kháng)' }).click();
  await dialog.waitFor({ state: 'detached' });
  await leader
    .getByTestId('force-majeure')
    .getByText('Quyết toán theo khối lượng thực hiện (bất khả kháng), xác nhận của UBND xã Phú Nghĩa')
    .waitFor();

  const officer = await pageAs('officer.hn@demo.local');
  await officer.goto(`${origin}/projects/${id}`);
  await officer.locator('.project-head button[data-action="refund_advance"]').click();
  const refund = officer.getByRole('dialog');
  await expect(refund.locator('input[name=amountVnd]').inputValue()).resolves.toBe('34.500.000');
  await refund.getByRole('button', { name: 'Ghi nhận hoàn trả tạm ứng chưa sử dụng' }).click();
  await refund.waitFor({ state: 'detached' });
  await officer.locator('.project-head button[data-action="settle"]').click();
  await officer.getByRole('dialog').getByRole('button', { name: 'Thanh lý, quyết toán' }).click();
  await officer
    .locator('.project-head')
    .getByText('Quyết toán theo khối lượng thực hiện (bất khả kháng)')
    .first()
    .waitFor();
  await screenshot(officer, 'force-majeure-settled');
}, 90_000);

it('support for forming an enterprise: chosen on the form, paid after acceptance with the enterprise code', async () => {
  const officer = await pageAs('officer.hn@demo.local');
  await officer.goto(`${origin}/projects/new`);
  await expect(officer.locator('input[name=enterpriseFormation]').count()).resolves.toBe(0);
  await officer.locator('select[name=category]').selectOption('ADVISORY');
  await officer.getByLabel('Hỗ trợ thành lập doanh nghiệp').check();
  await officer.getByText('Không tạm ứng; được cấp 100% sau khi nghiệm thu cơ sở', { exact: false }).waitFor();

  const created = await actors.officer.post(
    '/projects',
    newProjectRequest('Hỗ trợ thành lập doanh nghiệp sản xuất gạch không nung', {
      category: 'ADVISORY',
      totalCostVnd: 20_000_000,
      requestedSupportVnd: 10_000_000,
      enterpriseFormation: true,
      ...startingToday(),
    }),
  );
  expect(created.status).toBe(201);
  const id = created.body.id as string;
  for (const [client, body] of [
    [actors.officer, { action: 'submit' }],
    [actors.officer, { action: 'open_appraisal' }],
    [actors.approver, { action: 'approve', ...approvalDecision(10_000_000) }],
    [actors.officer, { action: 'sign_contract', contractNo: 'HĐ-TLDN-02', contractDate: todayInVietnam() }],
    [actors.officer, { action: 'start' }],
    [actors.officer, { action: 'complete_work' }],
    [actors.approver, { action: 'accept', minutesNo: 'BB-TLDN-02', minutesDate: todayInVietnam() }],
  ] as const) {
    expect((await client.post(`/projects/${id}/actions`, body)).status).toBe(200);
  }
  await officer.goto(`${origin}/projects/${id}`);
  await officer.getByTestId('advance-condition').getByText('Đã nghiệm thu cơ sở: được thanh toán').waitFor();
  await officer.locator('.project-head button[data-action="record_disbursement"]').click();
  const dialog = officer.getByRole('dialog');
  await dialog.locator('input[name=amountVnd]').fill('10.000.000');
  await dialog.getByRole('button', { name: 'Ghi nhận giải ngân' }).click();
  await dialog.getByText('Cần nhập mã số doanh nghiệp để thanh toán hỗ trợ thành lập doanh nghiệp.').waitFor();
  await dialog.locator('input[name=businessRegistrationNo]').fill('0109876543');
  await screenshot(officer, 'enterprise-formation-payment');
  await dialog.getByRole('button', { name: 'Ghi nhận giải ngân' }).click();
  await dialog.waitFor({ state: 'detached' });
  await officer.getByText('Mã số doanh nghiệp: 0109876543').waitFor();
  await officer.locator('.project-head button[data-action="settle"]').waitFor();
}, 90_000);

it('the officer marks a draft as in a priority area and gives the overhead; the history says what changed', async () => {
  const created = await actors.officer.post(
    '/projects',
    newProjectRequest('Mô hình trình diễn chế biến chè vùng cao', { category: 'DEMONSTRATION_MODEL' }),
  );
  expect(created.status).toBe(201);
  const id = created.body.id as string;
  const officer = await pageAs('officer.hn@demo.local');
  await officer.goto(`${origin}/projects/${id}/edit`);
  const form = officer.locator('form.project-form');
  await form.locator('input[name=priorityArea]').check();
  await form.locator('input[name=unitOverheadVnd]').fill('10.000.000');
  await form.getByRole('button', { name: 'Lưu thay đổi' }).click();
  await officer.waitForURL(`${origin}/projects/${id}?done=saved`);
  const edited = officer.locator('#history .timeline-item[data-action="edit_draft"]');
  await expect(edited.textContent()).resolves.toContain('Địa bàn ưu tiên: không → có');
  await expect(edited.textContent()).resolves.toContain('Chi phí quản lý của đơn vị thực hiện: — → 10.000.000 đ');
}, 60_000);
