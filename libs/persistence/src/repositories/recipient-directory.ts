import { DataSource } from 'typeorm';

/** Who receives deadline mail, read from the users table at send time. */
export class RecipientDirectory {
  constructor(private readonly dataSource: DataSource) {}

  async emails(filter: {
    roles: string[];
    provinceCode: string | null;
  }): Promise<Array<{ email: string; fullName: string }>> {
    return this.dataSource.query(
      `SELECT email, full_name AS "fullName" FROM users
       WHERE role = ANY($1) AND (province_code = $2 OR ($2::varchar IS NULL AND province_code IS NULL))
       ORDER BY email`,
      [filter.roles, filter.provinceCode],
    );
  }
}
