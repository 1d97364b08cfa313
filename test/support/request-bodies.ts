import { DEFAULT_DEADLINE_POLICY, DeadlinePolicy, localDayOf } from '@kc/domain';

/** The body of POST /api/projects for a Hà Nội machinery project; a test overrides only what it is about. */
export function newProjectRequest(title: string, overrides: Record<string, unknown> = {}) {
  return {
    scope: 'LOCAL',
    provinceCode: 'HN',
    category: 'MACHINERY',
    title,
    implementingUnit: { name: 'Trung tâm Khuyến công Hà Nội', email: 'unit.hn@demo.local' },
    beneficiary: 'HTX Chè Tân Cương',
    totalCostVnd: 450000000,
    requestedSupportVnd: 135000000,
    plannedStart: '2026-03-01',
    plannedEnd: '2027-11-30',
    ...overrides,
  };
}

/** Reports every 10 minutes, nothing else due during a test: P0001 is open right after the contract. */
export const TEN_MINUTE_REPORT_POLICY: DeadlinePolicy = {
  reporting: {
    cadence: { kind: 'EVERY', every: 'PT10M' },
    remindBefore: [],
    overdueRepeatEvery: { duration: 'PT10M' },
    escalateLevel1After: { duration: 'PT10M' },
    escalateLevel1AfterMissedInARow: 2,
    escalateLevel2After: { duration: 'PT20M' },
  },
  stall: { ...DEFAULT_DEADLINE_POLICY.stall, limits: {} },
};

/**
 * What an approval names since the decision-paper rule: the decision's number and day, and the approved support
 * (at most the requested support; 135 M is what newProjectRequest requests).
 */
export function approvalDecision(approvedSupportVnd = 135000000) {
  return { decisionNo: '125/QĐ-SCT', decisionDate: '2026-11-01', approvedSupportVnd };
}

/**
 * Today in Vietnam (YYYY-MM-DD): the contract date of fixtures that do not test the past. A contract dated months
 * ago owes every report due since at once, and their notices would crowd the other suites' mailboxes and inboxes.
 */
export function todayInVietnam(): string {
  return localDayOf(new Date().toISOString());
}

/**
 * The Department's certification of a progress report above 70% done: since the money rules (issue 15) a machinery
 * project's first advance waits for it (TT 36 Art. 12).
 */
export function certifiedProgress(progressPercent = 75) {
  return { action: 'certify_progress', progressPercent, reportDate: todayInVietnam() };
}

/**
 * Planned from today to the end of next year: a project started on it owes no report yet, so a suite that walks it
 * adds nothing to the late-reports queue the other suites read (a start months back owes every report since at once).
 */
export function startingToday() {
  const today = todayInVietnam();
  return { plannedStart: today, plannedEnd: `${Number(today.slice(0, 4)) + 1}-11-30` };
}
