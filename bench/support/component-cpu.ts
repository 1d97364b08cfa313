/**
 * CPU time of each part of a stack, read from /proc: the stack's own processes by pid, every PostgreSQL process
 * of the machine by name (the server and its backends share one pool of work), and this process (the clients and
 * the proxy). A window's readings say which part the cores went to while it ran.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { median } from './stats';

const CLOCK_TICKS_PER_SECOND = 100;

export interface Component {
  name: string;
  pid: number;
}

export type CpuReading = Map<string, number>;

export interface CpuShare {
  component: string;
  /** Cores busy on average over the window (2 = both cores of this machine). */
  cores: number;
}

/**
 * user + system CPU seconds of a process, or 0 once it is gone; with `exitedChildren`, also the CPU of its children
 * that have ended (what the kernel adds to a parent when it reaps them).
 */
function processCpuSeconds(pid: number | string, exitedChildren = false): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may hold spaces: the fields start after its closing parenthesis (utime is field 14).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const own = Number(fields[11]) + Number(fields[12]);
    const children = exitedChildren ? Number(fields[13]) + Number(fields[14]) : 0;
    return (own + children) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

function postgresCpuSeconds(): number {
  let total = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // A backend ends when its pooled connection has been idle a while: its CPU then counts in the server's
      // process (the postmaster reaps it), so the ended ones are not lost between two readings.
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() === 'postgres') total += processCpuSeconds(entry, true);
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return total;
}

export function readCpu(components: readonly Component[]): CpuReading {
  const reading: CpuReading = new Map();
  for (const { name, pid } of components) reading.set(name, processCpuSeconds(pid));
  reading.set('postgresql', postgresCpuSeconds());
  const own = process.cpuUsage();
  reading.set('bench (clients, proxy)', (own.user + own.system) / 1e6);
  return reading;
}

/** Each component's average cores between two readings, largest first; same-kind processes summed (worker-1 + worker-2). */
export function cpuShares(before: CpuReading, after: CpuReading, seconds: number): CpuShare[] {
  const byKind = new Map<string, number>();
  for (const [name, end] of after) {
    const kind = name.replace(/-\d+$/, '');
    byKind.set(kind, (byKind.get(kind) ?? 0) + (end - (before.get(name) ?? end)) / seconds);
  }
  return [...byKind].map(([component, cores]) => ({ component, cores })).sort((a, b) => b.cores - a.cores);
}

export function describeShares(shares: readonly CpuShare[]): string {
  return shares.map((s) => `${s.component} ${s.cores.toFixed(2)}`).join(', ');
}

/** CPU milliseconds per item of each component between two readings, same-kind processes summed. */
export function cpuMsPerItem(before: CpuReading, after: CpuReading, items: number): Record<string, number> {
  const perItem: Record<string, number> = {};
  for (const { component, cores } of cpuShares(before, after, 1)) {
    perItem[component] = Math.round((cores * 1000 * 10) / items) / 10;
  }
  return perItem;
}

/** Each part's median over rounds of its CPU ms per item. */
export function medianByPart(rounds: Array<Record<string, number>>): Record<string, number> {
  const parts = [...new Set(rounds.flatMap((r) => Object.keys(r)))];
  return Object.fromEntries(parts.map((part) => [part, median(rounds.map((r) => r[part] ?? 0))]));
}

/** "temporal 17.4, worker 11.5, …": a progress line's view of CPU ms per item by part. */
export function describeCpuPerItem(parts: Record<string, number>): string {
  return Object.entries(parts)
    .map(([part, msPerItem]) => `${part} ${msPerItem}`)
    .join(', ');
}

/**
 * Resolves once the named components have used less than `idleCores` of a core over half a second (what was
 * queued has been worked off), or after `maxMs`.
 */
export async function untilQuiet(
  components: readonly Component[],
  { idleCores = 0.1, maxMs = 30_000 } = {},
): Promise<void> {
  const deadline = Date.now() + maxMs;
  let last = readCpu(components);
  while (Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const now = readCpu(components);
    const busy = components.reduce((sum, { name }) => sum + ((now.get(name) ?? 0) - (last.get(name) ?? 0)), 0);
    if (busy / 0.5 < idleCores) return;
    last = now;
  }
}
