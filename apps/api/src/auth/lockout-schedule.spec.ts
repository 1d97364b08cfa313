import { lockoutDelaySeconds } from './lockout-schedule';

const policy = { freeFailures: 5, baseDelaySeconds: 30, maxDelaySeconds: 900 };

describe('lockoutDelaySeconds', () => {
  it('waits nothing for the first four failures, then 30 s, doubling up to 15 minutes', () => {
    const schedule = Array.from({ length: 12 }, (_, i) => lockoutDelaySeconds(i + 1, policy));
    expect(schedule).toEqual([0, 0, 0, 0, 30, 60, 120, 240, 480, 900, 900, 900]);
  });

  it('never grows past the maximum, however many failures (no overflow)', () => {
    expect(lockoutDelaySeconds(10_000, policy)).toBe(900);
    expect(lockoutDelaySeconds(Number.MAX_SAFE_INTEGER, policy)).toBe(900);
  });

  it('locks from the first failure when freeFailures is 1', () => {
    expect(lockoutDelaySeconds(1, { freeFailures: 1, baseDelaySeconds: 2, maxDelaySeconds: 8 })).toBe(2);
    expect(lockoutDelaySeconds(0, { freeFailures: 1, baseDelaySeconds: 2, maxDelaySeconds: 8 })).toBe(0);
  });

  it('is never shorter after one more failure (monotonic)', () => {
    for (let failures = 0; failures < 40; failures += 1) {
      expect(lockoutDelaySeconds(failures + 1, policy)).toBeGreaterThanOrEqual(lockoutDelaySeconds(failures, policy));
    }
  });
});
