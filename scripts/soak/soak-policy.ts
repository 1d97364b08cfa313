import { DEFAULT_DEADLINE_POLICY, DeadlinePolicy } from '@kc/domain';

/**
 * A compressed year: the default policy's shape with every span in seconds, scaled by `quarterSeconds` (the length
 * of one report period, read as a quarter: four periods make the year). Reminders, overdue notices, level 1 and 2
 * escalations and the waiting limits of the steps before the work starts all fall due within a run.
 */
export function compressedYearPolicy(quarterSeconds: number): DeadlinePolicy {
  const s = (fraction: number) => ({ duration: `PT${Math.max(1, Math.round(quarterSeconds * fraction))}S` });
  return {
    reporting: {
      cadence: { kind: 'EVERY', every: s(1).duration },
      remindBefore: [s(0.12)],
      // One repetition at most within a run: a missed period costs a bounded number of mails.
      overdueRepeatEvery: s(2),
      escalateLevel1After: s(0.15),
      escalateLevel1AfterMissedInARow: 2,
      escalateLevel2After: s(0.45),
    },
    stall: {
      ...DEFAULT_DEADLINE_POLICY.stall,
      limits: {
        SUBMITTED: s(0.25),
        BASE_APPRAISAL: s(0.3),
        APPROVED: s(0.35),
        CONTRACTED: s(0.5),
      },
      escalateLevel1After: s(0.15),
      escalateLevel2After: s(0.4),
    },
  };
}

/** The longest span after a waiting limit or a due moment that the soak expects a notice for. */
export function spanSeconds(span: { duration: string }): number {
  const match = /^PT(\d+)S$/.exec(span.duration);
  if (!match) throw new Error(`not a PTnS duration: ${span.duration}`);
  return Number(match[1]);
}
