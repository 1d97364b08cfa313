/**
 * A group project (đề án nhóm, issue 15) in a real browser: the unit submits its implementation plan (Mẫu 11) with
 * three establishments from the project page, the Department leader approves it, and later accepts one
 * establishment on its own minutes; the creation form offers the group choice.
 */
import type { Page } from 'playwright-core';
import { ApiHarness, startApiHarness } from '../support/api-harness';
import {
  approvalDecision,
  certifiedProgress,
  newProjectRequest,
  todayInVietnam,
  startingToday,
} from '../support/request-bodies';
import { BrowserHarness, assertBrowserPrerequisites, logIn, screenshot, startBrowser } from './browser-harness';
import { Actors, loginActors } from './browser-fixtures';

let api: ApiHarness;
let browser: BrowserHarness;
let origin: string;
let actors: Actors;
const pages: Page[] = [];

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
  await Promise.all(pages.splice(0).map((page) => page.close()));
  await browser?.stop();
  await api?.stop();
});

afterEach(async () => {
  await Promise.all(pages.splice(0).map((page) => page.close()));
});

async function act(client: Actors['officer'], id: string, body: Record<string, unknown>) {
  const res = await client.post(`/projects/${id}/actions`, body);
  expect({ action: body.action, status: res.status }).toEqual({ action: body.action, status: 200 });
}

const PLAN = [
  ['HTX Mây tre đan Phú Vinh', 'xã Phú Nghĩa, Hà Nội', '300.000.000'],
  ['Cơ sở mây tre Phú Túc', 'xã Phú Túc, Hà Nội', '350.000.000'],
  ['Công ty TNHH Thủ công Chương Mỹ', 'xã Chương Mỹ, Hà Nội', '250.000.000'],
];

it('the unit submits the plan with three establishments, the leader approves it and accepts one of them', async () => {
  const created = await actors.officer.post(
    '/projects',
    newProjectRequest('Đề án nhóm: hỗ trợ 3 cơ sở mây tre đan ứng dụng máy móc', {
      group: true,
      beneficiary: '3 cơ sở mây tre đan, nêu trong kế hoạch triển khai (Mẫu 11)',
      totalCostVnd: 3_000_000_000,
      requestedSupportVnd: 900_000_000,
      ...startingToday(),
    }),
  );
  expect(created.status).toBe(201);
  const id = created.body.id as string;
  await act(actors.officer, id, { action: 'submit' });
  await act(actors.officer, id, { action: 'open_appraisal' });
  await act(actors.approver, id, { action: 'approve', ...approvalDecision(900_000_000) });

  const unit = await pageAs('unit.hn@demo.local');
  await unit.goto(`${origin}/projects/${id}`);
  const panel = unit.locator('#group-plan');
  await panel.getByText('Đơn vị chưa trình kế hoạch triển khai', { exact: false }).waitFor();
  await unit.locator('.project-head button[data-action="submit_impl_plan"]').click();
  const dialog = unit.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Thêm cơ sở' }).click();
  for (const [index, [name, site, support]] of PLAN.entries()) {
    await dialog.locator(`input[name="beneficiaries.${index}.name"]`).fill(name!);
    await dialog.locator(`input[name="beneficiaries.${index}.site"]`).fill(site!);
    await dialog.locator(`input[name="beneficiaries.${index}.supportVnd"]`).fill(support!);
  }
  await dialog.getByText('Tổng: 900.000.000 đ / kinh phí được duyệt 900.000.000 đ').waitFor();
  await screenshot(unit, 'group-plan-form');
  await dialog.getByRole('button', { name: 'Trình kế hoạch triển khai (Mẫu 11)' }).click();
  await dialog.waitFor({ state: 'detached' });
  await panel.getByText('Chờ Sở Công Thương phê duyệt').waitFor();
  await expect(panel.locator('tbody tr').count()).resolves.toBe(3);
  await expect(panel.locator('tbody tr').first().locator('th').textContent()).resolves.toBe('HTX Mây tre đan Phú Vinh');

  const leader = await pageAs('approver.hn@demo.local');
  await leader.goto(`${origin}/projects/${id}`);
  await leader.locator('.project-head button[data-action="approve_impl_plan"]').click();
  const approveDialog = leader.getByRole('dialog');
  await approveDialog.locator('input[name=decisionNo]').fill('95/QĐ-SCT');
  await approveDialog.getByRole('button', { name: 'Phê duyệt kế hoạch triển khai' }).click();
  await approveDialog.waitFor({ state: 'detached' });
  await leader
    .locator('#group-plan')
    .getByText(/Đã phê duyệt theo Quyết định số 95\/QĐ-SCT ngày/)
    .waitFor();

  await act(actors.officer, id, { action: 'sign_contract', contractNo: 'HĐ-MT-01', contractDate: todayInVietnam() });
  await act(actors.officer, id, { action: 'start' });
  await act(actors.officer, id, certifiedProgress(80));
  await act(actors.officer, id, { action: 'complete_work' });

  await leader.reload();
  await leader.locator('.project-head button[data-action="accept_beneficiary"]').click();
  const acceptDialog = leader.getByRole('dialog');
  await acceptDialog.locator('select[name=beneficiaryId]').selectOption('NT2');
  await acceptDialog.locator('input[name=minutesNo]').fill('BB-NT-02');
  await acceptDialog.locator('input[name=acceptedAmountVnd]').fill('340.000.000');
  await acceptDialog.getByRole('button', { name: 'Nghiệm thu cơ sở thụ hưởng' }).click();
  await acceptDialog.waitFor({ state: 'detached' });
  const second = leader.locator('#group-plan tbody tr').nth(1);
  await second.getByText('340.000.000', { exact: false }).waitFor();
  await expect(second.textContent()).resolves.toContain('BB-NT-02');
  await expect(leader.locator('#group-plan tbody tr').first().textContent()).resolves.toContain('Chưa nghiệm thu');
  await screenshot(leader, 'group-plan-accepted');
}, 120_000);

