/**
 * A project started as the API starts it (patch baseline 1, its search attributes and its working-day calendar in
 * the start request) runs every patch of the baseline without a marker: its first task writes the creation with one
 * local activity and nothing else, an action that keeps the state upserts no search attribute, and one that changes
 * it upserts the state. A project started without a baseline still records its patch markers, as it always did.
 */
import type { History } from '@temporalio/common/lib/proto-utils';
import {
  ActionCommand,
  NonWorkingDays,
  PROJECT_PATCH_BASELINE,
  ProjectWorkflowInput,
  SEARCH_ATTRIBUTES,
  calendarYearsAround,
  workflowIdForProject,
} from '@kc/domain';
import { nonWorkingDaysOfYears } from '@kc/calendar';
import {
  performProjectAction,
  startProjectWorkflowAccepted,
} from '../../apps/api/src/projects/project-workflow.client';
import { WorkerHarness, startWorkerHarness } from '../support/worker-harness';
import { uniqueTaskQueue } from '../support/test-env';
import { actors, projectFacts, workflowInput } from '../support/project-fixtures';
import { eventually } from '../support/eventually';

let worker: WorkerHarness;

beforeAll(async () => {
  worker = await startWorkerHarness(uniqueTaskQueue('patch-baseline'));
});

afterAll(async () => {
  await worker?.stop();
});

/** The history's events by kind (patch markers and local activity markers told apart), once it holds `until`. */
async function eventKinds(workflowId: string, until: (kinds: string[]) => boolean): Promise<string[]> {
  return eventually(async () => {
    const history: History = await worker.client.workflow.getHandle(workflowId).fetchHistory();
    const kinds = (history.events ?? []).map((e) => {
      const marker = e.markerRecordedEventAttributes?.markerName;
      if (marker) return marker === 'core_patch' ? 'PatchMarker' : 'LocalActivity';
      if (e.upsertWorkflowSearchAttributesEventAttributes) return 'Upsert';
      if (e.activityTaskScheduledEventAttributes)
        return `Activity:${e.activityTaskScheduledEventAttributes.activityType?.name}`;
      if (e.workflowExecutionUpdateCompletedEventAttributes) return 'UpdateCompleted';
      return '';
    });
    const named = kinds.filter(Boolean);
    expect(until(named)).toBe(true);
    return named;
  });
}

async function start(input: ProjectWorkflowInput): Promise<string> {
  await startProjectWorkflowAccepted(worker.client, worker.taskQueue, input);
  return workflowIdForProject(input.facts.code);
}

const asTheApiDoes = (): ProjectWorkflowInput => {
  const createdAt = new Date().toISOString();
  const years = calendarYearsAround(createdAt);
  const days: NonWorkingDays = nonWorkingDaysOfYears(years, new Map());
  return {
    ...workflowInput(projectFacts()),
    createdAt,
    calendar: { years, days },
    patchBaseline: PROJECT_PATCH_BASELINE,
  };
};

const action = (command: Omit<ActionCommand, 'actor'>, actor = actors.officerHN): ActionCommand =>
  ({ ...command, actor, answerBeforeWrite: true }) as ActionCommand;

it('a creation on the baseline is one local activity (its write): no patch marker, no upsert, no calendar read', async () => {
  const input = asTheApiDoes();
  const workflowId = await start(input);
  const kinds = await eventKinds(workflowId, (k) => k.includes('LocalActivity'));
  expect(kinds).toEqual(['LocalActivity']);
  const [row]: Array<{ state: string }> = await worker.dataSource.query('SELECT state FROM projects WHERE id = $1', [
    input.facts.id,
  ]);
  expect(row.state).toBe('DRAFT');
});

it('an action on the baseline upserts the state only when it changes, and records no patch marker', async () => {
  const input = asTheApiDoes();
  const workflowId = await start(input);
  await performProjectAction(worker.client, workflowId, action({ action: 'submit' }));
  const afterSubmit = await eventKinds(workflowId, (k) => k.includes('UpdateCompleted'));
  expect(afterSubmit.filter((k) => k === 'Upsert')).toHaveLength(1);
  expect(afterSubmit).not.toContain('PatchMarker');
  const { typedSearchAttributes } = await worker.client.workflow.getHandle(workflowId).describe();
  expect(typedSearchAttributes.get(SEARCH_ATTRIBUTES.state)).toBe('SUBMITTED');
  expect(typedSearchAttributes.get(SEARCH_ATTRIBUTES.province)).toBe(input.facts.provinceCode);
});

it('a project started without a baseline asks patched() as before: its markers are in its history', async () => {
  const input: ProjectWorkflowInput = { ...workflowInput(projectFacts()), createdAt: new Date().toISOString() };
  const workflowId = await start(input);
  await performProjectAction(worker.client, workflowId, action({ action: 'submit' }));
  const kinds = await eventKinds(workflowId, (k) => k.includes('UpdateCompleted'));
  expect(kinds.filter((k) => k === 'PatchMarker').length).toBeGreaterThanOrEqual(3);
});

it('a worker older than the baseline a project was started with fails its workflow task instead of running it by other rules', async () => {
  const input: ProjectWorkflowInput = { ...asTheApiDoes(), patchBaseline: 99 };
  const workflowId = await start(input);
  const handle = worker.client.workflow.getHandle(workflowId);
  const failure = await eventually(async () => {
    const history: History = await handle.fetchHistory();
    const failed = (history.events ?? []).find((e) => e.workflowTaskFailedEventAttributes);
    expect(failed).toBeDefined();
    return failed!.workflowTaskFailedEventAttributes!.failure?.message ?? '';
  });
  expect(failure).toMatch(/unknown patch baseline 99/);
  // Nothing was written: the task is retried until a worker that knows the baseline takes it.
  const rows: unknown[] = await worker.dataSource.query('SELECT 1 FROM projects WHERE id = $1', [input.facts.id]);
  expect(rows).toHaveLength(0);
  await handle.terminate('test: unknown patch baseline');
});
