import { DataSource } from 'typeorm';
import { UNDER_WAY_STATES_SQL } from './state-lists';

export interface ReviewCandidate {
  id: string;
  code: string;
  title: string;
  provinceCode: string;
  scope: string;
  state: string;
  approvedSupportVnd: string;
  disbursedVnd: string;
  physicalProgressPct: number | null;
  plannedStart: string;
  plannedEnd: string;
}

export interface ReviewRow {
  projectId: string;
  code: string;
  title: string;
  provinceCode: string;
  state: string;
  approvedSupportVnd: number;
  disbursedVnd: number;
  disbursedPct: number;
  physicalProgressPct: number | null;
  plannedProgressPct: number;
  reasons: Array<'LOW_DISBURSEMENT' | 'LOW_PROGRESS'>;
}

export interface StoredReview {
  id: string;
  reviewYear: number;
  runAt: Date;
  trigger: string;
  disbursementThresholdPct: number;
  progressThresholdPct: number;
  rows: ReviewRow[];
}

/** The nine-month reviews: their inputs from the read model and their stored results. */
export class NineMonthReviews {
  constructor(private readonly dataSource: DataSource) {}

  /** Projects under way with approved support, and the physical progress of their latest report. */
  candidates(): Promise<ReviewCandidate[]> {
    return this.dataSource.query(
      `WITH latest AS (
         SELECT DISTINCT ON (project_id) project_id, physical_progress_pct
         FROM progress_reports ORDER BY project_id, submitted_at DESC, version DESC)
       SELECT p.id, p.code, p.title, p.province_code AS "provinceCode", p.scope, p.state,
         p.approved_support_vnd::text AS "approvedSupportVnd", (p.advances_vnd + p.final_payments_vnd)::text AS "disbursedVnd",
         l.physical_progress_pct AS "physicalProgressPct", to_char(p.planned_start, 'YYYY-MM-DD') AS "plannedStart",
         to_char(p.planned_end, 'YYYY-MM-DD') AS "plannedEnd"
       FROM projects p LEFT JOIN latest l ON l.project_id = p.id
       WHERE p.state IN (${UNDER_WAY_STATES_SQL}) AND p.approved_support_vnd > 0
       ORDER BY p.province_code, p.code`,
    );
  }

  async save(review: StoredReview): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO nine_month_reviews (id, review_year, run_at, trigger, disbursement_threshold_pct, progress_threshold_pct, rows)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (id) DO NOTHING`,
      [
        review.id,
        review.reviewYear,
        review.runAt,
        review.trigger,
        review.disbursementThresholdPct,
        review.progressThresholdPct,
        JSON.stringify(review.rows),
      ],
    );
  }

  async find(id: string): Promise<StoredReview | null> {
    const rows: StoredReview[] = await this.dataSource.query(`${SELECT} WHERE id = $1`, [id]);
    return rows[0] ?? null;
  }

  async latest(): Promise<StoredReview | null> {
    const rows: StoredReview[] = await this.dataSource.query(`${SELECT} ORDER BY run_at DESC LIMIT 1`);
    return rows[0] ?? null;
  }
}

const SELECT = `SELECT id, review_year AS "reviewYear", run_at AS "runAt", trigger,
  disbursement_threshold_pct AS "disbursementThresholdPct", progress_threshold_pct AS "progressThresholdPct", rows
  FROM nine_month_reviews`;
