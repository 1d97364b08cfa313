import { Client } from '@temporalio/client';
import { DataSource } from 'typeorm';
import { Difference, ReadModelProject, compareProject, describeDifferences } from './read-model-diff';
import { findWorkflowsWithoutProject } from './orphan-workflows';
import { ReadModelPages } from './read-model-pages';
import { ReadModelRepair } from './read-model-repair';
import { queryWorkflowState } from './workflow-states';

export interface ReconcileOptions {
  repair: boolean;
  /** Projects read per page (keyset). */
  pageSize?: number;
  /** Workflows queried at once. */
  concurrency?: number;
  queryTimeoutMs?: number;
  /** A difference is confirmed by a second look after this pause: an activity may have been mid-write. */
  confirmAfterMs?: number;
  /** Only these projects (tests on a shared database); all when absent. */
  onlyProjectIds?: readonly string[];
  /** The task queue whose project workflows must each have a projects row; the scan is skipped when absent. */
  taskQueue?: string;
  log: (line: string) => void;
}

export interface ReconcileSummary {
  checked: number;
  differing: number;
  repaired: number;
  /** Differences still there at the end (not repaired, or not repairable: no workflow). */
  remaining: number;
  /** Projects whose workflow did not answer: nothing is known about them. */
  unchecked: number;
  /** Project workflows with no projects row (also counted in differing and remaining: not repairable here). */
  workflowsWithoutProject: number;
}

type Outcome = 'SAME' | 'DIFFERS' | 'REPAIRED' | 'UNCHECKED';

