import { readFileSync } from 'node:fs';
import { median } from './stats';
import { sleep } from './stats';

/** Resident set size of a process in MiB (Linux /proc). */
export function rssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1]);
  if (!Number.isFinite(kib)) throw new Error(`no VmRSS for pid ${pid}`);
  return kib / 1024;
}

/** The median of several readings a second apart: one reading can land on a garbage collection. */
export async function settledRssMiB(pid: number, readings = 5): Promise<number> {
  const values: number[] = [];
  for (let i = 0; i < readings; i += 1) {
    if (i) await sleep(1000);
    values.push(rssMiB(pid));
  }
  return median(values);
}
