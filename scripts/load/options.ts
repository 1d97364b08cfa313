/** Which stack a run measures: `dev` like `npm start`, `cluster` like `npm run cluster:start`. */
export type StackKind = 'dev' | 'cluster';
export const STACK_KINDS: readonly StackKind[] = ['dev', 'cluster'];

/** What one load run does: flags win over the environment, the environment over the defaults. */
export interface LoadOptions {
  /** `dev`: the Temporal dev server, one worker, one API; `cluster`: the stack of `npm run cluster:start`. */
  stack: StackKind;
  clients: number;
  durationSeconds: number;
  /** Projects created per client before the run (spread over the provinces). */
  projectsPerClient: number;
  /** Percent of writes sent a second time with the same Idempotency-Key. */
  retryPercent: number;
  /** Seed of the clients' random choices, so a run can be repeated. */
  seed: number;
  reportFile: string;
}

const USAGE =
  'usage: load-test [--stack dev|cluster] [--clients n] [--duration seconds] [--projects-per-client n] [--retry-percent n] [--seed n] [--report file]';

interface Setting {
  flag: string;
  env?: string;
  fallback: number;
  min: number;
  max: number;
}

const SETTINGS = {
  clients: { flag: '--clients', env: 'LOAD_CLIENTS', fallback: 50, min: 1, max: 1000 },
  durationSeconds: { flag: '--duration', env: 'LOAD_DURATION_SECONDS', fallback: 60, min: 1, max: 24 * 3600 },
  projectsPerClient: { flag: '--projects-per-client', fallback: 2, min: 1, max: 50 },
  retryPercent: { flag: '--retry-percent', fallback: 5, min: 0, max: 100 },
  seed: { flag: '--seed', env: 'LOAD_SEED', fallback: 20261127, min: 0, max: 2 ** 31 - 1 },
} satisfies Record<string, Setting>;

export function parseLoadOptions(args: string[], env: NodeJS.ProcessEnv = process.env): LoadOptions {
  const flags = new Map<string, string>();
  for (let i = 0; i < args.length; i += 1) {
    const [name, inline] = args[i].split('=', 2);
    const known = name === '--report' || name === '--stack' || Object.values(SETTINGS).some((s) => s.flag === name);
    if (!known) throw new Error(`unknown option ${args[i]}; ${USAGE}`);
    const value = inline ?? args[++i];
    if (value === undefined) throw new Error(`${name} needs a value; ${USAGE}`);
    flags.set(name, value);
  }
  const read = (setting: Setting): number => {
    const raw = flags.get(setting.flag) ?? (setting.env ? env[setting.env] : undefined);
    if (raw === undefined || raw.trim() === '') return setting.fallback;
    const value = Number(raw);
    if (!Number.isSafeInteger(value) || value < setting.min || value > setting.max) {
      const source = flags.has(setting.flag) ? setting.flag : setting.env;
      throw new Error(`${source} must be a whole number from ${setting.min} to ${setting.max}, got "${raw}"`);
    }
    return value;
  };
  const stack = flags.get('--stack') ?? (env.LOAD_STACK?.trim() || 'dev');
  if (!isStackKind(stack)) {
    const source = flags.has('--stack') ? '--stack' : 'LOAD_STACK';
    throw new Error(`${source} must be one of ${STACK_KINDS.join(', ')}, got "${stack}"`);
  }
  return {
    stack,
    clients: read(SETTINGS.clients),
    durationSeconds: read(SETTINGS.durationSeconds),
    projectsPerClient: read(SETTINGS.projectsPerClient),
    retryPercent: read(SETTINGS.retryPercent),
    seed: read(SETTINGS.seed),
    reportFile: flags.get('--report') ?? 'test-output/load-report.json',
  };
}

function isStackKind(value: string): value is StackKind {
  return (STACK_KINDS as readonly string[]).includes(value);
}
