import { DEFAULT_DEADLINE_POLICY, DeadlinePolicy } from '@kc/domain';

/**
 * A minutes-long policy for the demo: a report every 2 minutes, reminders 90 and 45 seconds before,
 * overdue notices every 10 minutes, escalations after 3 and 6 minutes. Applied by the seed to one project
 * so that a fresh `npm start` shows mail arriving in the local catcher within a minute.
 */
export const DEMO_POLICY: DeadlinePolicy = {
  reporting: {
    cadence: { kind: 'EVERY', every: 'PT2M' },
    remindBefore: [{ duration: 'PT90S' }, { duration: 'PT45S' }],
    overdueRepeatEvery: { duration: 'PT10M' },
    escalateLevel1After: { duration: 'PT3M' },
    escalateLevel1AfterMissedInARow: 2,
    escalateLevel2After: { duration: 'PT6M' },
  },
  stall: DEFAULT_DEADLINE_POLICY.stall,
};

/**
 * The default monthly reporting with waiting limits of seconds: a stall clock counts from when the state was
 * entered, which for seeded projects is the seed itself, so under the default limits (10 working days and up)
 * the stalled queue would stay empty for weeks after a start. Set on the projects the seed leaves waiting
 * (SUBMITTED, BASE_APPRAISAL, APPROVED), before they move, so their clocks run out within a minute and
 * escalate to level 1, then level 2.
 */
export const DEMO_STALL_POLICY: DeadlinePolicy = {
  reporting: DEFAULT_DEADLINE_POLICY.reporting,
  stall: {
    ...DEFAULT_DEADLINE_POLICY.stall,
    limits: {
      ...DEFAULT_DEADLINE_POLICY.stall.limits,
      SUBMITTED: { duration: 'PT20S' },
      BASE_APPRAISAL: { duration: 'PT20S' },
      APPROVED: { duration: 'PT20S' },
    },
    escalateLevel1After: { duration: 'PT20S' },
    escalateLevel2After: { duration: 'PT40S' },
  },
};
