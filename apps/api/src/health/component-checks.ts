import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { readOptional } from '@kc/config';
import { TemporalProbe } from '../infrastructure/temporal-probe';
import { probeSmtp } from './smtp-probe';

export type ComponentHealth = { status: 'up' } | { status: 'down'; error: string };

export interface ComponentsReport {
  /** smtp only when SMTP_URL is set for the API (npm start and the compose file set it). */
  components: { postgres: ComponentHealth; temporal: ComponentHealth; smtp?: ComponentHealth };
  /** Names of the components that did not answer, for the message. */
  down: string[];
  /** The ones of `down` without which the API cannot serve (readiness): PostgreSQL and Temporal, not mail. */
  blocking: string[];
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

/** Asks PostgreSQL, Temporal and the mail relay whether they answer, all at once, each within a few seconds. */
@Injectable()
export class ComponentChecks {
  private readonly smtpUrl = readOptional(process.env, 'SMTP_URL');

  constructor(
    private readonly dataSource: DataSource,
    private readonly temporalProbe: TemporalProbe,
  ) {}

  async run(): Promise<ComponentsReport> {
    const smtpUrl = this.smtpUrl;
    const [postgres, temporal, smtp] = await Promise.all([
      probe(() => this.dataSource.query('SELECT 1')),
      probe(() => this.temporalProbe.check(CHECK_TIMEOUT_MS - 1000)),
      smtpUrl ? probe(() => probeSmtp(smtpUrl, CHECK_TIMEOUT_MS - 1000)) : Promise.resolve(undefined),
    ]);
    const blocking = [
      postgres.status === 'down' ? 'PostgreSQL' : null,
      temporal.status === 'down' ? 'Temporal' : null,
    ].filter((name): name is string => name !== null);
    const down = smtp?.status === 'down' ? [...blocking, 'SMTP (mail)'] : blocking;
    return { components: { postgres, temporal, ...(smtp ? { smtp } : {}) }, down, blocking };
  }
}
