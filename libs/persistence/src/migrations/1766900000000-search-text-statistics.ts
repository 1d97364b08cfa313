import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * PostgreSQL estimates how many projects a substring search matches from a sample histogram of search_text. With the
 * default 100 buckets, one sampled bucket bound containing a rare word ("banh chung", 41 rows in 200,000) made the
 * estimate 1% of the table: the planner then walked the whole list order (projects_list_order_idx) filtering every
 * row, 67 ms instead of a trigram lookup of under one, on some runs of ANALYZE and not others. With 1,000 buckets a
 * bucket stands for 0.1% of the rows and a word seen in none is estimated at the floor, so the trigram index is
 * chosen for rare words and the list order still for words on a large share of the rows.
 */
export class SearchTextStatistics1766900000000 implements MigrationInterface {
  name = 'SearchTextStatistics1766900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE projects ALTER COLUMN search_text SET STATISTICS 1000`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE projects ALTER COLUMN search_text SET STATISTICS -1`);
  }
}
