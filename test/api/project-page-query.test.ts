/**
 * The project page in one statement (ProjectPageQuery), and findVisible, give exactly what the separate reads and
 * TypeORM's own hydration give: the project's
 * entity, its newest history entries and disbursements with where older ones start, its notices and its escalations,
 * with the same types (Dates, numbers of VND, strings of bigint ids), and nothing outside the reader's reach.
 */
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Actor, LifecycleEvent, LifecycleStatus, applyEvent, initialStatus } from '@kc/domain';
import {
  EscalationRepository,
  NotificationLog,
  ProjectEntity,
  ProjectEventWriter,
  ProjectPageQuery,
  ProjectQueries,
  createDataSource,
} from '@kc/persistence';
import { testEnv } from '../support/test-env';
import { actors, nextEvent, projectFacts } from '../support/project-fixtures';

let dataSource: DataSource;
const facts = projectFacts({ title: 'Dây chuyền sấy cà phê nhiều đợt tạm ứng' });

beforeAll(async () => {
  dataSource = createDataSource(testEnv().databaseUrl, 2);
  await dataSource.initialize();
  const writer = new ProjectEventWriter(dataSource);
  let status: LifecycleStatus = initialStatus();
  const at = (minute: number) => new Date(Date.UTC(2026, 11, 1, 2, minute)).toISOString();
  const event = (action: string, toState: string, details: LifecycleEvent['details'] = {}) =>
    nextEvent(status, action, toState, details);
  const created = event('create', 'DRAFT');
  status = applyEvent(status, created);
  await writer.recordProjectCreated(facts, status, created);
  for (const [action, to] of [
    ['submit', 'SUBMITTED'],
    ['open_appraisal', 'BASE_APPRAISAL'],
  ]) {
    const next = event(action, to);
    status = applyEvent(status, next);
    await writer.recordLifecycleEvent(facts, status, next);
  }
  // More entries than a page holds, so the page says where older ones start.
  for (let i = 0; i < 52; i += 1) {
    const paid = event('record_disbursement', status.state, { kind: 'ADVANCE', amountVnd: 1_000_000 + i });
    status = applyEvent(status, paid);
    await writer.recordLifecycleEvent(facts, status, paid);
  }
  const notices = new NotificationLog(dataSource);
  await notices.claim({
    idempotencyKey: `page-query-${randomUUID()}`,
    projectId: facts.id,
    kind: 'REMINDER',
    periodKey: 'P0001',
    stalledState: null,
    repetition: 0,
    recipients: [facts.implementingUnit.email],
    subject: 'Nhắc hạn nộp báo cáo tiến độ',
  });
  await new EscalationRepository(dataSource).raise({
    projectId: facts.id,
    provinceCode: facts.provinceCode,
    cause: { reason: 'STALLED', state: 'BASE_APPRAISAL', enteredSeq: 3 },
    level: 1,
    dueAt: at(59),
    noticeKey: `page-query-escalation-${randomUUID()}`,
    notified: ['lanhdao.hn@test.local'],
  });
});

afterAll(async () => {
  await dataSource?.destroy();
});

it('reads in one statement what the separate reads give', async () => {
  const queries = new ProjectQueries(dataSource);
  const page = await new ProjectPageQuery(dataSource).read(facts.id, actors.officerHN, 50);
  const [project, history, disbursements, notifications, escalations] = await Promise.all([
    queries.findVisible(facts.id, actors.officerHN),
    queries.history(facts.id, 50),
    queries.disbursementsOf(facts.id, 50),
    new NotificationLog(dataSource).forProject(facts.id),
    new EscalationRepository(dataSource).forProject(facts.id),
  ]);
  // TypeORM's own hydration is the reference (findVisible builds its entity from JSON too).
  const hydrated = await dataSource.getRepository(ProjectEntity).findOneByOrFail({ id: facts.id });
  expect(page.project).toEqual(hydrated);
  expect(project).toEqual(hydrated);
  expect(page.project?.createdAt).toBeInstanceOf(Date);
  expect(page.project?.advancesVnd).toBe(52 * 1_000_000 + (51 * 52) / 2);
  expect(page.history).toEqual(history);
  expect(page.history.items).toHaveLength(50);
  expect(page.history.nextBefore).toBe(page.history.items[0].seq);
  expect(page.disbursements).toEqual(disbursements);
  expect(page.disbursements.items).toHaveLength(50);
  expect(page.disbursements.nextBefore).toBe(page.disbursements.items[0].seq);
  expect(page.notifications).toEqual(notifications);
  expect(page.notifications).toHaveLength(1);
  expect(page.escalations).toEqual(escalations);
  expect(page.escalations).toHaveLength(1);
  expect(page.escalations[0].dueAt).toBeInstanceOf(Date);
});

it('reads every entry when asked for all (the papers)', async () => {
  const page = await new ProjectPageQuery(dataSource).read(facts.id, actors.officerHN, null);
  const queries = new ProjectQueries(dataSource);
  expect(page.history).toEqual(await queries.history(facts.id, null));
  expect(page.history.items).toHaveLength(55);
  expect(page.history.nextBefore).toBeNull();
  expect(page.disbursements).toEqual(await queries.disbursementsOf(facts.id, null));
  expect(page.disbursements.items).toHaveLength(52);
});

it('gives no project outside the reader’s reach, as findVisible does', async () => {
  const queries = new ProjectQueries(dataSource);
  const elsewhere: Actor = { ...actors.officerHN, provinceCode: 'HCM' };
  const otherUnit: Actor = { ...actors.unitHN, email: 'don-vi-khac@test.local' };
  const query = new ProjectPageQuery(dataSource);
  expect((await query.read(facts.id, elsewhere, 50)).project).toBeNull();
  expect((await query.read(facts.id, otherUnit, 50)).project).toBeNull();
  expect((await query.read(facts.id, actors.unitHN, 50)).project?.id).toBe(facts.id);
  expect((await query.read(randomUUID(), actors.officerHN, 50)).project).toBeNull();
  expect(await queries.findVisible(facts.id, elsewhere)).toBeNull();
  expect(await queries.findVisible(facts.id, otherUnit)).toBeNull();
  expect((await queries.findVisible(facts.code, actors.unitHN))?.id).toBe(facts.id);
  expect((await queries.findVisible(facts.code, { ...actors.cucOfficer }))?.id).toBe(facts.id);
});
