import { NativeConnection, Worker } from '@temporalio/worker';
import { DataSource } from 'typeorm';
import { ProjectEventWriter } from '@kc/persistence';
import { WorkerSizing, loadWorkerSizing } from '@kc/config';
import type { Mailer } from '@kc/notifications';
import { createProjectActivities } from './project-persistence.activities';
import { createDeadlineActivities } from './deadline.activities';
import { DeadlineNotifier } from './deadline-notifier';
import { createHandOffActivities } from './hand-off.activities';
import { HandOffNotifier } from './notices/hand-off-notifier';
import { createReviewActivities } from './nine-month-review.activities';
import { createPlanCalendarActivities } from './plan-calendar.activities';
import { createPeriodicReportActivities } from './periodic-report.activities';
import { locateWorkflowBundle } from './workflow-bundle';

export interface ProjectWorkerOptions {
  connection: NativeConnection;
  namespace: string;
  taskQueue: string;
  dataSource: DataSource;
  mailer: Mailer;
  /** Base URL for links in emails. */
  publicUrl: string;
  /** Defaults to the prebuilt bundle; tests may pass their own. */
  workflowBundlePath?: string;
  /** Cache size and reference-data TTL (default: WORKER_MAX_CACHED_WORKFLOWS etc., libs/config worker-sizing). */
  sizing?: WorkerSizing;
  /** How long a SIGTERM waits for in-flight activities before cancelling them (default 10). */
  shutdownGraceSeconds?: number;
}

/** The worker for project workflows and their persistence activities. Sizes are explicit for a 2-core box. */
export function createProjectWorker(options: ProjectWorkerOptions): Promise<Worker> {
  const sizing = options.sizing ?? loadWorkerSizing();
  return Worker.create({
    connection: options.connection,
    namespace: options.namespace,
    taskQueue: options.taskQueue,
    workflowBundle: { codePath: options.workflowBundlePath ?? locateWorkflowBundle() },
    activities: {
      ...createProjectActivities(new ProjectEventWriter(options.dataSource)),
      ...createDeadlineActivities(
        options.dataSource,
        new DeadlineNotifier(options.dataSource, options.mailer, options.publicUrl, sizing.referenceTtlSeconds),
      ),
      ...createReviewActivities(options.dataSource, options.mailer, options.publicUrl),
      ...createPlanCalendarActivities(options.dataSource, options.mailer, options.publicUrl),
      ...createPeriodicReportActivities(options.dataSource, options.mailer, options.publicUrl),
      ...createHandOffActivities(new HandOffNotifier(options.dataSource, options.mailer, options.publicUrl)),
    },
    // About 0.4 MiB a cached project: the cache, not the project count, bounds the worker's memory; a project
    // evicted from the cache is replayed from its history (under 1,000 events) when its timer fires.
    maxCachedWorkflows: sizing.maxCachedWorkflows,
    maxConcurrentActivityTaskExecutions: 20,
    maxConcurrentWorkflowTaskExecutions: 20,
    shutdownGraceTime: `${options.shutdownGraceSeconds ?? 10} seconds`,
  });
}
