import { vietnamNonWorkingDays } from '@kc/calendar';
import { WorkingCalendar, mergeNonWorkingDays } from '../calendar';
import { LifecycleStatus, ProjectFacts, initialStatus } from '../project';
import { DEFAULT_DEADLINE_POLICY, DeadlinePolicy } from './deadline-policy';
import {
  DeadlineState,
  afterLifecycleChange,
  initialDeadlineState,
  markNoticeSent,
  nextDueNotice,
  openPeriods,
} from './deadline-state';
import { ORIGINAL_DEADLINE_RULES, reportingStartDay, reportingStartOnContract } from './reporting-start';

/** Real Vietnamese non-working days: 25/10/2026 is a Sunday, so October's report is due Monday 26/10. */
const cal = new WorkingCalendar(mergeNonWorkingDays(vietnamNonWorkingDays(2026), vietnamNonWorkingDays(2027)));
const NEW_RULES = { firstPeriodFromPlannedStart: true };

/** Wednesday 2/12/2026, 10:00 local: the day the officer records the contract in the system. */
const RECORDED_AT = '2026-12-02T03:00:00.000Z';

function facts(plannedStart: string): ProjectFacts {
  return {
    id: 'p-1',
    code: 'KCDP-2026-HN-0001',
    scope: 'LOCAL',
    provinceCode: 'HN',
    category: 'MACHINERY',
    title: 'Hỗ trợ máy sấy nông sản',
    implementingUnit: { name: 'Trung tâm Khuyến công Hà Nội', email: 'unit.hn@demo.local' },
    beneficiary: 'HTX nông nghiệp Đông Anh',
    totalCostVnd: 480_000_000,
    requestedSupportVnd: 144_000_000,
    plannedStart,
    plannedEnd: '2027-10-31',
    createdByUserId: 'u-1',
  };
}

const approved: LifecycleStatus = { ...initialStatus(), state: 'APPROVED', seq: 4, approvedSupportVnd: 144_000_000 };
const contracted = (contractDate: string): LifecycleStatus => ({
  ...approved,
  state: 'CONTRACTED',
  seq: 5,
  contract: { contractNo: '12/HĐ-KC-2026', contractDate },
});

/** The deadline state right after the contract is recorded at RECORDED_AT, periods opened as the workflow does. */
function signed(
  plannedStart: string,
  contractDate: string,
  rules = NEW_RULES,
  policy: DeadlinePolicy = DEFAULT_DEADLINE_POLICY,
): DeadlineState {
  const status = contracted(contractDate);
  const ds = afterLifecycleChange(
    initialDeadlineState(policy),
    facts(plannedStart),
    approved,
    status,
    RECORDED_AT,
    cal,
    rules,
  );
  return openPeriods(ds, status, Date.parse(RECORDED_AT), cal).state;
}

const owed = (ds: DeadlineState) => ds.reporting.periods.map((p) => [p.key, p.dueDay, p.overdueSent]);

describe('reportingStartDay: the later of the contract date and the planned start', () => {
  it('is the contract date when the work was planned to start before it', () => {
    expect(reportingStartDay(facts('2026-09-01'), contracted('2026-09-10'))).toBe('2026-09-10');
  });

  it('is the planned start when the contract was signed ahead of it', () => {
    expect(reportingStartDay(facts('2027-03-01'), contracted('2026-12-02'))).toBe('2027-03-01');
  });

  it('is unknown before a contract', () => {
    expect(reportingStartDay(facts('2027-03-01'), approved)).toBeNull();
  });
});

