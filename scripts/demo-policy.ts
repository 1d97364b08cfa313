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
