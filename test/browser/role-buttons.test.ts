/**
 * The web app shows each role only what the capability table allows (issue 13): national projects at ministry
 * appraisal, approved, in progress and with a stop asked of the Minister, and a local one in progress, opened by
 * every kind of person (the unit, the Department's officer and leader, the Cục's officer and leader, the Minister,
 * the UBND tỉnh leader, supervisors). The buttons on each project page are exactly the table's
 * allowedActionsFor(snapshot, actor); each menu shows exactly the pages pagesFor(user) opens. Then the national
 * path's new forms are used in the browser: the Minister decides a stop, the Cục records the refund prefilled
 * with the unused advance, and the history says who acted for whom.
 */
import type { Page } from 'playwright-core';
import { ACTION_LABELS, Actor, ProjectSnapshot, allowedActionsFor, initialStatus, pagesFor } from '@kc/domain';
import type { ActionName, ProjectState, Role } from '@kc/domain';
import { ApiClient, ApiHarness, startApiHarness } from '../support/api-harness';
import { approvalDecision, newProjectRequest, todayInVietnam, certifiedProgress } from '../support/request-bodies';
import { BrowserHarness, assertBrowserPrerequisites, logIn, screenshot, startBrowser } from './browser-harness';
import { Actors, NEW_POSITION_USERS, ensureUsers, loginActors, projectAt } from './browser-fixtures';

/** Who opens the pages: one person of each position, as the table knows them. */
const PEOPLE: Array<{ label: string; email: string; role: Role; provinceCode: string | null }> = [
  { label: 'unit', email: 'unit.hn@demo.local', role: 'implementer', provinceCode: 'HN' },
  { label: 'Department officer', email: 'officer.hn@demo.local', role: 'officer', provinceCode: 'HN' },
  { label: 'Department leader', email: 'approver.hn@demo.local', role: 'approver', provinceCode: 'HN' },
  { label: 'Cục officer', email: 'officer.cuc@demo.local', role: 'cuc_officer', provinceCode: null },
  { label: 'Cục leader', email: 'approver.national@demo.local', role: 'approver', provinceCode: null },
  { label: 'minister', email: 'minister@demo.local', role: 'minister', provinceCode: null },
  { label: 'UBND leader', email: 'ubnd.hn@demo.local', role: 'ubnd_leader', provinceCode: 'HN' },
  { label: 'provincial supervisor', email: 'supervisor.hn@demo.local', role: 'supervisor', provinceCode: 'HN' },
  { label: 'national supervisor', email: 'supervisor.national@demo.local', role: 'supervisor', provinceCode: null },
];

/** An element as the page's script reads it (the tests compile without the DOM library). */
interface Attributed {
  getAttribute(name: string): string | null;
}

interface Fixture {
  name: string;
  id: string;
  code: string;
  snapshot: ProjectSnapshot;
}

let api: ApiHarness;
let browser: BrowserHarness;
let origin: string;
let actors: Actors;
let clients: Record<string, ApiClient>;
const fixtures: Fixture[] = [];
const pages: Page[] = [];

async function act(client: ApiClient, id: string, body: Record<string, unknown>): Promise<void> {
  const res = await client.post(`/projects/${id}/actions`, body);
  if (res.status !== 200) throw new Error(`${body.action}: ${res.status} ${JSON.stringify(res.body)}`);
}

/** A national project of Hà Nội walked over HTTP, each step by the organisation TT 36 names, to `until`. */
async function nationalProject(title: string, until: ProjectState): Promise<{ id: string; code: string }> {
  const created = await actors.officer.post('/projects', newProjectRequest(title, { scope: 'NATIONAL' }));
  if (created.status !== 201) throw new Error(`create: ${created.status} ${JSON.stringify(created.body)}`);
  const { id, code } = created.body as { id: string; code: string };
  const steps: Array<[ApiClient, Record<string, unknown>, ProjectState]> = [
    [actors.officer, { action: 'submit' }, 'SUBMITTED'],
    [actors.officer, { action: 'open_appraisal' }, 'BASE_APPRAISAL'],
    [actors.approver, { action: 'register' }, 'REGISTERED'],
    [clients.cucOfficer, { action: 'open_ministry_appraisal' }, 'MINISTRY_APPRAISAL'],
    [clients.cucLeader, { action: 'approve', ...approvalDecision() }, 'APPROVED'],
    [
      clients.cucOfficer,
      { action: 'sign_contract', contractNo: '21/HĐ-KCQG-2026', contractDate: todayInVietnam() },
      'CONTRACTED',
    ],
    [actors.officer, { action: 'start' }, 'IN_PROGRESS'],
    [actors.officer, certifiedProgress(), 'IN_PROGRESS'],
    [clients.cucOfficer, { action: 'record_disbursement', kind: 'ADVANCE', amountVnd: 40_000_000 }, 'IN_PROGRESS'],
    [actors.officer, { action: 'request_stop', reason: 'Doanh nghiệp thụ hưởng giải thể' }, 'SUSPENSION_REQUESTED'],
  ];
  for (const [client, body, reached] of steps) {
    await act(client, id, body);
    if (reached === until) break;
  }
  return { id, code };
}