it('the creation form offers the group project choice with its explanation', async () => {
  const officer = await pageAs('officer.hn@demo.local');
  await officer.goto(`${origin}/projects/new`);
  const group = officer.getByLabel('Đề án nhóm (nhiều cơ sở thụ hưởng cùng loại)');
  await group.waitFor();
  await officer.getByText('kế hoạch triển khai (Mẫu 11) do Sở Công Thương phê duyệt', { exact: false }).waitFor();
  await group.check();
  expect(await group.isChecked()).toBe(true);
}, 60_000);

it('the unit asks to replace one establishment; the Department’s decision changes its row of the plan', async () => {
  const created = await actors.officer.post(
    '/projects',
    newProjectRequest('Đề án nhóm: thay cơ sở mây tre đan', {
      group: true,
      beneficiary: '3 cơ sở mây tre đan, nêu trong kế hoạch triển khai (Mẫu 11)',
      totalCostVnd: 3_000_000_000,
      requestedSupportVnd: 900_000_000,
      ...startingToday(),
    }),
  );
  expect(created.status).toBe(201);
  const id = created.body.id as string;
  await act(actors.officer, id, { action: 'submit' });
  await act(actors.officer, id, { action: 'open_appraisal' });
  await act(actors.approver, id, { action: 'approve', ...approvalDecision(900_000_000) });
  const plan = PLAN.map(([name, site, support]) => ({ name, site, supportVnd: Number(support!.replace(/\./g, '')) }));
  await act(actors.officer, id, { action: 'submit_impl_plan', beneficiaries: plan });
  await act(actors.approver, id, {
    action: 'approve_impl_plan',
    decisionNo: '96/QĐ-SCT',
    decisionDate: todayInVietnam(),
  });

  const unit = await pageAs('unit.hn@demo.local');
  await unit.goto(`${origin}/projects/${id}`);
  const panel = unit.locator('#adjustments');
  await panel.getByRole('button', { name: 'Đề nghị điều chỉnh' }).click();
  const form = panel.getByRole('form', { name: 'Đề nghị điều chỉnh' });
  await form.getByLabel('Loại điều chỉnh').selectOption({ label: 'Thay đổi đơn vị thụ hưởng' });
  await form.getByLabel('Đơn vị thụ hưởng mới').fill('HTX Mây tre Thụy Ứng');
  await form.getByLabel('Lý do đề nghị').fill('Cơ sở Phú Túc ngừng sản xuất');
  await form.getByRole('button', { name: 'Gửi đề nghị' }).click();
  await form.getByText('Chọn cơ sở cần thay đổi.').waitFor();
  await form.getByLabel('Cơ sở trong kế hoạch triển khai').selectOption('NT2');
  await form.getByRole('button', { name: 'Gửi đề nghị' }).click();
  const item = panel.locator('li.adjustment[data-kind=BENEFICIARY]');
  await item.getByText('Thay đổi cơ sở NT2 trong kế hoạch triển khai (Mẫu 11) của đề án nhóm.').waitFor();
  await expect(item.locator('table.terms-comparison tbody tr td').allTextContents()).resolves.toEqual([
    'Cơ sở mây tre Phú Túc',
    'HTX Mây tre Thụy Ứng',
  ]);
  await screenshot(unit, 'group-establishment-adjustment');

  const adjustment = (await actors.officer.get(`/projects/${id}/adjustments`)).body[0].id as string;
  expect((await actors.officer.post(`/adjustments/${adjustment}/actions`, { action: 'certify' })).status).toBe(200);
  const decided = await actors.approver.post(`/adjustments/${adjustment}/actions`, {
    action: 'approve',
    decisionNo: '97/QĐ-SCT',
    decisionDate: todayInVietnam(),
  });
  expect(decided.status).toBe(200);
  await unit.reload();
  await unit.locator('#group-plan tbody tr').nth(1).getByText('HTX Mây tre Thụy Ứng').waitFor();
}, 120_000);

