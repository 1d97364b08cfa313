import { DataSource } from 'typeorm';

/** Which provinces an email address belongs to: as a user's address, or as a project's implementing unit. */
export class AddressProvinces {
  constructor(private readonly dataSource: DataSource) {}

  /** Lower-cased address → its provinces (empty for national users and unknown addresses). */
  async of(addresses: readonly string[]): Promise<Map<string, string[]>> {
    const lower = [...new Set(addresses.map((a) => a.trim().toLowerCase()))];
    const result = new Map<string, string[]>(lower.map((a) => [a, []]));
    if (lower.length === 0) return result;
    const rows: Array<{ address: string; province: string }> = await this.dataSource.query(
      `SELECT email AS address, province_code AS province FROM users
         WHERE email = ANY($1::text[]) AND province_code IS NOT NULL
       UNION
       SELECT lower(implementing_unit_email), province_code FROM projects
         WHERE lower(implementing_unit_email) = ANY($1::text[])`,
      [lower],
    );
    for (const row of rows) result.get(row.address)?.push(row.province);
    return result;
  }
}
