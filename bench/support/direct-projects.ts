/**
 * Projects started straight through Temporal (no HTTP), for the figures that need thousands of them or a
 * project driven period by period: the same workflow, task queue and input the API would give it.
 */
import { randomUUID } from 'node:crypto';
import { Client } from '@temporalio/client';
import {
  Actor,
  DEFAULT_DEADLINE_POLICY,
  DEFAULT_WORKFLOW_OPTIONS,
  DeadlinePolicy,
  DeadlineState,
  LifecycleStatus,
  PROJECT_PATCH_BASELINE,
  PROJECT_WORKFLOW_TYPE,
  ProjectWorkflowInput,
  NonWorkingDays,
  SEARCH_ATTRIBUTES,
  initialStatus,
  localDayOf,
  mergeNonWorkingDays,
  workflowIdForProject,
} from '@kc/domain';
import { vietnamNonWorkingDays } from '@kc/calendar';

export const BENCH_OFFICER: Actor = {
  userId: '00000000-0000-4000-8000-00000000be01',
  email: 'officer.hn@demo.local',
  role: 'officer',
  provinceCode: 'HN',
};
export const BENCH_APPROVER: Actor = { ...BENCH_OFFICER, email: 'approver.hn@demo.local', role: 'approver' };

/** A project already under way (IN_PROGRESS after a signed contract and an advance), as if continued as new. */
export function inProgressStatus(): LifecycleStatus {
  return {
    ...initialStatus(),
    state: 'IN_PROGRESS',
    seq: 1,
    approvedSupportVnd: 300_000_000,
    advancesVnd: 100_000_000,
    contract: { contractNo: 'BENCH/HĐ', contractDate: '2026-11-01' },
  };
}

let calendarOfNow: { years: number[]; days: NonWorkingDays } | undefined;

/**
 * The non-working days a project under way carries from run to run (last year to next year), computed once:
 * a project started with them skips its calendar activity, as a continued-as-new run does.
 */
export function carriedCalendar(): { years: number[]; days: NonWorkingDays } {
  if (!calendarOfNow) {
    const year = Number(localDayOf(new Date().toISOString()).slice(0, 4));
    const years = [year - 1, year, year + 1];
    calendarOfNow = { years, days: mergeNonWorkingDays(...years.map((y) => vietnamNonWorkingDays(y))) };
  }
  return calendarOfNow;
}

export interface DirectProject {
  workflowId: string;
  input: ProjectWorkflowInput;
}

export function directProject(
  code: string,
  unitEmail: string,
  options: {
    status?: LifecycleStatus;
    policy?: DeadlinePolicy;
    deadlines?: DeadlineState;
    calendar?: ProjectWorkflowInput['calendar'];
  } = {},
): DirectProject {
  const input: ProjectWorkflowInput = {
    facts: {
      id: randomUUID(),
      code,
      scope: 'LOCAL',
      provinceCode: 'HN',
      category: 'MACHINERY',
      title: `Đề án thử tải ${code}`,
      implementingUnit: { name: 'Trung tâm Khuyến công Hà Nội', email: unitEmail },
      beneficiary: 'HTX thử tải',
      totalCostVnd: 1_000_000_000,
      requestedSupportVnd: 300_000_000,
      plannedStart: '2026-01-01',
      plannedEnd: '2031-12-31',
      createdByUserId: BENCH_OFFICER.userId,
    },
    status: options.status ?? initialStatus(),
    options: { ...DEFAULT_WORKFLOW_OPTIONS, deadlinePolicy: options.policy ?? DEFAULT_DEADLINE_POLICY },
    creationRecorded: false,
    generation: 0,
    creator: BENCH_OFFICER,
    patchBaseline: PROJECT_PATCH_BASELINE,
    deadlines: options.deadlines,
    calendar: options.calendar,
  };
  return { workflowId: workflowIdForProject(code), input };
}

/** Starts the project's workflow without waiting for anything (the workflow records its own creation). */
export async function startDirect(client: Client, taskQueue: string, project: DirectProject): Promise<void> {
  await client.workflow.start(PROJECT_WORKFLOW_TYPE, {
    workflowId: project.workflowId,
    taskQueue,
    args: [project.input],
    typedSearchAttributes: [
      { key: SEARCH_ATTRIBUTES.state, value: project.input.status.state },
      { key: SEARCH_ATTRIBUTES.province, value: project.input.facts.provinceCode },
      { key: SEARCH_ATTRIBUTES.scope, value: project.input.facts.scope },
    ],
  });
}

/** A policy of seconds for the figures that wait for deadlines. */
export function secondsPolicy(reporting: Partial<DeadlinePolicy['reporting']>): DeadlinePolicy {
  const never = { duration: 'P30D' };
  return {
    reporting: {
      ...DEFAULT_DEADLINE_POLICY.reporting,
      overdueRepeatEvery: never,
      escalateLevel1After: never,
      escalateLevel2After: never,
      ...reporting,
    },
    stall: { ...DEFAULT_DEADLINE_POLICY.stall, limits: {} },
  };
}
