import { median } from './stats';

export interface Interleaved<A, B = A> {
  ours: A[];
  baseline: B[];
}

/**
 * Runs ours and the baseline in alternation, A B A B, `rounds` times each, so that whatever else the
 * machine is doing weighs on both alike; the figures are then taken as medians over the rounds.
 */
export async function interleave<A, B = A>(
  rounds: number,
  ours: (round: number) => Promise<A>,
  baseline: (round: number) => Promise<B>,
): Promise<Interleaved<A, B>> {
  const result: Interleaved<A, B> = { ours: [], baseline: [] };
  for (let round = 0; round < rounds; round += 1) {
    result.ours.push(await ours(round));
    result.baseline.push(await baseline(round));
  }
  return result;
}

/** The median over rounds of one number each round produced. */
export function medianOf<T>(rounds: readonly T[], pick: (round: T) => number): number {
  return median(rounds.map(pick));
}
