import { Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import { ReadModelGauges, SNAPSHOT_TTL_MS } from './read-model-gauges';

/** A DataSource stand-in: the SQL is covered by test/api/observability.test.ts on real PostgreSQL. */
function fakeDataSource(rounds: { n: number }) {
  const query = jest.fn(async (sql: string) => {
    if (sql.includes('FROM escalations WHERE')) rounds.n += 1;
    if (sql.includes('GROUP BY 1, 2') && sql.includes('escalations'))
      return [{ level: 1, status: 'OPEN', n: rounds.n }];
    if (sql.includes('notification_log')) return [{ kind: 'REMINDER', status: 'SENT', n: 7 }];
    return [
      { queue: 'late_reports', province: 'HN', n: 3 },
      { queue: 'stalled', province: 'BN', n: 1 },
    ];
  });
  return { query } as unknown as DataSource & { query: jest.Mock };
}

describe('ReadModelGauges', () => {
  it('exposes the counts as gauges and queries at most once per TTL', async () => {
    const rounds = { n: 0 };
    const dataSource = fakeDataSource(rounds);
    const registry = new Registry();
    let now = 1_000_000;
    new ReadModelGauges(dataSource, registry, () => now);

    const first = await registry.metrics();
    expect(first).toContain('kc_escalations_open{level="1",status="OPEN"} 1');
    expect(first).toContain('kc_queue_size{queue="late_reports",province="HN"} 3');
    expect(first).toContain('kc_queue_size{queue="stalled",province="BN"} 1');
    expect(first).toContain('kc_notifications{kind="REMINDER",status="SENT"} 7');
    expect(dataSource.query).toHaveBeenCalledTimes(3);

    now += SNAPSHOT_TTL_MS - 1;
    expect(await registry.metrics()).toContain('kc_escalations_open{level="1",status="OPEN"} 1');
    expect(dataSource.query).toHaveBeenCalledTimes(3);

    now += 1;
    expect(await registry.metrics()).toContain('kc_escalations_open{level="1",status="OPEN"} 2');
    expect(dataSource.query).toHaveBeenCalledTimes(6);
  });

  it('still answers a scrape when PostgreSQL does not, with kc_read_model_up 0', async () => {
    const query = jest.fn().mockRejectedValue(new Error('relation "escalations" does not exist'));
    const registry = new Registry();
    new ReadModelGauges({ query } as unknown as DataSource, registry, () => 0);
    const text = await registry.metrics();
    expect(text).toContain('kc_read_model_up 0');
    expect(text).not.toMatch(/^kc_queue_size\{/m);
  });

  it('does not keep a failed round: the next scrape asks again', async () => {
    const query = jest.fn().mockRejectedValueOnce(new Error('connection terminated')).mockResolvedValue([]);
    const gauges = new ReadModelGauges({ query } as unknown as DataSource, new Registry(), () => 0);
    await expect(gauges.snapshot()).rejects.toThrow('connection terminated');
    await expect(gauges.snapshot()).resolves.toEqual({ escalationsOpen: [], queueSizes: [], notifications: [] });
  });
});
