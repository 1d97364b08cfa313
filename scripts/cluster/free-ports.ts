import { assertPortFree } from '@kc/devstack';

/**
 * A base port such that base + each offset is free right now (the Temporal server derives its services' ports from
 * one base). Random bases in a range the machine rarely hands out on its own, so parallel runs seldom collide.
 */
export async function findFreePortBlock(offsets: number[], attempts = 50): Promise<number> {
  const span = Math.max(...offsets);
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    const base = 20000 + Math.floor(Math.random() * (12000 - span));
    try {
      for (const offset of offsets) await assertPortFree(base + offset, 'port');
      return base;
    } catch {
      // taken: try another base
    }
  }
  throw new Error(`no free block of ports (offsets ${offsets.join(', ')}) after ${attempts} attempts`);
}