/** Compares every project's read model with its workflow's state, and with `repair` rewrites what differs. */
export async function reconcileProjects(
  dataSource: DataSource,
  client: Client,
  options: ReconcileOptions,
): Promise<ReconcileSummary> {
  const pages = new ReadModelPages(dataSource);
  const repairer = new ReadModelRepair(dataSource, client);
  const pageSize = options.pageSize ?? 200;
  const timeoutMs = options.queryTimeoutMs ?? 10000;
  const summary: ReconcileSummary = {
    checked: 0,
    differing: 0,
    repaired: 0,
    remaining: 0,
    unchecked: 0,
    workflowsWithoutProject: 0,
  };

  let queryTimeoutMs = timeoutMs;
  const differencesOf = async (project: ReadModelProject): Promise<Difference[] | 'NOT_FOUND' | Error> => {
    const answer = await queryWorkflowState(client, project.workflowId, queryTimeoutMs);
    if (answer.kind === 'NOT_FOUND') return 'NOT_FOUND';
    if (answer.kind === 'NO_ANSWER') return new Error(answer.error);
    return compareProject(project, answer.state);
  };

  const reconcileOne = async (first: ReadModelProject): Promise<Outcome> => {
    const seen = await differencesOf(first);
    if (seen instanceof Error) {
      options.log(`${first.code}: not checked, its workflow did not answer: ${seen.message}`);
      return 'UNCHECKED';
    }
    if (seen === 'NOT_FOUND') {
      options.log(`${first.code}: differs: no workflow ${first.workflowId} (not repairable from here)`);
      return 'DIFFERS';
    }
    if (seen.length === 0) return 'SAME';
    await pause(options.confirmAfterMs ?? 500);
    const project = (await pages.one(first.id)) ?? first;
    const answer = await queryWorkflowState(client, project.workflowId, queryTimeoutMs);
    if (answer.kind !== 'FOUND') return reconcileOne(project);
    const differences = compareProject(project, answer.state);
    if (differences.length === 0) return 'SAME';
    if (!options.repair) {
      options.log(`${project.code}: differs: ${describeDifferences(differences)}`);
      return 'DIFFERS';
    }
    await repairer.repair(project, answer.state, differences);
    const after = await pages.one(project.id);
    const left = after ? await differencesOf(after) : 'NOT_FOUND';
    if (Array.isArray(left) && left.length === 0) {
      options.log(`${project.code}: repaired: ${describeDifferences(differences)}`);
      return 'REPAIRED';
    }
    const why = Array.isArray(left) ? describeDifferences(left) : left === 'NOT_FOUND' ? 'row gone' : left.message;
    options.log(`${project.code}: still differs after repair: ${why}`);
    return 'DIFFERS';
  };

  const count = (outcome: Outcome) => {
    if (outcome === 'UNCHECKED') summary.unchecked += 1;
    if (outcome === 'DIFFERS' || outcome === 'REPAIRED') summary.differing += 1;
    if (outcome === 'REPAIRED') summary.repaired += 1;
    if (outcome === 'DIFFERS') summary.remaining += 1;
  };
  const unanswered: ReadModelProject[] = [];
  let after: string | null = null;
  for (;;) {
    const page = await pages.page(after, pageSize, options.onlyProjectIds);
    if (page.length === 0) break;
    const outcomes = await mapWithConcurrency(page, options.concurrency ?? 8, reconcileOne);
    outcomes.forEach((outcome, i) => {
      summary.checked += 1;
      if (outcome === 'UNCHECKED') unanswered.push(page[i]);
      else count(outcome);
    });
    after = page[page.length - 1].id;
  }
  // A workflow that did not answer under load (its worker busy, a server restarting) is asked again once the
  // rest is done, with a longer deadline each round; a round in which none answers ends it (no worker serves
  // them: asking again would only wait), and only those still silent count as unchecked.
  let waiting = unanswered;
  for (let round = 1; round <= UNANSWERED_RETRIES && waiting.length > 0; round++) {
    queryTimeoutMs = Math.round(timeoutMs * (1 + round / 2));
    await pause(options.confirmAfterMs ?? 500);
    const outcomes = await mapWithConcurrency(waiting, options.concurrency ?? 8, async (project) =>
      reconcileOne((await pages.one(project.id)) ?? project),
    );
    const stillSilent = waiting.filter((_, i) => outcomes[i] === 'UNCHECKED');
    outcomes.forEach((outcome, i) => {
      if (outcome === 'UNCHECKED') return;
      options.log(`${waiting[i].code}: answered when asked again`);
      count(outcome);
    });
    const answeredNone = stillSilent.length === waiting.length;
    waiting = stillSilent;
    if (answeredNone) break;
  }
  queryTimeoutMs = timeoutMs;
  for (let i = 0; i < waiting.length; i++) count('UNCHECKED');
  if (options.taskQueue && !options.onlyProjectIds) {
    const orphans = await findWorkflowsWithoutProject(
      dataSource,
      client,
      options.taskQueue,
      options.confirmAfterMs ?? 500,
    );
    for (const workflowId of orphans) {
      options.log(`${workflowId}: differs: a workflow with no projects row (not repairable from here)`);
    }
    summary.workflowsWithoutProject = orphans.length;
    summary.differing += orphans.length;
    summary.remaining += orphans.length;
  }
  return summary;
}

/** How many more times a workflow that did not answer is asked, each time with a longer deadline. */
const UNANSWERED_RETRIES = 2;

/** 0: the read model agrees (or was repaired); 1: differences remain; 2: some projects could not be checked. */
export function exitCodeOf(summary: ReconcileSummary): 0 | 1 | 2 {
  if (summary.unchecked > 0) return 2;
  return summary.remaining > 0 ? 1 : 0;
}

export function describeSummary(summary: ReconcileSummary): string {
  return (
    `${summary.checked} projects checked: ${summary.checked - (summary.differing - summary.workflowsWithoutProject) - summary.unchecked} agree, ` +
    `${summary.differing} differed, ${summary.repaired} repaired, ${summary.remaining} still differ, ` +
    `${summary.unchecked} not checked` +
    `; ${summary.workflowsWithoutProject} workflows without a projects row`
  );
}

async function mapWithConcurrency<T, R>(items: readonly T[], limit: number, run: (item: T) => Promise<R>) {
  const results = new Array<R>(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await run(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
