import { NativeConnection, Worker } from '@temporalio/worker';
import { DataSource } from 'typeorm';
import { ProjectEventWriter } from '@kc/persistence';
import { createProjectActivities } from './project-persistence.activities';
import { locateWorkflowBundle } from './workflow-bundle';

export interface ProjectWorkerOptions {
  connection: NativeConnection;
  namespace: string;
  taskQueue: string;
  dataSource: DataSource;
  /** Defaults to the prebuilt bundle; tests may pass their own. */
  workflowBundlePath?: string;
}

/** The worker for project workflows and their persistence activities. Sizes are explicit for a 2-core box. */
export function createProjectWorker(options: ProjectWorkerOptions): Promise<Worker> {
  return Worker.create({
    connection: options.connection,
    namespace: options.namespace,
    taskQueue: options.taskQueue,
    workflowBundle: { codePath: options.workflowBundlePath ?? locateWorkflowBundle() },
    activities: createProjectActivities(new ProjectEventWriter(options.dataSource)),
    maxCachedWorkflows: 1000,
    maxConcurrentActivityTaskExecutions: 20,
    maxConcurrentWorkflowTaskExecutions: 20,
    shutdownGraceTime: '10 seconds',
  });
}
