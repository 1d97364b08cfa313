/**
 * The contract between the API, the worker and the project workflow: names, messages and activity types.
 * Workflows import only this file's types and definitions, never the worker's code.
 */
import { defineQuery, defineUpdate } from '@temporalio/workflow';
import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';
import type { ActionCommand, LifecycleEvent } from './transitions';
import type { LifecycleStatus, ProjectFacts, ProjectSnapshot } from './project';
import type { DisbursementPolicy } from './disbursements';
import type { Actor } from './roles';

export const DEFAULT_TASK_QUEUE = 'khuyencong-projects';
export const PROJECT_WORKFLOW_TYPE = 'projectLifecycleWorkflow';

export interface ProjectWorkflowOptions {
  /** Continue-as-new once the history reaches this many events (Temporal suggests it at about 4,096). */
  maxHistoryEvents: number;
  disbursementPolicy: DisbursementPolicy;
}

export const DEFAULT_WORKFLOW_OPTIONS: ProjectWorkflowOptions = {
  maxHistoryEvents: 2000,
  disbursementPolicy: { advanceCapPercent: 70 },
};

export interface ProjectWorkflowInput {
  facts: ProjectFacts;
  status: LifecycleStatus;
  options: ProjectWorkflowOptions;
  /** False on the first run: the creation is written to the read model before any action is taken. */
  creationRecorded: boolean;
  /** How many runs came before this one (continue-as-new count), for the operators. */
  generation: number;
  /** Who created the project: the actor of the creation event in the audit trail. */
  creator: Actor;
}

/** Performs a lifecycle action; the validator refuses illegal ones before anything is recorded. */
export const performActionUpdate = defineUpdate<ProjectSnapshot, [ActionCommand]>('performAction');
/** Answers once the creation is in the read model. */
export const awaitCreatedUpdate = defineUpdate<ProjectSnapshot, []>('awaitCreated');
export const snapshotQuery = defineQuery<ProjectSnapshot>('snapshot');

/** Activities the workflow calls; implemented by the worker, idempotent by (project, seq). */
export interface ProjectActivities {
  recordProjectCreated(facts: ProjectFacts, status: LifecycleStatus, event: LifecycleEvent): Promise<void>;
  recordLifecycleEvent(facts: ProjectFacts, status: LifecycleStatus, event: LifecycleEvent): Promise<void>;
}

export const SEARCH_ATTRIBUTES = {
  state: defineSearchAttributeKey('KcState', SearchAttributeType.KEYWORD),
  province: defineSearchAttributeKey('KcProvince', SearchAttributeType.KEYWORD),
  scope: defineSearchAttributeKey('KcScope', SearchAttributeType.KEYWORD),
};

/** For `temporal server start-dev --search-attribute` and the operator service. */
export const SEARCH_ATTRIBUTE_DECLARATIONS: ReadonlyArray<{ name: string; type: 'Keyword' }> = [
  { name: 'KcState', type: 'Keyword' },
  { name: 'KcProvince', type: 'Keyword' },
  { name: 'KcScope', type: 'Keyword' },
];
