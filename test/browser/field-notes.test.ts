/**
 * The field notes panel (ghi chép hiện trường, issue 13) in a real browser: the commune collaborator of Hà Nội opens a
 * Hà Nội project from the list, sees no lifecycle button, is told in Vietnamese under the field why an empty note and
 * a day after today are refused, then files a dated note with a photo reference; the Department's officer opening the
 * same project reads it with its author and its day as dd/mm/yyyy. A Bắc Ninh project is out of the collaborator's
 * reach: the API answers 404 (to a note as to a read) and the page says so in words.
 */
import type { Page } from 'playwright-core';
import { localDayOf } from '@kc/domain';
import { ApiClient, ApiHarness, startApiHarness } from '../support/api-harness';
import { newProjectRequest } from '../support/request-bodies';
import {
  BrowserHarness,
  assertBrowserPrerequisites,
  findProjectCard,
  logIn,
  screenshot,
  startBrowser,
} from './browser-harness';
import { Actors, loginActors, projectAt } from './browser-fixtures';

const COLLABORATOR = 'ctv.hn@demo.local';
const COLLABORATOR_NAME = 'Trịnh Văn Bình (cộng tác viên khuyến công xã Phú Nghĩa)';
const NOTE_TEXT = 'Đã lắp đặt 2/3 máy cắt gạch men tại xưởng HTX; hộ dân đang chạy thử, chưa phát sinh sự cố.';
const PHOTO_REF = 'Ảnh IMG_2041 trong hồ sơ ảnh hiện trường xã Phú Nghĩa';

let api: ApiHarness;
let browser: BrowserHarness;
let origin: string;
let actors: Actors;
let collaborator: ApiClient;
let hanoi: { id: string; code: string };
let bacNinh: { id: string; code: string };
const pages: Page[] = [];

/** A day `days` away from today in Vietnam, as YYYY-MM-DD (negative: in the past). */
function dayFromToday(days: number): string {
  return localDayOf(new Date(Date.now() + days * 86_400_000).toISOString());
}

/** YYYY-MM-DD as the Department writes it: dd/mm/yyyy. */
function asVietnameseDay(day: string): string {
  const [year, month, date] = day.split('-');
  return `${date}/${month}/${year}`;
}

async function pageAs(email: string): Promise<Page> {
  const page = await browser.newPage();
  pages.push(page);
  await logIn(page, origin, email);
  return page;
}

/** The project page, once its head shows the code (the panels load after it). */
async function openProject(page: Page, project: { id: string; code: string }): Promise<void> {
  await page.goto(`${origin}/projects/${project.id}`);
  await page.locator('.project-head .project-code', { hasText: project.code }).waitFor();
}

