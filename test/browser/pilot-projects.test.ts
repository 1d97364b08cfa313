/**
 * A pilot project (đề án điểm) in a real browser (issue 15): the Department officer creates a national project,
 * ticks "Đề án điểm", links two more content areas and splits the support over its two years; after approval and
 * an advance, the officer closes the first year with its certified progress and the panel shows the carry-over.
 */
import { ApiClient, ApiHarness, startApiHarness } from '../support/api-harness';
import { todayInVietnam } from '../support/request-bodies';
import { PATH_USERS, ensureTestUsers } from '../support/test-users';
import { BrowserHarness, assertBrowserPrerequisites, rolePages, screenshot, startBrowser } from './browser-harness';

let api: ApiHarness;
let browser: BrowserHarness;
let origin: string;
const roles = rolePages(
  () => browser,
  () => origin,
);
const today = todayInVietnam();
const year = Number(today.slice(0, 4));
const plain = (text: string | null) => (text ?? '').replace(/\s/g, ' ');

beforeAll(async () => {
  assertBrowserPrerequisites();
  api = await startApiHarness();
  await ensureTestUsers(api.worker.dataSource, PATH_USERS);
  origin = new URL(api.baseUrl).origin;
  browser = await startBrowser();
}, 240_000);

afterAll(async () => {
  await roles.closeAll();
  await browser?.stop();
  await api?.stop();
});

it('the officer creates a pilot project over two years and closes its first year with the carry-over', async () => {
  const officer = await roles.as('officer.hn@demo.local');
  await officer.goto(`${origin}/projects/new`);
  const form = officer.locator('form.project-form');
  await form.locator('select[name=scope]').selectOption('NATIONAL');
  await form.locator('select[name=category]').selectOption('TRAINING');
  await form.locator('input[name=title]').fill('Đề án điểm: phát triển sản phẩm chè Hà Nội');
  await form.locator('input[name=unitName]').fill('Trung tâm Khuyến công Hà Nội');
  await form.locator('input[name=unitEmail]').fill('unit.hn@demo.local');
  await form.locator('input[name=beneficiary]').fill('Chuỗi 3 hợp tác xã chè Ba Vì');
  await form.locator('input[name=totalCostVnd]').fill('6500000000');
  await form.locator('input[name=requestedSupportVnd]').fill('2100000000');
  await form.locator('input[name=plannedStart]').fill(today);
  await form.locator('input[name=plannedEnd]').fill(`${year + 1}-11-30`);
  await form.getByLabel('Đề án điểm (nhiều năm, nhiều nội dung liên kết)').check();
  await form.locator('input[name=pilotLinked][value=MACHINERY]').check();
  await form.locator('input[name=pilotLinked][value=PRODUCTS_AND_FAIRS]').check();
  await form.locator(`input[name=pilotYear${year}]`).fill('1000000000');
  await form.locator(`input[name=pilotYear${year + 1}]`).fill('1100000000');
  await expect(form.getByTestId('pilot-years-sum').textContent().then(plain)).resolves.toBe(
    'Tổng các năm: 2.100.000.000 ₫',
  );
  await screenshot(officer, 'pilot-project-form');
  await form.getByRole('button', { name: 'Lưu dự thảo' }).click();
  await officer.waitForURL(/\/projects\/[0-9a-f-]{36}\?done=created$/);
  const id = new URL(officer.url()).pathname.split('/').pop()!;
  const panel = officer.locator('#pilot');
  await panel.getByText('Đào tạo nghề, truyền nghề; Ứng dụng máy móc thiết bị tiên tiến', { exact: false }).waitFor();
  await panel.getByText('Kinh phí theo năm được chia khi đề án được phê duyệt.').waitFor();

  const as = async (login: string) => ApiClient.login(api.baseUrl, `${login}@demo.local`);
  const [unit, officerApi, deptLeader, cucOfficer, cucLeader] = await Promise.all(
    ['unit.hn', 'officer.hn', 'approver.hn', 'officer.cuc', 'leader.cuc'].map(as),
  );
  for (const [client, body] of [
    [officerApi, { action: 'submit' }],
    [officerApi, { action: 'open_appraisal' }],
    [deptLeader, { action: 'register' }],
    [cucOfficer, { action: 'open_ministry_appraisal' }],
    [cucLeader, { action: 'approve', decisionNo: '77/QĐ-BCT', decisionDate: today, approvedSupportVnd: 2_100_000_000 }],
    [cucOfficer, { action: 'sign_contract', contractNo: 'HĐ-ĐĐ-07', contractDate: today }],
    [cucOfficer, { action: 'record_disbursement', kind: 'ADVANCE', amountVnd: 500_000_000 }],
  ] as const) {
    const res = await client.post(`/projects/${id}/actions`, body);
    expect({ action: body.action, status: res.status }).toEqual({ action: body.action, status: 200 });
  }
  void unit;

  await officer.reload();
  await officer.locator(`#pilot tr[data-year="${year}"]`).getByText('Đang thực hiện').waitFor();
  const first = officer.locator(`#pilot tr[data-year="${year}"] td`);
  await expect(first.allTextContents().then((cells) => cells.map(plain))).resolves.toEqual([
    '1.000.000.000 ₫',
    '1.000.000.000 ₫',
    '0 ₫',
    '500.000.000 ₫',
    '700.000.000 ₫',
    '—',
    '—',
  ]);
  await officer.locator('.project-head button[data-action="close_pilot_year"]').click();
  const dialog = officer.getByRole('dialog');
  await dialog.locator('input[name=progressPercent]').fill('85');
  await dialog.getByRole('button', { name: /Tổng kết năm đề án điểm/ }).click();
  await dialog.waitFor({ state: 'detached' });
  await officer.locator(`#pilot tr[data-year="${year}"]`).getByText('Đã tổng kết').waitFor();
  await expect(officer.locator(`#pilot tr[data-year="${year}"] td`).last().textContent().then(plain)).resolves.toBe(
    '500.000.000 ₫',
  );
  await expect(
    officer
      .locator(`#pilot tr[data-year="${year + 1}"] td`)
      .nth(2)
      .textContent()
      .then(plain),
  ).resolves.toBe('500.000.000 ₫');
  await officer.getByText(`Tổng kết năm ${year}: tiến độ 85%, chuyển sang năm sau 500.000.000 đ`).waitFor();
  await screenshot(officer, 'pilot-project-panel');
}, 150_000);
