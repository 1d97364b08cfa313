/**
 * A later version of the national caps in a real browser (issue 15): the administrator adds a circular with its
 * effective day, two content areas, machinery's first advance and the unit's overhead share on "Định mức hỗ trợ", sees
 * it listed beside TT 28/2018 with what it changes, corrects a figure
 * before it takes effect and removes it; the Department officer reads it without the form or the buttons.
 */
import { ApiHarness, startApiHarness } from '../support/api-harness';
import { BrowserHarness, assertBrowserPrerequisites, rolePages, screenshot, startBrowser } from './browser-harness';

let api: ApiHarness;
let browser: BrowserHarness;
let origin: string;
const roles = rolePages(
  () => browser,
  () => origin,
);
const CODE = 'TT-20-2092';

const plain = (text: string | null) => (text ?? '').replace(/\s/g, ' ');

beforeAll(async () => {
  assertBrowserPrerequisites();
  api = await startApiHarness();
  origin = new URL(api.baseUrl).origin;
  browser = await startBrowser();
  await api.worker.dataSource.query('DELETE FROM national_cap_versions WHERE code = $1', [CODE]);
}, 240_000);

afterAll(async () => {
  await roles.closeAll();
  await api?.worker.dataSource.query('DELETE FROM national_cap_versions WHERE code = $1', [CODE]);
  await browser?.stop();
  await api?.stop();
});

it('the administrator adds, corrects and removes a circular not yet in force; the officer only reads it', async () => {
  const admin = await roles.as('admin@demo.local');
  await admin.goto(`${origin}/support-caps`);
  const main = admin.locator('main[data-page="support-caps"]');
  const form = main.getByTestId('cap-version-form');
  await form.getByRole('heading', { name: /Thêm văn bản định mức mới/ }).waitFor();
  await form.locator('input[name=code]').fill(CODE);
  await form.locator('input[name=effectiveFrom]').fill('2092-01-01');
  await form.locator('input[name=nameVi]').fill('Thông tư số 20/2092/TT-BTC');
  await form.locator('select[name="caps[0].category"]').selectOption('DEMONSTRATION_MODEL');
  await form.locator('input[name="caps[0].percentOfCost"]').fill('25');
  await form.locator('input[name="caps[0].maxVnd"]').fill('800.000.000');
  await form.locator('input[name="caps[0].article"]').fill('Điều 6 khoản 1');
  await form.getByRole('button', { name: 'Thêm nội dung' }).click();
  await form.locator('select[name="caps[1].category"]').selectOption('ADVISORY');
  await form.locator('input[name="caps[1].maxVnd"]').fill('40.000.000');
  await form.locator('select[name="caps[1].per"]').selectOption('ESTABLISHMENT');
  // It also changes machinery's first advance and the unit's overhead share.
  await form.getByRole('button', { name: 'Thêm quy định tạm ứng' }).click();
  await form.locator('select[name="advances[0].category"]').selectOption('MACHINERY');
  await form.locator('input[name="advances[0].percent"]').fill('50');
  await form.locator('select[name="advances[0].condition"]').selectOption('CERTIFIED_PROGRESS');
  await form.locator('input[name="advances[0].morePercentThan"]').fill('60');
  await form.locator('input[name="advances[0].article"]').fill('Điều 9');
  await form.locator('input[name=unitOverhead]').fill('2,0');
  await form.getByRole('button', { name: 'Lưu văn bản' }).click();
  await admin.getByText(`Đã lưu văn bản ${CODE}, hiệu lực từ 01/01/2092.`, { exact: false }).waitFor();

  const listed = main.locator(`[data-instrument="${CODE}"]`);
  await listed.getByRole('heading', { name: /Thông tư số 20\/2092\/TT-BTC/ }).waitFor();
  await listed.getByText('Do quản trị viên nhập: admin@demo.local', { exact: false }).waitFor();
  await expect(
    listed
      .locator('tr[data-category=DEMONSTRATION_MODEL] td')
      .allTextContents()
      .then((cells) => cells.map(plain)),
  ).resolves.toEqual([
    'Mô hình trình diễn kỹ thuật, chuyển giao công nghệ',
    '25%',
    '800.000.000 ₫ mỗi mô hình',
    'Điều 6 khoản 1',
  ]);
  await expect(listed.locator('tr[data-category=ADVISORY] td').nth(2).textContent().then(plain)).resolves.toBe(
    '40.000.000 ₫ mỗi cơ sở',
  );
  const changes = listed.getByTestId(`instrument-changes-${CODE}`);
  await changes.getByText('Văn bản này còn thay đổi: chi phí quản lý của đơn vị thực hiện 2%').waitFor();
  await expect(
    changes
      .locator('tr[data-category=MACHINERY] td')
      .allTextContents()
      .then((cells) => cells.map(plain)),
  ).resolves.toEqual([
    'Ứng dụng máy móc thiết bị tiên tiến',
    '50%',
    'khi báo cáo tiến độ được Sở Công Thương xác nhận đã thực hiện trên 60% tổng vốn đầu tư',
    'Thông tư số 20/2092/TT-BTC, Điều 9',
  ]);
  // Not in force yet: the rule in force for machinery is still TT 36/2013's.
  await expect(
    main.getByTestId('advance-rules').locator('tr[data-category=MACHINERY] td').nth(3).textContent(),
  ).resolves.toBe('Thông tư số 36/2013/TT-BCT, Điều 12');
  await main
    .getByTestId('overheads-in-force')
    .getByText('tối đa 2,5% (Thông tư liên tịch số 26/2014/TTLT-BTC-BCT)', { exact: false })
    .waitFor();
  await expect(main.locator('[data-instrument="TT-28-2018"]').getByText('Đang áp dụng').count()).resolves.toBe(1);
  await screenshot(admin, 'support-cap-version-admin');

  // A correction before its day: the form opens with its rows.
  await listed.getByRole('button', { name: `Sửa ${CODE}` }).click();
  await form.getByRole('heading', { name: `Sửa văn bản ${CODE} (chưa có hiệu lực)` }).waitFor();
  await expect(form.locator('input[name="caps[0].maxVnd"]').inputValue()).resolves.toBe('800.000.000');
  await expect(form.locator('input[name="advances[0].morePercentThan"]').inputValue()).resolves.toBe('60');
  await expect(form.locator('input[name="advances[0].article"]').inputValue()).resolves.toBe('Điều 9');
  await expect(form.locator('input[name=unitOverhead]').inputValue()).resolves.toBe('2');
  await form.locator('input[name="caps[0].maxVnd"]').fill('900.000.000');
  await form.getByRole('button', { name: 'Lưu văn bản' }).click();
  await listed.locator('tr[data-category=DEMONSTRATION_MODEL] td', { hasText: '900.000.000' }).waitFor();

  const officer = await roles.as('officer.hn@demo.local');
  await officer.goto(`${origin}/support-caps`);
  const read = officer.locator(`[data-instrument="${CODE}"]`);
  await read.locator('tr[data-category=DEMONSTRATION_MODEL]').waitFor();
  await expect(officer.getByTestId('cap-version-form').count()).resolves.toBe(0);
  await expect(read.getByRole('button').count()).resolves.toBe(0);

  await listed.getByRole('button', { name: 'Xóa văn bản' }).click();
  await admin.getByText(`Đã xóa văn bản ${CODE}.`).waitFor();
  await main.locator(`[data-instrument="${CODE}"]`).waitFor({ state: 'detached' });
}, 120_000);
