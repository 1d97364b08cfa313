/**
 * An officer's day in the browser, every step in the web app: create a project in the form (a field error first,
 * then fixed), edit its dossier, submit, open the appraisal; the approver approves from a ?action= link with the
 * decision's number, day and amount; the officer signs the contract, records an advance (the cap shown before
 * typing, a refusal above it with grouped figures), starts, and extends a report deadline with a reason.
 */
import type { Page } from 'playwright-core';
import { ApiClient, ApiHarness, startApiHarness } from '../support/api-harness';
import { TEN_MINUTE_REPORT_POLICY } from '../support/request-bodies';
import { BrowserHarness, assertBrowserPrerequisites, logIn, screenshot, startBrowser } from './browser-harness';

let api: ApiHarness;
let browser: BrowserHarness;
let origin: string;
let admin: ApiClient;
const pages: Page[] = [];

async function pageAs(email: string): Promise<Page> {
  const page = await browser.newPage();
  pages.push(page);
  await logIn(page, origin, email);
  return page;
}

const headState = (page: Page, state: string) => page.locator(`.project-code-line [data-state="${state}"]`).waitFor();

beforeAll(async () => {
  assertBrowserPrerequisites();
  api = await startApiHarness();
  origin = new URL(api.baseUrl).origin;
  browser = await startBrowser();
  admin = await ApiClient.login(api.baseUrl, 'admin@demo.local');
});

afterAll(async () => {
  await Promise.all(pages.splice(0).map((page) => page.close()));
  await browser?.stop();
  await api?.stop();
});

