import type { BenchStack } from './bench-stack';

/** How big each figure runs: the full sizes of issue #6, or tiny ones for the CI smoke run. */
export interface BenchSizes {
  smoke: boolean;
  /** Interleaved A B rounds for the figures measured as medians. */
  rounds: number;
  /** Sequential actions (and baseline updates) per round. */
  latencySamples: number;
  /** Projects created per round by the 32 clients. */
  creationsPerRound: number;
  concurrentClients: number;
  /** Clients of the actions-under-load figure (as `npm run test:load`), its window and its A B rounds. */
  loadClients: number;
  loadWindowSeconds: number;
  loadRounds: number;
  fanout: number;
  /** Starts a second the fan-out plans for when the memory figure, which measures it, does not run. */
  fanoutStartsPerSecond: number;
  memoryProjects: number;
  historyYears: number;
  queueProjects: number;
  /** How deep the deep page starts (rows before it). */
  deepRows: number;
  queueSamples: number;
  /** Figures to run (--only latency,queue); empty: all. */
  only: string[];
}

export function benchSizes(args: readonly string[]): BenchSizes {
  const smoke = args.includes('--smoke');
  const flag = (name: string, fallback: number) => {
    const at = args.indexOf(`--${name}`);
    if (at < 0) return fallback;
    const value = Number(args[at + 1]);
    if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} needs a whole number, got ${args[at + 1]}`);
    return value;
  };
  return {
    smoke,
    rounds: flag('rounds', smoke ? 2 : 5),
    latencySamples: flag('latency-samples', smoke ? 8 : 60),
    creationsPerRound: flag('creations', smoke ? 32 : 128),
    concurrentClients: 32,
    loadClients: flag('load-clients', smoke ? 4 : 50),
    loadWindowSeconds: flag('load-window', smoke ? 3 : 20),
    loadRounds: flag('load-rounds', smoke ? 1 : 3),
    fanout: flag('fanout', smoke ? 20 : 10_000),
    fanoutStartsPerSecond: flag('fanout-starts', 5),
    memoryProjects: flag('memory-projects', smoke ? 50 : 20_000),
    historyYears: flag('history-years', smoke ? 1 : 5),
    queueProjects: flag('queue-projects', smoke ? 200 : 200_000),
    deepRows: flag('deep-rows', smoke ? 50 : 100_000),
    queueSamples: flag('queue-samples', smoke ? 10 : 40),
    only: args.includes('--only') ? (args[args.indexOf('--only') + 1] ?? '').split(',').filter(Boolean) : [],
  };
}

export interface BenchContext {
  stack: BenchStack;
  sizes: BenchSizes;
  progress: (line: string) => void;
}
