/**
 * The order of allocation on the plans page in a real browser (DOMAIN §4.1): a national plan's machinery line has
 * two candidates (set up over HTTP); the Hà Nội Department officer opens "Thứ tự xét giao kế hoạch" for the line and
 * reads the pilot project first though it was submitted last, each row's reasons and whether it fits what remains,
 * and follows the link to the project.
 */
import AxeBuilder from '@axe-core/playwright';
import { ApiClient, ApiHarness, startApiHarness } from '../support/api-harness';
import { newProjectRequest } from '../support/request-bodies';
import { PATH_USERS, ensureTestUsers } from '../support/test-users';
import { BrowserHarness, assertBrowserPrerequisites, rolePages, screenshot, startBrowser } from './browser-harness';

let api: ApiHarness;
let browser: BrowserHarness;
let origin: string;
const roles = rolePages(
  () => browser,
  () => origin,
);
const plain = (text: string | null) => (text ?? '').replace(/\s/g, ' ').trim();
const LINE = 'Máy móc thiết bị — Ngân sách trung ương';

let year: number;
const ids: Record<string, string> = {};
const codes: Record<string, string> = {};

beforeAll(async () => {
  assertBrowserPrerequisites();
  api = await startApiHarness();
  await ensureTestUsers(api.worker.dataSource, PATH_USERS);
  origin = new URL(api.baseUrl).origin;
  browser = await startBrowser();

  const [cucOfficer, unit] = await Promise.all(
    ['officer.cuc', 'unit.hn'].map((login) => ApiClient.login(api.baseUrl, `${login}@demo.local`)),
  );
  // A national plan in a year no other suite of the run plans in or has national projects in (2040–2059): the
  // suites share one database, and a candidate of another suite would join this line's ranking.
  for (year = 2040; year < 2060; year += 1) {
    const [{ taken }] = await api.worker.dataSource.query(
      `SELECT count(*)::int AS taken FROM projects WHERE scope = 'NATIONAL' AND $1 BETWEEN extract(year FROM planned_start) AND extract(year FROM planned_end)`,
      [year],
    );
    if (taken > 0) continue;
    const res = await cucOfficer.post('/plans', {
      level: 'NATIONAL',
      year,
      lines: [{ category: 'MACHINERY', fundingSource: 'CENTRAL', assignedVnd: 300_000_000 }],
    });
    if (res.status === 201) break;
    if (res.status !== 409) throw new Error(`plan: ${res.status} ${JSON.stringify(res.body)}`);
  }
  const submitted = async (key: string, title: string, extra: Record<string, unknown>) => {
    const created = await unit.post(
      '/projects',
      newProjectRequest(title, {
        scope: 'NATIONAL',
        plannedStart: `${year}-03-01`,
        plannedEnd: `${year}-11-30`,
        ...extra,
      }),
    );
    if (created.status !== 201) throw new Error(`create: ${created.status} ${JSON.stringify(created.body)}`);
    const submit = await unit.post(`/projects/${created.body.id}/actions`, { action: 'submit' });
    if (submit.status !== 200) throw new Error(`submit: ${submit.status} ${JSON.stringify(submit.body)}`);
    ids[key] = created.body.id;
    codes[key] = created.body.code;
  };
  await submitted('ordinary', 'Đề án máy móc nộp trước', {});
  await submitted('pilot', 'Đề án điểm máy móc và đào tạo', {
    totalCostVnd: 700_000_000,
    requestedSupportVnd: 200_000_000,
    plannedEnd: `${year + 1}-11-30`,
    pilot: {
      linkedCategories: ['TRAINING'],
      years: [
        { year, supportVnd: 120_000_000 },
        { year: year + 1, supportVnd: 80_000_000 },
      ],
    },
  });
}, 600_000);

afterAll(async () => {
  await roles.closeAll();
  await browser?.stop();
  await api?.stop();
});

it('the officer reads the line’s order of allocation: the pilot project first, each row with its reasons and fit', async () => {
  const page = await roles.as('officer.hn@demo.local');
  await page.goto(`${origin}/plans?year=${year}`);
  const card = page.locator('section.card[id^="plan-"]', { hasText: `Kế hoạch khuyến công quốc gia năm ${year}` });
  const panel = card.locator('details.plan-ranking', { hasText: `Thứ tự xét giao kế hoạch — ${LINE}` });
  await panel.locator('summary').click();
  const table = panel.getByRole('table', { name: `Thứ tự xét giao kế hoạch — ${LINE}` });
  await table.waitFor();
  await panel.getByText('Dự toán còn lại: 300.000.000 ₫', { exact: false }).waitFor();

  const headers = await table.locator('thead th').allTextContents();
  expect(headers.map(plain)).toEqual([
    'Thứ tự',
    'Đề án',
    'Tỉnh, thành phố',
    'Trạng thái',
    'Căn cứ xếp thứ tự',
    'Nộp hồ sơ',
    'Kinh phí đề nghị',
    'Lũy kế đề nghị',
    'So với dự toán còn lại',
  ]);
  const rows = table.locator('tbody tr');
  await expect(rows.count()).resolves.toBe(2);
  const read = async (i: number) => {
    const row = rows.nth(i);
    return {
      rank: plain(await row.locator('td').first().textContent()),
      code: plain(await row.locator('th a').textContent()),
      reasons: (await row.getByTestId('ranking-reasons').locator('li').allTextContents()).map(plain),
      cumulative: plain(await row.locator('td.money').nth(1).textContent()),
      fit: plain(await row.getByTestId('ranking-fit').textContent()),
    };
  };
  expect(await read(0)).toEqual({
    rank: '1',
    code: codes.pilot,
    reasons: ['Đề án điểm'],
    cumulative: '200.000.000 ₫',
    fit: 'Vừa dự toán còn lại',
  });
  expect(await read(1)).toEqual({
    rank: '2',
    code: codes.ordinary,
    reasons: ['Thứ tự nộp hồ sơ'],
    cumulative: '335.000.000 ₫',
    fit: 'Vượt dự toán còn lại',
  });
  await screenshot(page, 'plan-ranking');

  const findings = await new AxeBuilder({ page })
    .include(`details.plan-ranking[data-line-id]`)
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(findings.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual(
    [],
  );

  await rows.nth(0).locator('th a').click();
  await page.waitForURL(new RegExp(`/projects/${ids.pilot}$`));
});
