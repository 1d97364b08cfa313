import { DataSource } from 'typeorm';
import { DEFAULT_DEADLINE_POLICY, DeadlinePolicy, Scope } from '@kc/domain';
import { ExpiringReads } from './expiring-reads';

/** Stored policies keyed DEFAULT, SCOPE:NATIONAL, PROVINCE:HN, ... each a full policy. */
export class DeadlinePolicies {
  /** Resolved for every creation. */
  private readonly resolved = new ExpiringReads();

  constructor(private readonly dataSource: DataSource) {}

  /**
   * The most specific policy that applies: province, then scope, then the stored default, then the built-in one.
   * `cached`: as resolved in the last few seconds (a creation); else from the database.
   */
  resolve(
    scope: Scope,
    provinceCode: string,
    { cached = false } = {},
  ): Promise<{ key: string; policy: DeadlinePolicy }> {
    return this.resolved.read(`${scope}|${provinceCode}`, () => this.resolveStored(scope, provinceCode), { cached });
  }

  private async resolveStored(scope: Scope, provinceCode: string): Promise<{ key: string; policy: DeadlinePolicy }> {
    const keys = [`PROVINCE:${provinceCode}`, `SCOPE:${scope}`, 'DEFAULT'];
    const rows: Array<{ scope_key: string; policy: DeadlinePolicy }> = await this.dataSource.query(
      `SELECT scope_key, policy FROM deadline_policies WHERE scope_key = ANY($1)`,
      [keys],
    );
    for (const key of keys) {
      const row = rows.find((r) => r.scope_key === key);
      if (row) return { key, policy: row.policy };
    }
    return { key: 'BUILT_IN', policy: DEFAULT_DEADLINE_POLICY };
  }

  async save(scopeKey: string, policy: DeadlinePolicy, userId: string): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO deadline_policies (scope_key, policy, updated_by, updated_at) VALUES ($1, $2, $3, now())
       ON CONFLICT (scope_key) DO UPDATE SET policy = EXCLUDED.policy, updated_by = EXCLUDED.updated_by, updated_at = now()`,
      [scopeKey, JSON.stringify(policy), userId],
    );
    this.resolved.forget();
  }

  async list(): Promise<Array<{ scopeKey: string; policy: DeadlinePolicy; updatedAt: Date }>> {
    return this.dataSource.query(
      `SELECT scope_key AS "scopeKey", policy, updated_at AS "updatedAt" FROM deadline_policies ORDER BY scope_key`,
    );
  }
}
