import { percentOfPlan } from './percent';

describe('percentOfPlan (integer arithmetic, one decimal, half up)', () => {
  test('the Northern region 2022: 130.4 billion of 142,202,835,333 is 91.7%', () => {
    expect(percentOfPlan(130_400_000_000n, 142_202_835_333n)).toBe(91.7);
  });

  test.each([
    [9165n, 10000n, 91.7], // 91.65 rounds up
    [91649n, 100000n, 91.6], // 91.649 rounds down
    [1n, 3n, 33.3],
    [2n, 3n, 66.7],
    [0n, 5n, 0],
    [5n, 5n, 100],
    [7n, 5n, 140],
  ])('%s of %s → %s', (part, whole, expected) => {
    expect(percentOfPlan(part, whole)).toBe(expected);
  });

  test('nothing assigned: null, never a division by zero', () => {
    expect(percentOfPlan(10n, 0n)).toBeNull();
  });

  test('sums past 2^53 stay exact (bigint)', () => {
    const whole = 10n ** 20n;
    expect(percentOfPlan(whole / 4n, whole)).toBe(25);
    expect(percentOfPlan(Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER)).toBe(100);
  });
});