describe('the first report period (rule first-period-from-planned-start)', () => {
  it('waits for a planned start still to come: a contract signed today for March owes March first', () => {
    const ds = signed('2027-03-01', '2026-12-02');
    expect(ds.reporting.anchor).toBe('2027-02-28T17:00:00.000Z'); // 00:00 local on 1/3/2027
    expect(owed(ds)).toEqual([['2027-03', '2027-03-25', 0]]);
  });

  it('owes the reports due since a contract signed months ago, each already overdue', () => {
    const ds = signed('2026-09-01', '2026-09-10');
    expect(owed(ds)).toEqual([
      ['2026-09', '2026-09-25', 9], // 9 repetitions of 5 working days have passed: only the 10th goes out
      ['2026-10', '2026-10-26', 5], // 25/10 is a Sunday: due Monday 26/10
      ['2026-11', '2026-11-25', 0],
      ['2026-12', '2026-12-25', 0], // not yet due
    ]);
    expect(ds.reporting.backfilledUntil).toBe(RECORDED_AT);
  });

  it('sends one overdue notice per missed period, then both escalation levels where their time has passed', () => {
    let ds = signed('2026-09-01', '2026-09-10');
    const status = contracted('2026-09-10');
    const now = Date.parse(RECORDED_AT);
    const sent: string[] = [];
    for (let notice = nextDueNotice(ds, status, now, cal); notice && notice.at <= now;) {
      sent.push(notice.source === 'REPORT' ? `${notice.periodKey} ${notice.kind} ${notice.repetition}` : notice.kind);
      ds = markNoticeSent(ds, notice);
      notice = nextDueNotice(ds, status, now, cal);
    }
    expect(sent.sort()).toEqual([
      '2026-09 ESCALATION_1 1',
      '2026-09 ESCALATION_2 1', // 20 working days after 25/9 had passed by 2/12
      '2026-09 OVERDUE 10',
      '2026-10 ESCALATION_1 1', // two missed in a row: at once
      '2026-10 ESCALATION_2 1',
      '2026-10 OVERDUE 6',
      '2026-11 ESCALATION_1 1',
      '2026-11 OVERDUE 1',
    ]);
  });

  it('starts with the month of signing when the contract is recorded on its day', () => {
    expect(owed(signed('2026-11-01', '2026-12-02'))).toEqual([['2026-12', '2026-12-25', 0]]);
  });

  it('keeps a fixed interval (a demo policy) counting from the recording, not from a past day', () => {
    const every: DeadlinePolicy = {
      ...DEFAULT_DEADLINE_POLICY,
      reporting: { ...DEFAULT_DEADLINE_POLICY.reporting, cadence: { kind: 'EVERY', every: 'PT2M' } },
    };
    const start = reportingStartOnContract(
      facts('2026-04-01'),
      contracted('2026-04-01'),
      every.reporting.cadence,
      RECORDED_AT,
    );
    expect(start).toEqual({ anchor: RECORDED_AT, activeSince: RECORDED_AT, backfilledUntil: null });
    expect(owed(signed('2026-04-01', '2026-04-01', NEW_RULES, every))).toEqual([['P0001', '2026-12-02', 0]]);
  });

  it('waits for a future planned start with a fixed interval too', () => {
    const start = reportingStartOnContract(
      facts('2027-01-04'),
      contracted('2026-12-02'),
      { kind: 'EVERY', every: 'PT2M' },
      RECORDED_AT,
    );
    expect(start.anchor).toBe('2027-01-03T17:00:00.000Z');
  });

  it('is not applied to histories recorded before the rule: reporting starts at the signing, nothing is owed before', () => {
    const ds = signed('2026-09-01', '2026-09-10', ORIGINAL_DEADLINE_RULES);
    expect(ds.reporting.anchor).toBe(RECORDED_AT);
    expect(ds.reporting.backfilledUntil).toBeUndefined();
    expect(owed(ds)).toEqual([['2026-12', '2026-12-25', 0]]);
  });

  it('does not move the start again when reporting resumes after a suspension', () => {
    const ds = signed('2026-09-01', '2026-09-10');
    const suspended: LifecycleStatus = { ...contracted('2026-09-10'), state: 'SUSPENDED', seq: 6 };
    const resumed: LifecycleStatus = { ...suspended, state: 'IN_PROGRESS', seq: 7 };
    const later = '2026-12-10T03:00:00.000Z';
    const after = afterLifecycleChange(ds, facts('2026-09-01'), suspended, resumed, later, cal, NEW_RULES);
    expect(after.reporting.anchor).toBe(ds.reporting.anchor);
    expect(after.reporting.activeSince).toBe(later);
  });
});
