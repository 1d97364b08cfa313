import { LoginLockout } from './login-lockout';

const policy = { freeFailures: 3, baseDelaySeconds: 10, maxDelaySeconds: 40 };

function lockoutAt(start = 0) {
  const clock = { now: start };
  return { clock, lockout: new LoginLockout(policy, () => clock.now) };
}

describe('LoginLockout', () => {
  it('locks an account after the third failure in a row, with a delay that grows at each further failure', () => {
    const { clock, lockout } = lockoutAt();
    expect([lockout.recordFailure('a@x'), lockout.recordFailure('a@x')]).toEqual([0, 0]);
    expect(lockout.secondsLocked('a@x')).toBe(0);
    expect(lockout.recordFailure('a@x')).toBe(10);
    expect(lockout.secondsLocked('a@x')).toBe(10);
    clock.now += 9_500;
    expect(lockout.secondsLocked('a@x')).toBe(1);
    clock.now += 500;
    expect(lockout.secondsLocked('a@x')).toBe(0);
    expect(lockout.recordFailure('a@x')).toBe(20);
    clock.now += 20_000;
    expect(lockout.recordFailure('a@x')).toBe(40);
    clock.now += 40_000;
    expect(lockout.recordFailure('a@x')).toBe(40);
  });

  it('keys on the account: another account is not affected', () => {
    const { lockout } = lockoutAt();
    for (let i = 0; i < 3; i += 1) lockout.recordFailure('a@x');
    expect(lockout.secondsLocked('a@x')).toBe(10);
    expect(lockout.secondsLocked('b@x')).toBe(0);
  });

  it('a successful login clears the streak, so good logins never add up to a lock', () => {
    const { lockout } = lockoutAt();
    lockout.recordFailure('a@x');
    lockout.recordFailure('a@x');
    lockout.recordSuccess('a@x');
    expect(lockout.recordFailure('a@x')).toBe(0);
    expect(lockout.recordFailure('a@x')).toBe(0);
  });

  it('forgets a streak a day after its last failure', () => {
    const { clock, lockout } = lockoutAt();
    lockout.recordFailure('a@x');
    lockout.recordFailure('a@x');
    clock.now += 24 * 3600 * 1000 + 1;
    expect(lockout.recordFailure('a@x')).toBe(0);
  });
});
