/**
 * The chaos script: in turn the worker, the Temporal server and PostgreSQL are killed with SIGKILL at a random
 * moment, left down a few seconds (the worker is started again by its supervisor), started again on the same data,
 * and the time until the system works again is measured: from the kill to the first write acknowledged through the
 * API on a probe project (a write needs the API, Temporal, the worker and PostgreSQL).
 */
import type { TimedApiClient } from '../load/http-client';
import { writeUntilSettled } from './retrying-write';
import type { SoakLedger, SoakProject } from './soak-ledger';
import type { Component, SoakStack } from './soak-stack';

export const COMPONENTS: readonly Component[] = ['worker', 'temporal', 'postgres'];

export interface KillRecord {
  component: Component;
  /** Seconds from the start of the run. */
  at: number;
  /** When the kill was sent (epoch ms), to compare with the mail catcher's arrival times. */
  atEpochMs: number;
  /** Seconds from the kill until the component was running again. */
  downSeconds: number;
  /** Seconds from the kill until a write through the API was acknowledged again; null if it never was. */
  recoverSeconds: number | null;
}

export interface ChaosOptions {
  stack: SoakStack;
  probe: { client: TimedApiClient; project: SoakProject };
  ledger: SoakLedger;
  runId: string;
  random: () => number;
  /** Seconds between the recovery from one kill and the next kill: drawn from [min, max]. */
  gapSeconds: [number, number];
  /** How long a killed Temporal server or PostgreSQL stays down: drawn from [min, max]. */
  downSeconds: [number, number];
  /** No kill starts after this (performance.now()); a kill is never cut short. */
  endsAt: number;
  /** At most this many kills (the short run kills each component once). */
  maxKills: number;
  runStartedAt: number;
  log: (line: string) => void;
}

const RECOVERY_LIMIT_MS = 5 * 60_000;

export async function runChaos(options: ChaosOptions): Promise<KillRecord[]> {
  const kills: KillRecord[] = [];
  const draw = ([min, max]: [number, number]) => (min + (max - min) * options.random()) * 1000;
  let probes = 0;
  for (let turn = 0; kills.length < options.maxKills; turn += 1) {
    const wait = draw(options.gapSeconds);
    if (performance.now() + wait >= options.endsAt) break;
    await new Promise((resolve) => setTimeout(resolve, wait));
    const component = COMPONENTS[turn % COMPONENTS.length];
    const killedAt = performance.now();
    const killedAtEpochMs = Date.now();
    options.log(`kill -9 ${component}`);
    await options.stack.kill(component);
    if (component !== 'worker') {
      await new Promise((resolve) => setTimeout(resolve, draw(options.downSeconds)));
      await options.stack.restart(component);
    }
    const upAt = performance.now();
    // The probe: an advance on the probe project, sent again with the same key until it is acknowledged.
    probes += 1;
    const amountVnd = options.ledger.distinctValue(1000);
    const body = { action: 'record_disbursement', kind: 'ADVANCE', amountVnd };
    const key = `soak-${options.runId}-probe-${probes}`;
    const result = await writeUntilSettled(
      options.probe.client,
      `/projects/${options.probe.project.id}/actions`,
      body,
      key,
      RECOVERY_LIMIT_MS,
    );
    options.probe.project.advances.set(amountVnd, result.outcome);
    options.ledger.count('advance', result.outcome, result.retries);
    const record: KillRecord = {
      component,
      at: round1((killedAt - options.runStartedAt) / 1000),
      atEpochMs: killedAtEpochMs,
      downSeconds: round1((upAt - killedAt) / 1000),
      recoverSeconds: result.outcome === 'acknowledged' ? round1((performance.now() - killedAt) / 1000) : null,
    };
    kills.push(record);
    options.log(
      `${component}: down ${record.downSeconds} s, writes acknowledged again ${record.recoverSeconds ?? 'never'} s after the kill`,
    );
  }
  return kills;
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}
