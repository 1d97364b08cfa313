/**
 * The workflow's net (ProjectEventWriter.recordLifecycleEvents): the actions its callers already wrote cost one read
 * for all of them; the ones nobody wrote are written, in seq order, and an older one never overwrites a newer one.
 */
import { DataSource } from 'typeorm';
import { LifecycleEvent, LifecycleStatus, LifecycleWrite, applyEvent, initialStatus } from '@kc/domain';
import { ProjectEventWriter, createDataSource } from '@kc/persistence';
import { testEnv } from '../support/test-env';
import { nextEvent, projectFacts } from '../support/project-fixtures';

let dataSource: DataSource;
let writer: ProjectEventWriter;

beforeAll(async () => {
  dataSource = createDataSource(testEnv().databaseUrl, 2);
  await dataSource.initialize();
  writer = new ProjectEventWriter(dataSource);
});

afterAll(async () => {
  await dataSource?.destroy();
});

/** A new project in the read model and the writes of its next actions, as the workflow answers them. */
async function projectWithActions(actions: Array<[string, string, LifecycleEvent['details']?]>) {
  const facts = projectFacts({ title: 'Máy sấy nông sản (thử lưới ghi)' });
  let status: LifecycleStatus = initialStatus();
  // The creation is seq 1, the status it starts.
  await writer.recordProjectCreated(facts, status, { ...nextEvent(status, 'create', 'DRAFT'), seq: 1 });
  const writes: LifecycleWrite[] = [];
  for (const [action, toState, details] of actions) {
    const next = nextEvent(status, action, toState, details);
    status = applyEvent(status, next);
    writes.push({ facts, status, event: next });
  }
  return { facts, writes };
}

async function readModel(projectId: string) {
  const [row]: Array<{ state: string; last_seq: number; advances_vnd: string }> = await dataSource.query(
    'SELECT state, last_seq, advances_vnd FROM projects WHERE id = $1',
    [projectId],
  );
  const transitions: Array<{ seq: number }> = await dataSource.query(
    'SELECT seq FROM project_transitions WHERE project_id = $1 ORDER BY seq',
    [projectId],
  );
  const payments: Array<{ seq: number }> = await dataSource.query(
    'SELECT seq FROM disbursements WHERE project_id = $1 ORDER BY seq',
    [projectId],
  );
  return { ...row, transitions: transitions.map((t) => t.seq), payments: payments.map((p) => p.seq) };
}

const advance = (amountVnd: number): [string, string, LifecycleEvent['details']] => [
  'record_disbursement',
  'IN_PROGRESS',
  { kind: 'ADVANCE', amountVnd },
];
const TO_IN_PROGRESS: Array<[string, string, LifecycleEvent['details']?]> = [
  ['submit', 'SUBMITTED'],
  ['open_appraisal', 'BASE_APPRAISAL'],
  ['approve', 'APPROVED', { approvedSupportVnd: 100_000_000, decisionNo: '12/QĐ-SCT', decisionDate: '2026-11-02' }],
  ['sign_contract', 'CONTRACTED', { contractNo: '09/HĐ-KCĐP-2026', contractDate: '2026-11-05' }],
  ['start', 'IN_PROGRESS'],
];

/** Counts the statements and transactions the writer sends while `run` runs. */
async function countingStatements(run: () => Promise<void>): Promise<number> {
  const query = jest.spyOn(dataSource, 'query');
  const transaction = jest.spyOn(dataSource, 'transaction');
  try {
    await run();
    return query.mock.calls.length + transaction.mock.calls.length;
  } finally {
    query.mockRestore();
    transaction.mockRestore();
  }
}

it('reads once and writes nothing when every caller wrote its action', async () => {
  const { facts, writes } = await projectWithActions([...TO_IN_PROGRESS, advance(1_000), advance(2_000)]);
  for (const { status, event, stall } of writes) await writer.recordLifecycleEvent(facts, status, event, stall);
  const before = await readModel(facts.id);
  expect(await countingStatements(() => writer.recordLifecycleEvents(writes))).toBe(1);
  expect(await readModel(facts.id)).toEqual(before);
  expect(before).toMatchObject({ state: 'IN_PROGRESS', last_seq: 8, advances_vnd: '3000', payments: [7, 8] });
});

it('writes, in seq order, the actions whose caller died before writing them', async () => {
  const { facts, writes } = await projectWithActions([...TO_IN_PROGRESS, advance(1_000), advance(2_000)]);
  // The callers of the signing and of the second advance died between their answer and their write.
  const [, , , signing, , , second] = writes;
  for (const write of writes.filter((w) => w !== signing && w !== second))
    await writer.recordLifecycleEvent(write.facts, write.status, write.event, write.stall);
  expect((await readModel(facts.id)).transitions).toEqual([1, 2, 3, 4, 6, 7]);
  const written = jest.spyOn(writer, 'recordLifecycleEvent');
  try {
    await writer.recordLifecycleEvents(writes);
    // The two missing writes only, in seq order.
    expect(written.mock.calls.map(([, , event]) => event.seq)).toEqual([5, 8]);
  } finally {
    written.mockRestore();
  }
  expect(await readModel(facts.id)).toEqual({
    state: 'IN_PROGRESS',
    last_seq: 8,
    advances_vnd: '3000',
    transitions: [1, 2, 3, 4, 5, 6, 7, 8],
    payments: [7, 8],
  });
});

it('never lets an older action it writes move the project back past a newer one already written', async () => {
  const { facts, writes } = await projectWithActions([...TO_IN_PROGRESS, advance(1_000)]);
  const newest = writes[writes.length - 1];
  // Only the newest caller wrote: the row is at seq 7 before the net writes seqs 2 to 6.
  for (const write of writes.slice(0, 3)) await writer.recordLifecycleEvent(write.facts, write.status, write.event);
  await writer.recordLifecycleEvent(newest.facts, newest.status, newest.event);
  await writer.recordLifecycleEvents(writes);
  expect(await readModel(facts.id)).toEqual({
    state: 'IN_PROGRESS',
    last_seq: 7,
    advances_vnd: '1000',
    transitions: [1, 2, 3, 4, 5, 6, 7],
    payments: [7],
  });
});
