import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { TemporalProbe } from '../infrastructure/temporal-probe';

export type ComponentHealth = { status: 'up' } | { status: 'down'; error: string };

export interface ComponentsReport {
  components: { postgres: ComponentHealth; temporal: ComponentHealth };
  /** Names of the components that did not answer, for the message. */
  down: string[];
}

const CHECK_TIMEOUT_MS = 3000;

function withTimeout<T>(promise: Promise<T>): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) =>
      setTimeout(() => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS).unref(),
    ),
  ]);
}

async function probe(check: () => Promise<unknown>): Promise<ComponentHealth> {
  try {
    await withTimeout(check());
    return { status: 'up' };
  } catch (err) {
    return { status: 'down', error: err instanceof Error ? err.message : String(err) };
  }
}

/** Asks PostgreSQL and Temporal whether they answer, both at once, each within a few seconds. */
@Injectable()
export class ComponentChecks {
  constructor(
    private readonly dataSource: DataSource,
    private readonly temporalProbe: TemporalProbe,
  ) {}

  async run(): Promise<ComponentsReport> {
    const [postgres, temporal] = await Promise.all([
      probe(() => this.dataSource.query('SELECT 1')),
      probe(() => this.temporalProbe.check(CHECK_TIMEOUT_MS - 1000)),
    ]);
    const down = [postgres.status === 'down' ? 'PostgreSQL' : null, temporal.status === 'down' ? 'Temporal' : null];
    return { components: { postgres, temporal }, down: down.filter((name): name is string => name !== null) };
  }
}
