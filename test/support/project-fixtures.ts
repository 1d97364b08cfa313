import { randomUUID } from 'node:crypto';
import { Actor, DEFAULT_WORKFLOW_OPTIONS, ProjectFacts, ProjectWorkflowInput, Scope, initialStatus } from '@kc/domain';

let serial = 0;

/** A unique project code per call, so tests never collide in the shared database. */
export function uniqueCode(scope: Scope = 'LOCAL', province = 'HN'): string {
  serial += 1;
  const prefix = scope === 'NATIONAL' ? 'KCQG' : 'KCĐP';
  return `${prefix}-2026-${province}-T${randomUUID().slice(0, 6)}${serial}`;
}

export const actors = {
  officerHN: { userId: randomUUID(), email: 'officer.hn@test.local', role: 'officer', provinceCode: 'HN' },
  approverHN: { userId: randomUUID(), email: 'approver.hn@test.local', role: 'approver', provinceCode: 'HN' },
  approverNational: {
    userId: randomUUID(),
    email: 'approver.national@test.local',
    role: 'approver',
    provinceCode: null,
  },
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
