import { randomUUID } from 'node:crypto';
import {
  Actor,
  DEFAULT_WORKFLOW_OPTIONS,
  LifecycleEvent,
  LifecycleStatus,
  ProjectFacts,
  ProjectWorkflowInput,
  Scope,
  initialStatus,
} from '@kc/domain';

let serial = 0;

/** A unique project code per call, so tests never collide in the shared database. */
export function uniqueCode(scope: Scope = 'LOCAL', province = 'HN'): string {
  serial += 1;
  const prefix = scope === 'NATIONAL' ? 'KCQG' : 'KCĐP';
  return `${prefix}-2026-${province}-T${randomUUID().slice(0, 6)}${serial}`;
}

/** The Cục leader: the national approver (role approver at the national level), who enters the Minister's decisions. */
const cucLeader: Actor = {
  userId: randomUUID(),
  email: 'approver.national@test.local',
  role: 'approver',
  provinceCode: null,
};

/**
 * One of each party the law names (DOMAIN.md §3): the Hà Nội Department's officer (chuyên viên Sở) and leader
 * (lãnh đạo Sở), its UBND tỉnh leader and implementing unit; the Cục's officer and leader; the Minister.
 */
export const actors = {
  officerHN: { userId: randomUUID(), email: 'officer.hn@test.local', role: 'officer', provinceCode: 'HN' },
  approverHN: { userId: randomUUID(), email: 'approver.hn@test.local', role: 'approver', provinceCode: 'HN' },
  ubndHN: { userId: randomUUID(), email: 'ubnd.hn@test.local', role: 'ubnd_leader', provinceCode: 'HN' },
  cucOfficer: { userId: randomUUID(), email: 'officer.cuc@test.local', role: 'cuc_officer', provinceCode: null },
  cucLeader,
  /** The same person as cucLeader: the name the first releases' tests gave the national approver. */
  approverNational: cucLeader,
  minister: { userId: randomUUID(), email: 'minister@test.local', role: 'minister', provinceCode: null },
  unitHN: { userId: randomUUID(), email: 'unit.hn@test.local', role: 'implementer', provinceCode: 'HN' },
  officerBN: { userId: randomUUID(), email: 'officer.bn@test.local', role: 'officer', provinceCode: 'BN' },
} satisfies Record<string, Actor>;

export function projectFacts(overrides: Partial<ProjectFacts> = {}): ProjectFacts {
  const scope = overrides.scope ?? 'LOCAL';
  return {
    id: randomUUID(),
    code: uniqueCode(scope, overrides.provinceCode ?? 'HN'),
    scope,
    provinceCode: 'HN',
    category: 'MACHINERY',
    title: 'Hỗ trợ máy sấy nông sản',
    implementingUnit: { name: 'Trung tâm Khuyến công Hà Nội', email: actors.unitHN.email },
    beneficiary: 'HTX Chè Tân Cương',
    totalCostVnd: 450_000_000,
    requestedSupportVnd: 135_000_000,
    plannedStart: '2026-03-01',
    plannedEnd: '2026-11-30',
    createdByUserId: actors.officerHN.userId,
    ...overrides,
  };
}

export function workflowInput(
  facts: ProjectFacts,
  maxHistoryEvents = DEFAULT_WORKFLOW_OPTIONS.maxHistoryEvents,
): ProjectWorkflowInput {
  return {
    facts,
    status: initialStatus(),
    options: { ...DEFAULT_WORKFLOW_OPTIONS, maxHistoryEvents },
    creationRecorded: false,
    generation: 0,
    creator: actors.officerHN,
  };
}

/**
 * The event after `status` (the next seq), by the Hà Nội officer unless another actor is given, a minute after the one
 * before it on 1 December 2026: for tests that write a project's history straight into the read model.
 */
export function nextEvent(
  status: LifecycleStatus,
  action: string,
  toState: string,
  details: LifecycleEvent['details'] = {},
  actor: Actor = actors.officerHN,
): LifecycleEvent {
  return {
    seq: status.seq + 1,
    action: action as LifecycleEvent['action'],
    fromState: status.state,
    toState: toState as LifecycleEvent['toState'],
    actor,
    reason: null,
    details,
    occurredAt: new Date(Date.UTC(2026, 11, 1, 2, status.seq + 1)).toISOString(),
  };
}
