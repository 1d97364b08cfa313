import { DEFAULT_DEADLINE_POLICY, DeadlinePolicy, validateDeadlinePolicy } from './deadline-policy';

/** A deep copy of the defaults with some fields overwritten, typed loosely as an admin's JSON would be. */
function brokenPolicy(change: (p: any) => void): DeadlinePolicy {
  const copy = JSON.parse(JSON.stringify(DEFAULT_DEADLINE_POLICY));
  change(copy);
  return copy as DeadlinePolicy;
}

describe('validateDeadlinePolicy', () => {
  it('finds nothing wrong with the default policy', () => {
    expect(validateDeadlinePolicy(DEFAULT_DEADLINE_POLICY)).toEqual([]);
  });

  it('accepts a seconds-long demo policy', () => {
    const demo: DeadlinePolicy = {
      ...DEFAULT_DEADLINE_POLICY,
      reporting: {
        cadence: { kind: 'EVERY', every: 'PT30S' },
        remindBefore: [{ duration: 'PT10S' }],
        overdueRepeatEvery: { duration: 'PT5S' },
        escalateLevel1After: { duration: 'PT12S' },
        escalateLevel1AfterMissedInARow: 2,
        escalateLevel2After: { duration: 'PT25S' },
      },
    };
    expect(validateDeadlinePolicy(demo)).toEqual([]);
  });

  it('lists every problem of a broken policy at once, each with its path', () => {
    const policy = brokenPolicy((p) => {
      p.reporting.cadence.dueDay = 32;
      p.reporting.remindBefore = [{ workingDays: 5 }, { duration: '1 day' }];
      p.reporting.overdueRepeatEvery = { workingDays: -5 };
      p.reporting.escalateLevel1After = {};
      p.reporting.escalateLevel1AfterMissedInARow = 0;
      p.reporting.escalateLevel2After = { days: 1.5 };
      p.stall.limits.SUBMITTED = { duration: 'P1M' };
      p.stall.escalateLevel1After = null;
      p.stall.escalateLevel2After = { workingDays: 20, days: 20 };
    });
    const problems = validateDeadlinePolicy(policy);
    expect(problems).toEqual([
      'reporting.cadence.dueDay must be a day of the month from 1 to 31',
      expect.stringMatching(/^reporting\.remindBefore\[1\] not an ISO 8601 duration: "1 day"/),
      'reporting.overdueRepeatEvery must be a whole number from 0 to 3660',
      'reporting.escalateLevel1After must have exactly one of workingDays, days, duration',
      'reporting.escalateLevel2After must be a whole number from 0 to 3660',
      'reporting.escalateLevel1AfterMissedInARow must be a whole number from 1',
      expect.stringMatching(/^stall\.limits\.SUBMITTED not an ISO 8601 duration: "P1M"/),
      'stall.escalateLevel1After must be {workingDays}, {days} or {duration}',
      'stall.escalateLevel2After must have exactly one of workingDays, days, duration',
    ]);
  });

  it('checks the cadence kind and the interval of an EVERY cadence', () => {
    expect(validateDeadlinePolicy(brokenPolicy((p) => (p.reporting.cadence = { kind: 'WEEKLY' })))).toEqual([
      'reporting.cadence.kind must be MONTHLY, QUARTERLY or EVERY',
    ]);
    expect(
      validateDeadlinePolicy(brokenPolicy((p) => (p.reporting.cadence = { kind: 'EVERY', every: 'P1M' }))),
    ).toEqual([expect.stringMatching(/^reporting\.cadence\.every not an ISO 8601 duration/)]);
    expect(
      validateDeadlinePolicy(brokenPolicy((p) => (p.reporting.cadence = { kind: 'QUARTERLY', dueDay: 0 }))),
    ).toEqual(['reporting.cadence.dueDay must be a day of the month from 1 to 31']);
  });

  it('refuses a remindBefore that is not a list', () => {
    expect(validateDeadlinePolicy(brokenPolicy((p) => (p.reporting.remindBefore = { workingDays: 5 })))).toEqual([
      'reporting.remindBefore must be a list',
    ]);
  });

  it('accepts PLANNED_END as a limit but refuses an unknown state', () => {
    expect(validateDeadlinePolicy(brokenPolicy((p) => (p.stall.limits.SUSPENDED = 'PLANNED_END')))).toEqual([]);
    expect(validateDeadlinePolicy(brokenPolicy((p) => (p.stall.limits.CONTRACTD = { days: 90 })))).toEqual([
      'stall.limits.CONTRACTD is not a project state',
    ]);
  });

  it('checks the settlement cut-off is a day of the year', () => {
    expect(validateDeadlinePolicy(brokenPolicy((p) => (p.stall.settlementCutoff = { month: 13, day: 22 })))).toEqual([
      'stall.settlementCutoff must be a day of the year, e.g. {"month":1,"day":22}',
    ]);
    expect(validateDeadlinePolicy(brokenPolicy((p) => (p.stall.settlementCutoff = { month: 2, day: 29 })))).toEqual([
      'stall.settlementCutoff must be a day of the year, e.g. {"month":1,"day":22}',
    ]);
    expect(validateDeadlinePolicy(brokenPolicy((p) => delete p.stall.settlementCutoff))).toEqual([
      'stall.settlementCutoff must be a day of the year, e.g. {"month":1,"day":22}',
    ]);
  });

  it('names every unknown field, at each level of the policy', () => {
    const policy = {
      ...DEFAULT_DEADLINE_POLICY,
      extra: 1,
      reporting: {
        ...DEFAULT_DEADLINE_POLICY.reporting,
        remindBefor: [],
        cadence: { kind: 'MONTHLY', dueDay: 25, every: 'PT1M' },
      },
      stall: { ...DEFAULT_DEADLINE_POLICY.stall, settlementCutoff: { month: 1, day: 22, year: 2027 } },
    } as unknown as DeadlinePolicy;
    expect(validateDeadlinePolicy(policy)).toEqual([
      'extra is not a known field',
      'reporting.remindBefor is not a known field',
      'reporting.cadence.every is not a known field',
      'stall.settlementCutoff.year is not a known field',
    ]);
  });

  it('survives a policy with whole sections missing', () => {
    const problems = validateDeadlinePolicy({} as DeadlinePolicy);
    expect(problems).toEqual(
      expect.arrayContaining([
        'reporting.cadence.kind must be MONTHLY, QUARTERLY or EVERY',
        'reporting.remindBefore must be a list',
        'stall.escalateLevel2After must be {workingDays}, {days} or {duration}',
      ]),
    );
  });
});
