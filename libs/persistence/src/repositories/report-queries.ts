import { DataSource } from 'typeorm';

export interface ReportPeriodRow {
  periodKey: string;
  labelVi: string;
  labelEn: string;
  dueDay: string;
  dueAt: Date;
  extendedDueAt: Date | null;
  firstSubmittedAt: Date | null;
  latestVersion: number;
  versions: Array<{
    version: number;
    physicalProgressPct: number;
    fundsUsedVnd: string;
    issues: string | null;
    attachments: string[];
    isCorrection: boolean;
    submittedByEmail: string;
    submittedAt: string;
  }>;
}

/** Report periods of a project with every report version (old versions are kept, never overwritten). */
export class ReportQueries {
  constructor(private readonly dataSource: DataSource) {}

  periodsOf(projectId: string): Promise<ReportPeriodRow[]> {
    return this.dataSource.query(
      `SELECT rp.period_key AS "periodKey", rp.label_vi AS "labelVi", rp.label_en AS "labelEn",
         to_char(rp.due_day, 'YYYY-MM-DD') AS "dueDay", rp.due_at AS "dueAt", rp.extended_due_at AS "extendedDueAt",
         rp.first_submitted_at AS "firstSubmittedAt", rp.latest_version AS "latestVersion",
         COALESCE((SELECT json_agg(json_build_object(
             'version', r.version, 'physicalProgressPct', r.physical_progress_pct, 'fundsUsedVnd', r.funds_used_vnd::text,
             'issues', r.issues, 'attachments', r.attachments, 'isCorrection', r.is_correction,
             'submittedByEmail', r.submitted_by_email, 'submittedAt', r.submitted_at) ORDER BY r.version)
           FROM progress_reports r WHERE r.project_id = rp.project_id AND r.period_key = rp.period_key), '[]') AS versions
       FROM report_periods rp WHERE rp.project_id = $1 ORDER BY rp.due_at`,
      [projectId],
    );
  }
}
