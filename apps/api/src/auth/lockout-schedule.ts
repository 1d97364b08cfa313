import type { LockoutPolicy } from '@kc/config';

/**
 * How long an account waits after this many wrong passwords in a row: nothing for the first
 * `freeFailures - 1`, then `baseDelaySeconds`, doubling with every further failure, up to `maxDelaySeconds`.
 */
export function lockoutDelaySeconds(consecutiveFailures: number, policy: LockoutPolicy): number {
  if (consecutiveFailures < policy.freeFailures) return 0;
  const doublings = Math.min(consecutiveFailures - policy.freeFailures, 30);
  return Math.min(policy.maxDelaySeconds, policy.baseDelaySeconds * 2 ** doublings);
}