it('takes a project from the form to IN_PROGRESS and extends a report deadline, all in the browser', async () => {
  const officer = await pageAs('officer.hn@demo.local');

  // 1. Create (from the project list; the officer lands on the inbox): the rules show before typing; a title too
  // short is named next to its field.
  await officer.locator('#main-nav a[href="/projects"]').click();
  await officer.getByRole('link', { name: 'Tạo đề án mới' }).click();
  await officer.waitForURL(`${origin}/projects/new`);
  const form = officer.locator('form.project-form');
  await expect(form.textContent()).resolves.toContain('Bắt buộc, từ 5 đến 500 ký tự.');
  await expect(form.textContent()).resolves.toContain('không vượt tổng kinh phí');
  await form.locator('select[name=category]').selectOption('MACHINERY');
  await form.locator('input[name=title]').fill('Máy');
  await form.locator('input[name=unitName]').fill('Trung tâm Khuyến công Hà Nội');
  await form.locator('input[name=unitEmail]').fill('unit.hn@demo.local');
  await form.locator('input[name=beneficiary]').fill('HTX Chè Tân Cương');
  await form.locator('input[name=totalCostVnd]').pressSequentially('450000000');
  await expect(form.locator('input[name=totalCostVnd]').inputValue()).resolves.toBe('450.000.000');
  await form.locator('input[name=requestedSupportVnd]').fill('135000000');
  await expect(form.locator('input[name=requestedSupportVnd]').inputValue()).resolves.toBe('135.000.000');
  await form.locator('input[name=plannedStart]').fill('2026-03-01');
  await form.locator('input[name=plannedEnd]').fill('2027-11-30');
  await form.getByRole('button', { name: 'Lưu dự thảo' }).click();
  const titleError = form.locator('.field-invalid .field-error');
  await expect(titleError.textContent()).resolves.toBe('Tên đề án: ít nhất 5 ký tự');
  await expect(form.getByRole('alert').textContent()).resolves.toContain('Hồ sơ chưa hợp lệ');
  await screenshot(officer, 'officer-day-1-field-error');
  await form.locator('input[name=title]').fill('Hỗ trợ máy sấy chè cho HTX Tân Cương');
  await expect(form.locator('.field-error').count()).resolves.toBe(0);
  await form.getByRole('button', { name: 'Lưu dự thảo' }).click();
  await officer.waitForURL(/\/projects\/[0-9a-f-]{36}\?done=created$/);
  await expect(officer.getByRole('status').first().textContent()).resolves.toContain('ở trạng thái Dự thảo');
  await headState(officer, 'DRAFT');
  const id = new URL(officer.url()).pathname.split('/').pop()!;
  const code = (await officer.locator('.project-code-line .project-code').textContent())!.trim();
  // Report periods of ten minutes, so the first is open right after the contract (the test is about the pages).
  expect((await admin.put(`/projects/${id}/deadline-policy`, TEN_MINUTE_REPORT_POLICY)).status).toBe(200);

  // 2. Edit the dossier: the history says what changed, with grouped figures.
  await officer.getByRole('link', { name: 'Cập nhật hồ sơ' }).click();
  await officer.waitForURL(`${origin}/projects/${id}/edit`);
  const edit = officer.locator('form.project-form');
  await expect(edit.locator('input[name=requestedSupportVnd]').inputValue()).resolves.toBe('135.000.000');
  await edit.locator('input[name=requestedSupportVnd]').fill('120000000');
  await edit.getByRole('button', { name: 'Lưu thay đổi' }).click();
  await officer.waitForURL(`${origin}/projects/${id}?done=saved`);
  const edited = officer.locator('#history .timeline-item[data-action="edit_draft"]');
  await expect(edited.textContent()).resolves.toContain('Kinh phí đề nghị hỗ trợ: 135.000.000 đ → 120.000.000 đ');
  await screenshot(officer, 'officer-day-2-edited');

  // 3. Submit and open the appraisal (one click each); the dossier can no longer be edited.
  await officer.locator('button[data-action="submit"]').click();
  await headState(officer, 'SUBMITTED');
  await expect(officer.getByRole('link', { name: 'Cập nhật hồ sơ' }).count()).resolves.toBe(0);
  await expect(officer.locator('button[data-action="open_appraisal"]').textContent()).resolves.toBe(
    'Tiến hành thẩm định cấp cơ sở',
  );
  await officer.locator('button[data-action="open_appraisal"]').click();
  await headState(officer, 'BASE_APPRAISAL');

  // 4. The approver follows a link that opens the approval: decision number, day, amount (≤ the requested support).
  const approver = await pageAs('approver.hn@demo.local');
  await approver.goto(`${origin}/projects/${id}?action=approve`);
  const approve = approver.getByRole('dialog');
  await expect(approve.locator('.consequence').textContent()).resolves.toContain(code);
  await expect(approve.textContent()).resolves.toContain('Tối đa 120.000.000 đ (kinh phí đề nghị hỗ trợ).');
  await expect(approve.locator('input[name=approvedSupportVnd]').inputValue()).resolves.toBe('120.000.000');
  await approve.locator('input[name=approvedSupportVnd]').fill('130000000');
  await approve.getByRole('button', { name: 'Phê duyệt đề án' }).click();
  await expect(approve.getByRole('alert').textContent()).resolves.toContain('Vui lòng điền đủ');
  await approve.locator('input[name=decisionNo]').fill('125/QĐ-SCT');
  await approve.locator('input[name=decisionDate]').fill('2026-11-25');
  await approve.getByRole('button', { name: 'Phê duyệt đề án' }).click();
  await expect(approve.getByRole('alert').textContent()).resolves.toContain('không vượt 120.000.000 đ');
  await approve.locator('input[name=approvedSupportVnd]').fill('110.000.000');
  await screenshot(approver, 'officer-day-3-approve-dialog');
  await approve.getByRole('button', { name: 'Phê duyệt đề án' }).click();
  await headState(approver, 'APPROVED');
  await expect(approver.getByTestId('approval-decision').textContent()).resolves.toBe(
    'Quyết định phê duyệt số 125/QĐ-SCT ngày 25/11/2026; kinh phí hỗ trợ được duyệt 110.000.000 đ',
  );
  await expect(approver.locator('#history .timeline-item[data-action="approve"]').textContent()).resolves.toContain(
    'Quyết định số 125/QĐ-SCT ngày 25/11/2026',
  );
  await screenshot(approver, 'officer-day-4-approved');

  // 5. The officer signs the contract and records an advance: the cap before typing, a refusal above it.
  await officer.reload();
  await headState(officer, 'APPROVED');
  await officer.locator('button[data-action="sign_contract"]').click();
  const contract = officer.getByRole('dialog');
  await contract.locator('input[name=contractNo]').fill('15/HĐ-KCĐP-2026');
  await contract.locator('input[name=contractDate]').fill('2026-11-26');
  await contract.getByRole('button', { name: 'Ký hợp đồng' }).click();
  await headState(officer, 'CONTRACTED');

  // A machinery advance waits for a progress report the Department certified above 70% (TT 36 Art. 12).
  await expect(officer.getByTestId('advance-condition').textContent()).resolves.toBe('Chưa đủ điều kiện tạm ứng');
  await officer.locator('button[data-action="certify_progress"]').click();
  const progress = officer.getByRole('dialog');
  await progress.locator('input[name=progressPercent]').fill('75');
  await progress.getByRole('button', { name: 'Xác nhận báo cáo tiến độ' }).click();
  await progress.waitFor({ state: 'detached' });
  await officer.getByTestId('advance-condition').getByText('Đủ điều kiện tạm ứng', { exact: true }).waitFor();

  await officer.locator('button[data-action="record_disbursement"]').click();
  const money = officer.getByRole('dialog');
  await expect(money.locator('.cap-hint').textContent()).resolves.toBe('Tối đa 77.000.000 đ (70% kinh phí hỗ trợ)');
  await money.locator('input[name=amountVnd]').pressSequentially('80000000');
  await expect(money.locator('input[name=amountVnd]').inputValue()).resolves.toBe('80.000.000');
  await money.getByRole('button', { name: 'Ghi nhận giải ngân' }).click();
  const refusal = money.getByRole('alert');
  await expect(refusal.textContent()).resolves.toContain(
    'Tổng tạm ứng sẽ là 80.000.000 đ, vượt 70% kinh phí được duyệt (77.000.000 đ); còn được tạm ứng 77.000.000 đ',
  );
  await screenshot(officer, 'officer-day-5-advance-refused');
  await money.locator('input[name=amountVnd]').fill('77000000');
  await money.getByRole('button', { name: 'Ghi nhận giải ngân' }).click();
  await money.waitFor({ state: 'detached' });
  await expect(officer.locator('#money').textContent()).resolves.toContain('77.000.000');

  // 6. Start: IN_PROGRESS.
  await officer.locator('button[data-action="start"]').click();
  await headState(officer, 'IN_PROGRESS');

  // 7. Extend the first report period's deadline with a reason.
  const row = officer.locator('#reports tr[data-period="P0001"]');
  await row.waitFor();
  await row.locator('button[data-extend="P0001"]').click();
  const extend = officer.getByRole('dialog');
  await expect(extend.textContent()).resolves.toContain('Hạn hiện tại:');
  await extend.getByRole('button', { name: 'Gia hạn' }).click();
  await expect(extend.getByRole('alert').textContent()).resolves.toContain('lý do gia hạn');
  await extend.locator('input[name=newDueDay]').fill('2026-12-31');
  await extend.locator('textarea[name=reason]').fill('Thiết bị nhập khẩu về chậm, đơn vị đề nghị gia hạn');
  await screenshot(officer, 'officer-day-6-extend-dialog');
  await extend.getByRole('button', { name: 'Gia hạn' }).click();
  await extend.waitFor({ state: 'detached' });
  await expect(officer.locator('#reports').getByRole('status').textContent()).resolves.toContain('31/12/2026');
  await row.filter({ hasText: 'đã gia hạn' }).waitFor();
  await officer.reload();
  await expect(
    officer.locator('#history .timeline-item[data-action="extend_deadline"]').textContent(),
  ).resolves.toContain('→ 31/12/2026');
  await screenshot(officer, 'officer-day-7-in-progress');

  const detail = await admin.get(`/projects/${id}`);
  expect(detail.body).toMatchObject({
    state: 'IN_PROGRESS',
    requestedSupportVnd: 120000000,
    approvedSupportVnd: 110000000,
    disbursedVnd: { advances: 77000000 },
  });
});