/** The table's view of the project as it stands (what the page is drawn from). */
async function snapshotOf(id: string): Promise<ProjectSnapshot> {
  const res = await actors.admin.get(`/projects/${id}`);
  if (res.status !== 200) throw new Error(`read ${id}: ${res.status}`);
  const p = res.body;
  return {
    facts: { ...p, implementingUnit: p.implementingUnit, createdByUserId: '' },
    status: {
      ...initialStatus(),
      state: p.state,
      approvedSupportVnd: p.approvedSupportVnd,
      advancesVnd: p.disbursedVnd.advances,
    },
  };
}

function actorOf(person: (typeof PEOPLE)[number]): Actor {
  return { userId: '', email: person.email, role: person.role, provinceCode: person.provinceCode };
}

async function pageAs(email: string): Promise<Page> {
  const page = await browser.newPage();
  pages.push(page);
  await logIn(page, origin, email);
  return page;
}

/** The lifecycle buttons the project page shows now (not the report link, not the reports' own buttons). */
async function buttonsOn(page: Page, fixture: { id: string; code: string }): Promise<string[]> {
  await page.goto(`${origin}/projects/${fixture.id}`);
  await page.locator('.project-head .project-code', { hasText: fixture.code }).waitFor();
  const group = page.locator('.project-head .action-buttons');
  await group.waitFor();
  const actions = await group
    .locator('button[data-action]')
    .evaluateAll((buttons) => buttons.map((b) => (b as unknown as Attributed).getAttribute('data-action') ?? ''));
  return actions.sort();
}

/** The pages the menu offers (the embedded test mailbox only when it is there: compared apart). */
async function menuPages(page: Page): Promise<string[]> {
  await page.locator('#main-nav').waitFor();
  const shown = await page
    .locator('#main-nav a[data-page]')
    .evaluateAll((links) => links.map((a) => (a as unknown as Attributed).getAttribute('data-page') ?? ''));
  return [...new Set(shown)].sort();
}

beforeAll(async () => {
  assertBrowserPrerequisites();
  api = await startApiHarness();
  origin = new URL(api.baseUrl).origin;
  browser = await startBrowser();
  actors = await loginActors(api.baseUrl);
  await ensureUsers(actors.admin, NEW_POSITION_USERS);
  const [cucOfficer, cucLeader, minister] = await Promise.all(
    ['officer.cuc', 'approver.national', 'minister'].map((u) => ApiClient.login(api.baseUrl, `${u}@demo.local`)),
  );
  clients = { cucOfficer, cucLeader, minister };
  const made: Array<[string, Promise<{ id: string; code: string }>]> = [
    [
      'national, ministry appraisal',
      nationalProject('Máy ép viên nén mùn cưa (thẩm định cấp Bộ)', 'MINISTRY_APPRAISAL'),
    ],
    ['national, approved', nationalProject('Dây chuyền sơ chế rau an toàn (đã giao kế hoạch)', 'APPROVED')],
    [
      'national, in progress',
      nationalProject('Lò sấy vải thiều tiết kiệm năng lượng (đang triển khai)', 'IN_PROGRESS'),
    ],
    ['national, stop requested', nationalProject('Xưởng dệt thổ cẩm (đề nghị ngừng)', 'SUSPENSION_REQUESTED')],
    ['local, in progress', projectAt(actors, 'IN_PROGRESS', 'Máy cắt gạch men cho HTX (địa phương, nút theo vai trò)')],
  ];
  for (const [name, promise] of made) {
    const { id, code } = await promise;
    fixtures.push({ name, id, code, snapshot: await snapshotOf(id) });
  }
}, 240_000);

afterAll(async () => {
  await browser?.stop();
  await api?.stop();
});

afterEach(async () => {
  await Promise.all(pages.splice(0).map((page) => page.close()));
});

