import type { LockoutPolicy } from '@kc/config';
import { lockoutDelaySeconds } from './lockout-schedule';

interface FailureStreak {
  failures: number;
  lastFailureAt: number;
  lockedUntil: number;
}

/** A streak of failures older than this is forgotten: a typo a day does not lock anyone out for good. */
export const STREAK_MEMORY_MS = 24 * 3600 * 1000;
/** Bounds the memory an attacker can fill with made-up emails; the oldest streaks go first. */
const MAX_TRACKED_ACCOUNTS = 10_000;

/**
 * Wrong-password streaks per account (the lower-case email), in this API process's memory. Only failures
 * count and a successful login clears the streak, so repeated good logins are never locked out.
 */
export class LoginLockout {
  private readonly streaks = new Map<string, FailureStreak>();

  constructor(
    private readonly policy: LockoutPolicy,
    private readonly now: () => number = Date.now,
  ) {}

  /** Seconds the account must still wait before its password is checked again (0: go ahead). */
  secondsLocked(account: string): number {
    const streak = this.current(account);
    if (!streak) return 0;
    return Math.max(0, Math.ceil((streak.lockedUntil - this.now()) / 1000));
  }

  /** Records a wrong password; returns the seconds the account is now locked for (0: not locked). */
  recordFailure(account: string): number {
    const now = this.now();
    const failures = (this.current(account)?.failures ?? 0) + 1;
    const delaySeconds = lockoutDelaySeconds(failures, this.policy);
    this.streaks.delete(account); // re-inserted last: the Map's order is the eviction order
    this.streaks.set(account, { failures, lastFailureAt: now, lockedUntil: now + delaySeconds * 1000 });
    if (this.streaks.size > MAX_TRACKED_ACCOUNTS) this.streaks.delete(this.streaks.keys().next().value!);
    return delaySeconds;
  }

  recordSuccess(account: string): void {
    this.streaks.delete(account);
  }

  private current(account: string): FailureStreak | undefined {
    const streak = this.streaks.get(account);
    const memoryMs = Math.max(STREAK_MEMORY_MS, 2 * this.policy.maxDelaySeconds * 1000);
    if (streak && this.now() - streak.lastFailureAt > memoryMs) {
      this.streaks.delete(account);
      return undefined;
    }
    return streak;
  }
}