it('confirms an irreversible one-click action, naming the project and what follows', async () => {
  const officer = await pageAs('officer.hn@demo.local');
  const created = await (
    await ApiClient.login(api.baseUrl, 'officer.hn@demo.local')
  ).post('/projects', {
    scope: 'LOCAL',
    provinceCode: 'HN',
    category: 'TRAINING',
    title: 'Truyền nghề mây tre đan (thử rút đề án)',
    implementingUnit: { name: 'Trung tâm Khuyến công Hà Nội', email: 'unit.hn@demo.local' },
    beneficiary: 'Lao động xã Phú Nghĩa',
    totalCostVnd: 200000000,
    requestedSupportVnd: 100000000,
    plannedStart: '2026-03-01',
    plannedEnd: '2026-12-31',
  });
  const { id, code } = created.body as { id: string; code: string };
  await officer.goto(`${origin}/projects/${id}`);
  await officer.locator('button[data-action="withdraw"]').click();
  const dialog = officer.getByRole('dialog');
  await expect(dialog.textContent()).resolves.toContain(`Đề án ${code}: Truyền nghề mây tre đan (thử rút đề án)`);
  await expect(dialog.textContent()).resolves.toContain('Thao tác này không thể hoàn tác.');
  await screenshot(officer, 'officer-day-8-confirm-withdraw');
  await dialog.getByRole('button', { name: 'Hủy' }).click();
  await headState(officer, 'DRAFT');
  await officer.locator('button[data-action="withdraw"]').click();
  await officer.getByRole('dialog').getByRole('button', { name: 'Rút đề án' }).click();
  await headState(officer, 'WITHDRAWN');
});
