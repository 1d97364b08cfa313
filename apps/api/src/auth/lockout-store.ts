import type { LockoutPolicy } from '@kc/config';
import { LoginFailureStreaks } from '@kc/persistence';
import { lockoutDelaySeconds } from './lockout-schedule';
import { LoginLockout, STREAK_MEMORY_MS } from './login-lockout';

/** The login lockout's streaks: in this process (LoginLockout) or shared by every replica (PostgreSQL). */
export interface LockoutStore {
  secondsLocked(account: string): Promise<number>;
  /** Records a wrong password; resolves to the seconds the account is now locked for (0: not locked). */
  recordFailure(account: string): Promise<number>;
  recordSuccess(account: string): Promise<void>;
}

export function memoryLockoutStore(policy: LockoutPolicy): LockoutStore {
  const lockout = new LoginLockout(policy);
  return {
    secondsLocked: async (account) => lockout.secondsLocked(account),
    recordFailure: async (account) => lockout.recordFailure(account),
    recordSuccess: async (account) => lockout.recordSuccess(account),
  };
}

export function postgresLockoutStore(policy: LockoutPolicy, streaks: LoginFailureStreaks): LockoutStore {
  const memorySeconds = Math.max(STREAK_MEMORY_MS / 1000, 2 * policy.maxDelaySeconds);
  return {
    secondsLocked: (account) => streaks.secondsLocked(account, memorySeconds),
    async recordFailure(account) {
      const delaySeconds = lockoutDelaySeconds(await streaks.addFailure(account, memorySeconds), policy);
      if (delaySeconds > 0) await streaks.lockFor(account, delaySeconds);
      return delaySeconds;
    },
    recordSuccess: (account) => streaks.clear(account),
  };
}
