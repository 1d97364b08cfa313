/**
 * Percent of plan with one decimal, in integer arithmetic: money is whole VND (bigint when summed) and never goes
 * through floating point before the final tenth. Rounds half up: 91.65% → 91.7, 91.64% → 91.6.
 */
export function percentOfPlan(part: bigint | number, whole: bigint | number): number | null {
  const p = BigInt(part);
  const w = BigInt(whole);
  if (w <= 0n) return null;
  const sign = p < 0n ? -1n : 1n;
  const abs = p * sign;
  // Tenths of a percent, rounded half up: (abs × 2000 / whole + 1) / 2.
  const tenths = ((abs * 2000n) / w + 1n) / 2n;
  return (Number(tenths) / 10) * Number(sign);
}
