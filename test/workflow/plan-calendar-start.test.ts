/**
 * The worker's start (apps/worker/src/main.ts) starts the national and the local plan calendars of the current and
 * the next plan year, once: a second start leaves the running ones alone. The local calendar covers every province
 * (no province list in its input). A plan year far ahead keeps these ids apart from any other test's; the task
 * queue has no worker, so the calendars only wait, and they are terminated at the end.
 */
import { Client, Connection } from '@temporalio/client';
import { planCalendarWorkflowId } from '@kc/domain';
import { ensureLocalPlanCalendars, ensurePlanCalendars } from '../../apps/worker/src/plan-calendar-start';
import { testEnv, uniqueTaskQueue } from '../support/test-env';

const NOW = new Date('2950-06-01T03:00:00Z');
let connection: Connection;
let client: Client;
const started: string[] = [];

beforeAll(async () => {
  connection = await Connection.connect({ address: testEnv().temporalAddress });
  client = new Client({ connection, namespace: testEnv().namespace });
});

afterAll(async () => {
  for (const id of started) await client.workflow.getHandle(id).terminate('plan-calendar-start.test done');
  await connection?.close();
});

it('starts the national and local calendars of this and next plan year once, the local one for every province', async () => {
  const taskQueue = uniqueTaskQueue('calendar-start');
  const first = [
    ...(await ensurePlanCalendars(client, taskQueue, NOW)),
    ...(await ensureLocalPlanCalendars(client, taskQueue, NOW)),
  ];
  started.push(...first);
  expect(first).toEqual([
    planCalendarWorkflowId(2950, 'NATIONAL'),
    planCalendarWorkflowId(2951, 'NATIONAL'),
    planCalendarWorkflowId(2950, 'LOCAL'),
    planCalendarWorkflowId(2951, 'LOCAL'),
  ]);
  // A second worker start: the calendars run already, nothing new.
  expect(await ensureLocalPlanCalendars(client, taskQueue, NOW)).toEqual([]);
  expect(await ensurePlanCalendars(client, taskQueue, NOW)).toEqual([]);

  const local = await client.workflow.getHandle(planCalendarWorkflowId(2950, 'LOCAL')).describe();
  expect(local.status.name).toBe('RUNNING');
  const history = await client.workflow.getHandle(planCalendarWorkflowId(2950, 'LOCAL')).fetchHistory();
  const input = history.events?.[0].workflowExecutionStartedEventAttributes?.input?.payloads?.[0]?.data;
  expect(JSON.parse(Buffer.from(input!).toString('utf8'))).toEqual({ year: 2950, level: 'LOCAL' });
});