async function notesOf(id: string): Promise<Array<{ observedOn: string; text: string }>> {
  const res = await actors.officer.get(`/projects/${id}/field-notes`);
  if (res.status !== 200) throw new Error(`field notes of ${id}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.items;
}

beforeAll(async () => {
  assertBrowserPrerequisites();
  api = await startApiHarness();
  origin = new URL(api.baseUrl).origin;
  browser = await startBrowser();
  actors = await loginActors(api.baseUrl);
  collaborator = await ApiClient.login(api.baseUrl, COLLABORATOR);
  // In progress: the Department's officer has buttons on it (a disbursement, a stop), the collaborator none.
  hanoi = await projectAt(actors, 'IN_PROGRESS', 'Máy cắt gạch men cho HTX Phú Nghĩa (ghi chép hiện trường)');
  const officerBn = await ApiClient.login(api.baseUrl, 'officer.bn@demo.local');
  const created = await officerBn.post(
    '/projects',
    newProjectRequest('Lò nung gốm tiết kiệm năng lượng cho làng nghề Phù Lãng', {
      provinceCode: 'BN',
      implementingUnit: {
        name: 'Trung tâm Khuyến công và Tư vấn phát triển công nghiệp Bắc Ninh',
        email: 'unit.bn@demo.local',
      },
    }),
  );
  if (created.status !== 201) throw new Error(`create BN: ${created.status} ${JSON.stringify(created.body)}`);
  bacNinh = { id: created.body.id, code: created.body.code };
}, 240_000);

afterAll(async () => {
  await browser?.stop();
  await api?.stop();
});

afterEach(async () => {
  await Promise.all(pages.splice(0).map((page) => page.close()));
});

it('the commune collaborator opens a Hà Nội project, sees no action button, and files a dated note', async () => {
  const page = await pageAs(COLLABORATOR);
  // No new project for a collaborator; the project opened from its card in the list, as a person does.
  const card = await findProjectCard(page, hanoi.code);
  await expect(page.getByTestId('new-project').count()).resolves.toBe(0);
  await card.locator(`a.project-code[href="/projects/${hanoi.id}"]`).click();
  await page.locator('.project-head .project-code', { hasText: hanoi.code }).waitFor();
  await page.locator('.project-head [data-state=IN_PROGRESS]').waitFor();
  await page.getByText('Bạn không có thao tác nào với đề án này lúc này.').waitFor();
  await expect(page.locator('.project-head button[data-action]').count()).resolves.toBe(0);
  await expect(page.getByTestId('edit-project').count()).resolves.toBe(0);

  const panel = page.locator('#field-notes');
  await panel.getByText('Chưa có ghi chép hiện trường.').waitFor();
  const form = panel.locator('form.field-note-form');
  const save = form.getByRole('button', { name: 'Lưu ghi chép' });

  // An empty note (spaces only) is refused under its field, nothing sent.
  await form.locator('textarea[name=text]').fill('   ');
  await save.click();
  await expect(form.locator('.field-problem').allTextContents()).resolves.toEqual([
    'Cần nhập nội dung (tối đa 2000 ký tự).',
  ]);
  await expect(form.locator('textarea[name=text]').getAttribute('aria-invalid')).resolves.toBe('true');

  // A day after today is refused under the day (the browser's own check does not take over the form).
  await form.locator('input[name=observedOn]').fill(dayFromToday(1));
  await form.locator('textarea[name=text]').fill(NOTE_TEXT);
  await save.click();
  await expect(form.locator('.field-problem').allTextContents()).resolves.toEqual([
    'Ngày quan sát không được sau hôm nay.',
  ]);
  await screenshot(page, 'field-note-future-day');
  expect(await notesOf(hanoi.id)).toEqual([]);

  // The API refuses the same two on its own (the form's checks are not the only gate).
  const empty = await collaborator.post(`/projects/${hanoi.id}/field-notes`, {
    observedOn: dayFromToday(0),
    text: ' ',
  });
  expect(empty).toMatchObject({
    status: 400,
    body: { fields: { text: expect.stringContaining('cần nhập nội dung') } },
  });
  const future = await collaborator.post(`/projects/${hanoi.id}/field-notes`, {
    observedOn: dayFromToday(1),
    text: NOTE_TEXT,
  });
  expect(future).toMatchObject({
    status: 400,
    body: { fields: { observedOn: expect.stringContaining('ở tương lai') } },
  });

  const observedOn = dayFromToday(-3);
  await form.locator('input[name=observedOn]').fill(observedOn);
  await form.locator('input[name=photoRef]').fill(PHOTO_REF);
  await save.click();
  await panel.getByText('Đã lưu ghi chép hiện trường.').waitFor();
  const note = panel.locator('[data-testid=field-notes] li.field-note', { hasText: NOTE_TEXT });
  await note.waitFor();
  await expect(note.locator('strong').textContent()).resolves.toBe(asVietnameseDay(observedOn));
  await expect(note.textContent()).resolves.toContain(`Ảnh: ${PHOTO_REF}`);
  await expect(note.textContent()).resolves.toContain(COLLABORATOR_NAME);
  await expect(form.locator('.field-problem').count()).resolves.toBe(0);
  // The form is ready for the next note: today's day, nothing typed.
  await expect(form.locator('textarea[name=text]').inputValue()).resolves.toBe('');
  await expect(form.locator('input[name=observedOn]').inputValue()).resolves.toBe(dayFromToday(0));
  await screenshot(page, 'field-note-filed');

  expect(await notesOf(hanoi.id)).toEqual([expect.objectContaining({ observedOn, text: NOTE_TEXT })]);
}, 120_000);

it("the Department's officer reads the note with its author and its day as dd/mm/yyyy", async () => {
  const [filed] = await notesOf(hanoi.id);
  expect(filed).toBeDefined();
  const page = await pageAs('officer.hn@demo.local');
  await openProject(page, hanoi);
  // The officer has the project's buttons the collaborator has not.
  await page.locator('.project-head button[data-action=record_disbursement]').waitFor();
  const note = page.locator('#field-notes [data-testid=field-notes] li.field-note', { hasText: NOTE_TEXT });
  await note.waitFor();
  await expect(note.locator('strong').textContent()).resolves.toBe(asVietnameseDay(filed.observedOn));
  await expect(note.locator('strong').textContent()).resolves.toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
  const text = (await note.textContent()) ?? '';
  expect(text).toContain(`${COLLABORATOR_NAME}, Cộng tác viên khuyến công`);
  expect(text).toContain('UBND xã Phú Nghĩa');
  expect(text).toContain(`Ảnh: ${PHOTO_REF}`);
  await screenshot(page, 'field-note-officer');
}, 60_000);

it('the collaborator of Hà Nội cannot reach a Bắc Ninh project: 404 from the API, a clear message on the page', async () => {
  const write = await collaborator.post(`/projects/${bacNinh.id}/field-notes`, {
    observedOn: dayFromToday(-1),
    text: 'Ghi chép thử trên đề án tỉnh khác',
  });
  expect(write.status).toBe(404);
  expect(write.body.message).toContain('Không tìm thấy đề án');
  expect((await collaborator.get(`/projects/${bacNinh.id}/field-notes`)).status).toBe(404);
  // Nothing was filed (the Bắc Ninh officer reads the project).
  const officerBn = await ApiClient.login(api.baseUrl, 'officer.bn@demo.local');
  expect((await officerBn.get(`/projects/${bacNinh.id}/field-notes`)).body.items).toEqual([]);

  const page = await pageAs(COLLABORATOR);
  await page.goto(`${origin}/projects/${bacNinh.id}`);
  // In words, without the raw id; a link back to the list.
  await page.getByRole('heading', { name: 'Không tìm thấy đề án' }).waitFor();
  await expect(page.locator('main').textContent()).resolves.not.toContain(bacNinh.id);
  await page.locator('main a[href="/projects"]').waitFor();
  await expect(page.locator('#field-notes').count()).resolves.toBe(0);
  await expect(page.locator('form.field-note-form').count()).resolves.toBe(0);
  await screenshot(page, 'field-note-other-province');
}, 60_000);
