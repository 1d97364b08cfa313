/**
 * A creation the API started (its input carries `createdAt`) is written in the workflow's first task by a local
 * activity (patch creation-written-in-task): one workflow task and no activity task, the project row, its event 1 at
 * the API's time and its time limit in the read model. A project started without `createdAt` (scripts, earlier
 * releases) keeps the scheduled write.
 */
import type { History } from '@temporalio/common/lib/proto-utils';
import { workflowIdForProject } from '@kc/domain';
import { startProjectWorkflow } from '../../apps/api/src/projects/project-workflow.client';
import { WorkerHarness, startWorkerHarness } from '../support/worker-harness';
import { uniqueTaskQueue } from '../support/test-env';
import { projectFacts, workflowInput } from '../support/project-fixtures';
import { eventually } from '../support/eventually';

let worker: WorkerHarness;

beforeAll(async () => {
  worker = await startWorkerHarness(uniqueTaskQueue('creation-in-task'));
});

afterAll(async () => {
  await worker?.stop();
});

/** What the first run's history holds once its first tasks are done. */
async function firstTasksOf(workflowId: string) {
  const events = await eventually(async () => {
    const history: History = await worker.client.workflow.getHandle(workflowId).fetchHistory();
    const all = history.events ?? [];
    // Settled: every workflow task and activity scheduled has completed.
    const count = (has: (e: (typeof all)[number]) => unknown) => all.filter(has).length;
    expect(count((e) => e.workflowTaskCompletedEventAttributes)).toBe(
      count((e) => e.workflowTaskScheduledEventAttributes),
    );
    expect(count((e) => e.activityTaskCompletedEventAttributes)).toBe(
      count((e) => e.activityTaskScheduledEventAttributes),
    );
    return all;
  });
  return {
    workflowTasks: events.filter((e) => e.workflowTaskCompletedEventAttributes).length,
    activities: events
      .map((e) => e.activityTaskScheduledEventAttributes?.activityType?.name)
      .filter((name): name is string => !!name),
  };
}

async function readModelRow(projectId: string) {
  return eventually(async () => {
    const rows: Array<{ state: string; created_at: Date; seqs: number[] }> = await worker.dataSource.query(
      `SELECT p.state, p.created_at,
                ARRAY(SELECT seq FROM project_transitions t WHERE t.project_id = p.id ORDER BY seq) AS seqs
         FROM projects p WHERE p.id = $1`,
      [projectId],
    );
    expect(rows).toHaveLength(1);
    return rows[0];
  });
}

it('writes a creation the API started in the first workflow task, with the API’s time', async () => {
  const facts = projectFacts();
  const createdAt = '2026-12-01T02:03:04.000Z';
  await startProjectWorkflow(worker.client, worker.taskQueue, { ...workflowInput(facts), createdAt });
  const row = await readModelRow(facts.id);
  expect(row.state).toBe('DRAFT');
  expect(row.created_at.toISOString()).toBe(createdAt);
  expect(row.seqs).toEqual([1]);
  const first = await firstTasksOf(workflowIdForProject(facts.code));
  expect(first.activities).toEqual([]);
  expect(first.workflowTasks).toBe(1);
});

it('keeps the scheduled write for a start without createdAt', async () => {
  const facts = projectFacts();
  await startProjectWorkflow(worker.client, worker.taskQueue, workflowInput(facts));
  const row = await readModelRow(facts.id);
  expect(row.seqs).toEqual([1]);
  const first = await firstTasksOf(workflowIdForProject(facts.code));
  expect(first.activities).toEqual(['recordProjectCreated']);
});
