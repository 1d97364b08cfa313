/** What one soak does; --short is the CI version (about three minutes), the default the full run. */
export interface SoakOptions {
  short: boolean;
  projects: number;
  clients: number;
  /** Length of a report period (a quarter of the compressed year). */
  quarterSeconds: number;
  /** Projects are created spread over this many seconds from the start of the run. */
  createOverSeconds: number;
  /** How long the clients act and the chaos script kills. */
  runSeconds: number;
  /** Seconds between the recovery from one kill and the next. */
  killGapSeconds: [number, number];
  maxKills: number;
  /** After the run: seconds the system is left to finish what fell due (also the notice check's margin). */
  settleSeconds: number;
  /**
   * After the settle: the longest the soak waits for the notices due by the end of the run to be sent (a kill just
   * before the end delays timers by as long as its component takes to recover). The wait is one of the figures.
   */
  drainLimitSeconds: number;
  seed: number;
  /** Whether the figures replace the "Chaos soak" section of docs/RELIABILITY.md (the full run only). */
  writeDocs: boolean;
}

const USAGE = 'usage: soak-test [--short] [--projects n] [--clients n] [--seconds n] [--seed n] [--no-docs]';

export function parseSoakOptions(args: string[]): SoakOptions {
  const short = args.includes('--short');
  const options: SoakOptions = short
    ? {
        short,
        projects: 120,
        clients: 6,
        quarterSeconds: 30,
        createOverSeconds: 30,
        runSeconds: 80,
        killGapSeconds: [5, 8],
        maxKills: 3,
        settleSeconds: 15,
        drainLimitSeconds: 120,
        seed: 20261202,
        writeDocs: false,
      }
    : {
        short,
        projects: 1000,
        clients: 20,
        quarterSeconds: 300,
        createOverSeconds: 0,
        runSeconds: 1900,
        killGapSeconds: [60, 120],
        maxKills: 1000,
        settleSeconds: 60,
        drainLimitSeconds: 600,
        seed: 20261202,
        writeDocs: true,
      };
  const number = (name: string, min: number): number | undefined => {
    const i = args.indexOf(name);
    if (i < 0) return undefined;
    const value = Number(args[i + 1]);
    if (!Number.isSafeInteger(value) || value < min)
      throw new Error(`${name} needs a whole number from ${min}; ${USAGE}`);
    return value;
  };
  const known = ['--short', '--no-docs', '--projects', '--clients', '--seconds', '--seed'];
  args.forEach((a, i) => {
    if (a.startsWith('--') && !known.includes(a)) throw new Error(`unknown option ${a}; ${USAGE}`);
    if (!a.startsWith('--') && !known.includes(args[i - 1])) throw new Error(`unexpected ${a}; ${USAGE}`);
  });
  options.projects = number('--projects', 2) ?? options.projects;
  options.clients = Math.min(number('--clients', 1) ?? options.clients, options.projects);
  options.runSeconds = number('--seconds', 30) ?? options.runSeconds;
  // The full run creates its projects over its first two thirds; the short one within its first 30 s.
  if (!short) options.createOverSeconds = Math.round((options.runSeconds * 2) / 3);
  options.seed = number('--seed', 0) ?? options.seed;
  if (args.includes('--no-docs')) options.writeDocs = false;
  return options;
}