it('the web app shows each role only the buttons the table allows, and only the pages its menu may open', async () => {
  const mismatches: string[] = [];
  const seen: Record<string, Record<string, string[]>> = {};
  for (const person of PEOPLE) {
    const page = await pageAs(person.email);
    const expectedPages = pagesFor(person).filter((p) => p !== 'mail');
    const menu = (await menuPages(page)).filter((p) => p !== 'mail');
    if (JSON.stringify(menu) !== JSON.stringify([...expectedPages].sort())) {
      mismatches.push(`${person.label} menu: shown ${menu.join(',')} / table ${expectedPages.join(',')}`);
    }
    // The test mailbox, when the menu has it, is a page the table lets this person open.
    if ((await page.locator('#main-nav a[data-page=mail]').count()) > 0 && !pagesFor(person).includes('mail')) {
      mismatches.push(`${person.label} menu: shows the mailbox the table does not open`);
    }
    seen[person.label] = {};
    for (const fixture of fixtures) {
      const expected = allowedActionsFor(fixture.snapshot, actorOf(person)).sort();
      const shown = await buttonsOn(page, fixture);
      seen[person.label][fixture.name] = shown;
      if (JSON.stringify(shown) !== JSON.stringify(expected)) {
        mismatches.push(`${person.label} on ${fixture.name}: shown [${shown}] / table [${expected}]`);
      }
    }
    await page.close();
  }
  expect(mismatches).toEqual([]);

  // What a Department or the Cục would check first: who signs a national contract, who decides its stop.
  expect(seen['Department officer']['national, approved']).not.toContain('sign_contract');
  expect(seen['Cục officer']['national, approved']).toContain('sign_contract');
  expect(seen['Cục leader']['national, ministry appraisal']).toContain('approve');
  expect(seen['Department leader']['national, ministry appraisal']).toEqual([]);
  expect(seen['minister']['national, stop requested']).toEqual(['decide_stop', 'refuse_stop']);
  expect(seen['Department officer']['national, stop requested']).not.toContain('decide_stop');
  expect(seen['Department officer']['local, in progress']).toContain('record_disbursement');
  expect(seen['Cục officer']['local, in progress']).toEqual([]);
  for (const supervisor of ['provincial supervisor', 'national supervisor']) {
    for (const fixture of fixtures) expect(seen[supervisor][fixture.name]).toEqual([]);
  }
}, 600_000);

it('the Minister decides a stop and the Cục records the refund of the unused advance, in the browser', async () => {
  const stopped = fixtures.find((f) => f.name === 'national, stop requested')!;
  const minister = await pageAs('minister@demo.local');
  await minister.goto(`${origin}/projects/${stopped.id}`);
  const decide = minister.locator('.project-head button[data-action=decide_stop]');
  await expect(decide.textContent()).resolves.toBe(ACTION_LABELS.decide_stop.vi);
  await decide.click();
  const dialog = minister.getByRole('dialog');
  await dialog.locator('input[name=decisionNo]').fill('88/QĐ-BCT');
  await dialog.locator('input[name=decisionDate]').fill(todayInVietnam());
  await screenshot(minister, 'minister-decide-stop');
  await dialog.locator('button[type=submit]').click();
  // An advance of 40 000 000 đ was paid and nothing accepted: the project waits for the refund.
  await minister.locator('.project-head [data-state=REFUND_PENDING]').waitFor();
  expect(await minister.locator('.project-head button[data-action]').count()).toBe(0);

  const cuc = await pageAs('officer.cuc@demo.local');
  await cuc.goto(`${origin}/projects/${stopped.id}`);
  await cuc.locator('.project-head button[data-action=record_refund]').click();
  const refund = cuc.getByRole('dialog');
  const amount = refund.locator('input[name=amountVnd]');
  await expect(amount.inputValue()).resolves.toMatch(/^40[.,\s]?000[.,\s]?000$/);
  await screenshot(cuc, 'cuc-record-refund');
  await refund.locator('button[type=submit]').click();
  await cuc.locator('.project-head [data-state=TERMINATED]').waitFor();

  // The history names the positions, and the approval the Cục leader entered for the Minister says so.
  const history = cuc.locator('#history');
  await expect(history.locator('[data-action=approve] [data-testid=history-actor]').textContent()).resolves.toContain(
    'Lãnh đạo Cục (thay mặt Bộ trưởng)',
  );
  await expect(
    history.locator('[data-action=decide_stop] [data-testid=history-actor]').textContent(),
  ).resolves.toContain('Bộ trưởng');
  await expect(history.locator('[data-action=register] [data-testid=history-actor]').textContent()).resolves.toContain(
    'Lãnh đạo Sở Công Thương',
  );
  await expect(history.locator('[data-action=record_refund]').textContent()).resolves.toContain('40.000.000');
  await screenshot(cuc, 'national-stop-history');
}, 120_000);

/** Typed so that a renamed action in the table fails to compile here. */
const _newActions: ActionName[] = ['decide_stop', 'record_refund', 'open_ministry_appraisal'];
void _newActions;