it('the leader accepts NT2 by its work done after force majeure through the form; the officer records its refund', async () => {
  const created = await actors.officer.post(
    '/projects',
    newProjectRequest('Đề án nhóm: cơ sở mây tre Phú Túc gặp lũ quét', {
      group: true,
      beneficiary: '3 cơ sở mây tre đan, nêu trong kế hoạch triển khai (Mẫu 11)',
      totalCostVnd: 3_000_000_000,
      requestedSupportVnd: 900_000_000,
      ...startingToday(),
    }),
  );
  expect(created.status).toBe(201);
  const id = created.body.id as string;
  const plan = PLAN.map(([name, site, support]) => ({ name, site, supportVnd: Number(support!.replace(/\./g, '')) }));
  await act(actors.officer, id, { action: 'submit' });
  await act(actors.officer, id, { action: 'open_appraisal' });
  await act(actors.approver, id, { action: 'approve', ...approvalDecision(900_000_000) });
  await act(actors.officer, id, { action: 'submit_impl_plan', beneficiaries: plan });
  await act(actors.approver, id, {
    action: 'approve_impl_plan',
    decisionNo: '98/QĐ-SCT',
    decisionDate: todayInVietnam(),
  });
  await act(actors.officer, id, { action: 'sign_contract', contractNo: 'HĐ-MT-BKK', contractDate: todayInVietnam() });
  await act(actors.officer, id, { action: 'start' });
  await act(actors.officer, id, certifiedProgress(80));
  await act(actors.officer, id, {
    action: 'record_disbursement',
    kind: 'ADVANCE',
    amountVnd: 245_000_000,
    beneficiaryId: 'NT2',
  });

  const leader = await pageAs('approver.hn@demo.local');
  await leader.goto(`${origin}/projects/${id}`);
  await leader.locator('.project-head button[data-action="accept_work_done"]').click();
  const dialog = leader.getByRole('dialog');
  await dialog.locator('textarea[name=reason]').fill('Lũ quét cuốn trôi nhà xưởng; chỉ lắp đặt xong máy chẻ nan');
  await dialog.locator('input[name=minutesNo]').fill('BB-BKK-NT2');
  await dialog.locator('input[name=acceptedAmountVnd]').fill('100.000.000');
  await dialog.locator('select[name=certifyingBody]').selectOption('COMMUNE_PC');
  await dialog.locator('input[name=certifierName]').fill('UBND xã Phú Túc');
  // The establishment is asked for before anything is sent.
  const submit = dialog.getByRole('button', { name: 'Nghiệm thu khối lượng đã thực hiện (bất khả kháng)' });
  await submit.click();
  await dialog.getByText('Cần chọn cơ sở thụ hưởng.').waitFor();
  await dialog.locator('select[name=beneficiaryId]').selectOption('NT2');
  await dialog.getByText('Không vượt kinh phí hỗ trợ của cơ sở 350.000.000 đ', { exact: false }).waitFor();
  await screenshot(leader, 'group-force-majeure-form');
  await submit.click();
  await dialog.waitFor({ state: 'detached' });
  const nt2 = leader.locator('#group-plan tbody tr[data-beneficiary=NT2]');
  await nt2
    .getByTestId('work-done')
    .getByText('Nghiệm thu theo khối lượng thực hiện (bất khả kháng), xác nhận của UBND xã Phú Túc')
    .waitFor();
  await expect(nt2.getByTestId('refund').textContent()).resolves.toContain('Phải hoàn trả 145.000.000');
  await leader.getByText('Nghiệm thu NT2 Cơ sở mây tre Phú Túc: 100.000.000 đ').waitFor();
  await leader.getByText('Xác nhận khối lượng: UBND xã Phú Túc').first().waitFor();
  expect((await actors.officer.get(`/projects/${id}`)).body.state).toBe('IN_PROGRESS');

  const minutes = { minutesNo: 'BB-NT-01', minutesDate: todayInVietnam() };
  await act(actors.approver, id, { action: 'accept_beneficiary', beneficiaryId: 'NT1', ...minutes });
  await act(actors.approver, id, { action: 'accept_beneficiary', beneficiaryId: 'NT3', ...minutes });
  await act(actors.officer, id, { action: 'complete_work' });
  await act(actors.approver, id, { action: 'accept', minutesNo: 'BB-NT-04', minutesDate: todayInVietnam() });

  const officer = await pageAs('officer.hn@demo.local');
  await officer.goto(`${origin}/projects/${id}`);
  await officer.locator('.project-head button[data-action="refund_advance"]').click();
  const refund = officer.getByRole('dialog');
  await expect(refund.locator('select[name=beneficiaryId]').inputValue()).resolves.toBe('NT2');
  await expect(refund.locator('input[name=amountVnd]').inputValue()).resolves.toBe('145.000.000');
  await refund.getByRole('button', { name: 'Ghi nhận hoàn trả tạm ứng chưa sử dụng' }).click();
  await refund.waitFor({ state: 'detached' });
  const refunded = officer.locator('#group-plan tbody tr[data-beneficiary=NT2]').getByTestId('refund');
  await refunded.getByText('Đã hoàn trả 145.000.000', { exact: false }).waitFor();
  await screenshot(officer, 'group-force-majeure-refunded');
}, 120_000);
