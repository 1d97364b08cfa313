import { Gauge, Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import { REPORTING_STATES_SQL } from '@kc/persistence';

export interface ReadModelSnapshot {
  escalationsOpen: Array<{ level: number; status: string; n: number }>;
  queueSizes: Array<{ queue: string; province: string; n: number }>;
  notifications: Array<{ kind: string; status: string; n: number }>;
}

const EMPTY: ReadModelSnapshot = { escalationsOpen: [], queueSizes: [], notifications: [] };

/** How long one set of counts serves scrapes: Prometheus scrapes every 15-60 s, and each API replica is scraped. */
export const SNAPSHOT_TTL_MS = 15_000;

/** Counts from the read model: GROUP BY over small or partially indexed sets (open escalations, unsubmitted periods). */
export async function readSnapshot(dataSource: DataSource, now: Date): Promise<ReadModelSnapshot> {
  const [escalationsOpen, queueSizes, notifications] = await Promise.all([
    dataSource.query(
      `SELECT level, status, count(*)::int AS n FROM escalations WHERE status IN ('OPEN', 'ACKNOWLEDGED') GROUP BY 1, 2`,
    ),
    dataSource.query(
      `SELECT 'late_reports' AS queue, p.province_code AS province, count(*)::int AS n
         FROM report_periods rp JOIN projects p ON p.id = rp.project_id
         WHERE rp.first_submitted_at IS NULL AND COALESCE(rp.extended_due_at, rp.due_at) < $1
           AND p.state IN (${REPORTING_STATES_SQL}) GROUP BY 2
       UNION ALL
       SELECT 'stalled', province_code, count(*)::int FROM projects
         WHERE stall_limit_at < $1 AND stall_state = state GROUP BY 2
       UNION ALL
       SELECT 'escalations', province_code, count(*)::int FROM escalations
         WHERE status IN ('OPEN', 'ACKNOWLEDGED') GROUP BY 2`,
      [now.toISOString()],
    ),
    // notification_log has no (kind, status) index: a sequential scan, one per TTL per replica.
    dataSource.query(`SELECT kind, status, count(*)::int AS n FROM notification_log GROUP BY 1, 2`),
  ]);
  return { escalationsOpen, queueSizes, notifications };
}

/**
 * Registers the read-model gauges; each scrape within SNAPSHOT_TTL_MS of the last reuses its counts, and
 * concurrent scrapes share one round of queries.
 */
export class ReadModelGauges {
  private cached?: { at: number; snapshot: Promise<ReadModelSnapshot> };

  constructor(
    private readonly dataSource: DataSource,
    registry: Registry,
    private readonly clock: () => number = Date.now,
  ) {
    // A database that does not answer leaves these gauges empty and kc_read_model_up at 0; the scrape still
    // succeeds, so the HTTP series are not lost with it. All of them share one cached round of queries.
    const counts = () => this.snapshot().catch(() => EMPTY);
    const succeeded = () =>
      this.snapshot().then(
        () => 1,
        () => 0,
      );
    new Gauge({
      name: 'kc_read_model_up',
      help: '1 when the read-model counts were read from PostgreSQL, 0 when that failed',
      registers: [registry],
      async collect() {
        this.set(await succeeded());
      },
    });
    new Gauge({
      name: 'kc_escalations_open',
      help: 'Escalations not yet resolved, by level (1 province, 2 national or leadership) and status',
      labelNames: ['level', 'status'] as const,
      registers: [registry],
      async collect() {
        const { escalationsOpen } = await counts();
        this.reset();
        for (const row of escalationsOpen) this.set({ level: String(row.level), status: row.status }, row.n);
      },
    });
    new Gauge({
      name: 'kc_queue_size',
      help: "Rows in the supervisors' queues (late_reports, stalled, escalations) by province",
      labelNames: ['queue', 'province'] as const,
      registers: [registry],
      async collect() {
        const { queueSizes } = await counts();
        this.reset();
        for (const row of queueSizes) this.set({ queue: row.queue, province: row.province }, row.n);
      },
    });
    new Gauge({
      name: 'kc_notifications',
      help: 'Deadline notices in the notification log (reminders, overdue notices, escalations) by kind and status',
      labelNames: ['kind', 'status'] as const,
      registers: [registry],
      async collect() {
        const { notifications } = await counts();
        this.reset();
        for (const row of notifications) this.set({ kind: row.kind, status: row.status }, row.n);
      },
    });
  }

  snapshot(): Promise<ReadModelSnapshot> {
    const now = this.clock();
    if (!this.cached || now - this.cached.at >= SNAPSHOT_TTL_MS) {
      const snapshot = readSnapshot(this.dataSource, new Date(now));
      this.cached = { at: now, snapshot };
      // A failed round is not cached: the next scrape tries again.
      snapshot.catch(() => {
        if (this.cached?.snapshot === snapshot) this.cached = undefined;
      });
    }
    return this.cached.snapshot;
  }
}
