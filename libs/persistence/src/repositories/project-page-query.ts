import type { DataSource } from 'typeorm';
import type { Actor } from '@kc/domain';
import { DisbursementEntity, ProjectEntity, ProjectTransitionEntity } from '../entities';
import { preparedQuery } from './prepared-query';
import { EntityFromJson } from './entity-from-json';
import { NewestEntries, newestOf, reachCondition, reachParams } from './project-queries';
import { PROJECT_NOTIFICATIONS_SQL, PROJECT_NOTIFICATION_TIMES } from './notification-log';
import { ESCALATION_TIMES, EscalationRow, PROJECT_ESCALATIONS_SQL } from './escalation-repository';

/** Everything a project's page shows from the read model, read in one statement. */
export interface ProjectPageRows {
  /** Null when the project is absent or outside the reader's reach. */
  project: ProjectEntity | null;
  history: NewestEntries<ProjectTransitionEntity>;
  disbursements: NewestEntries<DisbursementEntity>;
  notifications: Array<Record<string, unknown>>;
  escalations: EscalationRow[];
}

/** One JSON array of a subquery's rows (empty, not null, when it has none). */
const rowsOf = (select: string) => `(SELECT COALESCE(json_agg(r), '[]'::json) FROM (${select}) r)`;

/**
 * $1 the project's id, $2 how many history entries and disbursements (one more is read, to know whether older ones
 * remain; null: all), $3 and $4 the reader's reach (reachParams), as ProjectQueries.findVisible.
 */
const PAGE_SQL = `SELECT
  (SELECT row_to_json(p) FROM projects p WHERE p.id = $1 AND ${reachCondition(3, 4)}) AS project,
  ${rowsOf('SELECT * FROM project_transitions WHERE project_id = $1 ORDER BY seq DESC LIMIT $2::int + 1')} AS history,
  ${rowsOf('SELECT * FROM disbursements WHERE project_id = $1 ORDER BY seq DESC LIMIT $2::int + 1')} AS disbursements,
  ${rowsOf(PROJECT_NOTIFICATIONS_SQL)} AS notifications,
  ${rowsOf(PROJECT_ESCALATIONS_SQL)} AS escalations`;

/**
 * A project's page in one trip to the database: its row, its newest history entries and disbursements, its notices
 * and its escalations, each as JSON built by PostgreSQL. Each statement is a round trip through the kernel (about a
 * third of a millisecond of CPU here) and a row decoding; the page took five, every action and every page view.
 * The JSON is turned back into what the separate reads gave: entities as TypeORM hydrates them (EntityFromJson), and
 * Date objects for the times of notices and escalations.
 */
export class ProjectPageQuery {
  private readonly projects: EntityFromJson<ProjectEntity>;
  private readonly transitions: EntityFromJson<ProjectTransitionEntity>;
  private readonly disbursements: EntityFromJson<DisbursementEntity>;

  constructor(private readonly dataSource: DataSource) {
    this.projects = new EntityFromJson(dataSource, ProjectEntity);
    this.transitions = new EntityFromJson(dataSource, ProjectTransitionEntity);
    this.disbursements = new EntityFromJson(dataSource, DisbursementEntity);
  }

  async read(projectId: string, actor: Actor, limit: number | null): Promise<ProjectPageRows> {
    const [row] = await preparedQuery<{
      project: Record<string, unknown> | null;
      history: Array<Record<string, unknown>>;
      disbursements: Array<Record<string, unknown>>;
      notifications: Array<Record<string, unknown>>;
      escalations: Array<Record<string, unknown>>;
    }>(this.dataSource, PAGE_SQL, [projectId, limit, ...reachParams(actor)]);
    return {
      project: row.project ? this.projects.from(row.project) : null,
      history: newestOf(
        row.history.map((r) => this.transitions.from(r)),
        limit,
      ),
      disbursements: newestOf(
        row.disbursements.map((r) => this.disbursements.from(r)),
        limit,
      ),
      notifications: row.notifications.map((r) => withDates(r, PROJECT_NOTIFICATION_TIMES)),
      escalations: row.escalations.map((r) => withDates(r, ESCALATION_TIMES) as unknown as EscalationRow),
    };
  }
}

/** The row with its named times as Date objects (JSON carries them as text), as the separate reads gave them. */
function withDates(row: Record<string, unknown>, times: readonly string[]): Record<string, unknown> {
  const converted = { ...row };
  for (const key of times) {
    const value = converted[key];
    if (typeof value === 'string') converted[key] = new Date(value);
  }
  return converted;
}
