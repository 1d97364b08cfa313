import { DataSource, FindOptionsWhere, LessThan, Repository, SelectQueryBuilder } from 'typeorm';
import { foldForSearch, reachFilterOf } from '@kc/domain';
import type { Actor, ProjectState, Scope } from '@kc/domain';
import { DisbursementEntity, ProjectEntity, ProjectTransitionEntity } from '../entities';
import { EntityFromJson } from './entity-from-json';
import { preparedQuery } from './prepared-query';

export interface ProjectListFilter {
  state?: ProjectState;
  provinceCode?: string;
  category?: string;
  scope?: Scope;
  /** Free text matched against code, title, beneficiary and implementing unit, with or without diacritics. */
  text?: string;
}

/** Keyset position: the last row of the previous page in (created_at DESC, id DESC) order. */
export interface ProjectCursor {
  createdAt: string;
  id: string;
}

export interface ProjectPage {
  items: ProjectEntity[];
  nextCursor: ProjectCursor | null;
}

/**
 * A project's newest entries of a list kept by seq (its history, its disbursements): oldest first, as shown, and the
 * seq to read older ones before (null when there are none).
 */
export interface NewestEntries<T> {
  items: T[];
  nextBefore: number | null;
}

/**
 * The reader's reach over projects `p` as a condition of a prepared statement, with the reader's province and unit
 * email in parameters `$province` and `$email` (null: not limited by it; `reachParams` gives both): the
 * 'project.read' rule as the domain's reachFilterOf gives it, the same as `withinReach` below.
 */
export function reachCondition(province: number, email: number): string {
  return `($${province}::varchar IS NULL OR p.province_code = $${province})
    AND ($${email}::varchar IS NULL OR lower(p.implementing_unit_email) = $${email})`;
}

/** The values of reachCondition's two parameters for this reader: province, then unit email. */
export function reachParams(actor: Actor): [string | null, string | null] {
  const reach = reachFilterOf(actor);
  return [reach.kind === 'ALL' ? null : reach.provinceCode, reach.kind === 'UNIT' ? reach.unitEmail : null];
}

/** A project by id or code ($1), within the reader's reach ($2, $3). */
const FIND_VISIBLE_BY_ID = `SELECT row_to_json(p) AS project FROM projects p WHERE p.id = $1 AND ${reachCondition(2, 3)}`;
const FIND_VISIBLE_BY_CODE = `SELECT row_to_json(p) AS project FROM projects p WHERE p.code = $1 AND ${reachCondition(2, 3)}`;

/** Entries a project page shows of its history and of its disbursements; older ones are read on request. */
export const PROJECT_PAGE_ENTRIES = 50;

/** Reads of the project read model, always limited to what the actor may see. */
export class ProjectQueries {
  private readonly projects: Repository<ProjectEntity>;
  private readonly transitions: Repository<ProjectTransitionEntity>;
  private readonly disbursements: Repository<DisbursementEntity>;

  private readonly projectFromJson: EntityFromJson<ProjectEntity>;

  constructor(private readonly dataSource: DataSource) {
    this.projectFromJson = new EntityFromJson(dataSource, ProjectEntity);
    this.projects = dataSource.getRepository(ProjectEntity);
    this.transitions = dataSource.getRepository(ProjectTransitionEntity);
    this.disbursements = dataSource.getRepository(DisbursementEntity);
  }

  /**
   * Finds by id (uuid) or code; returns null when absent or outside the actor's reach. Every request about one
   * project starts here, so it is a prepared statement whose row PostgreSQL gives as JSON (no query to build, one
   * value to decode), turned into the entity as TypeORM would hydrate it.
   */
  async findVisible(idOrCode: string, actor: Actor): Promise<ProjectEntity | null> {
    const byId = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(idOrCode);
    const [row] = await preparedQuery<{ project: Record<string, unknown> }>(
      this.dataSource,
      byId ? FIND_VISIBLE_BY_ID : FIND_VISIBLE_BY_CODE,
      [byId ? idOrCode : idOrCode.normalize('NFC'), ...reachParams(actor)],
    );
    return row ? this.projectFromJson.from(row.project) : null;
  }

  async listVisible(
    actor: Actor,
    filter: ProjectListFilter,
    cursor: ProjectCursor | null,
    limit: number,
  ): Promise<ProjectPage> {
    const rows = await this.listQuery(actor, filter, cursor, limit).getMany();
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    const nextCursor = rows.length > limit && last ? { createdAt: last.createdAt.toISOString(), id: last.id } : null;
    return { items, nextCursor };
  }

  /**
   * The list's query (one row more than the page, to know whether another page follows), exposed so a test can
   * EXPLAIN exactly what runs. The text filter matches the folded search_text column, which the trigram index
   * projects_search_trgm_idx serves for substring patterns.
   */
  listQuery(
    actor: Actor,
    filter: ProjectListFilter,
    cursor: ProjectCursor | null,
    limit: number,
  ): SelectQueryBuilder<ProjectEntity> {
    const qb = this.withinReach(this.projects.createQueryBuilder('p'), actor);
    if (filter.state) qb.andWhere('p.state = :state', { state: filter.state });
    if (filter.provinceCode) qb.andWhere('p.province_code = :province', { province: filter.provinceCode });
    if (filter.category) qb.andWhere('p.category = :category', { category: filter.category });
    if (filter.scope) qb.andWhere('p.scope = :scope', { scope: filter.scope });
    const text = filter.text ? foldForSearch(filter.text) : '';
    if (text) qb.andWhere('p.search_text LIKE :pattern', { pattern: `%${escapeLike(text)}%` });
    if (cursor) {
      qb.andWhere('(p.created_at, p.id) < (:cursorAt, :cursorId)', { cursorAt: cursor.createdAt, cursorId: cursor.id });
    }
    return qb
      .orderBy('p.created_at', 'DESC')
      .addOrderBy('p.id', 'DESC')
      .take(limit + 1);
  }

  /** The project's newest `limit` history entries (all with null) before seq `before` (the newest when absent). */
  history(projectId: string, limit: number | null, before?: number): Promise<NewestEntries<ProjectTransitionEntity>> {
    return newestEntries(this.transitions, projectId, limit, before);
  }

  /** The project's newest `limit` disbursements (all with null) before seq `before` (the newest when absent). */
  disbursementsOf(
    projectId: string,
    limit: number | null,
    before?: number,
  ): Promise<NewestEntries<DisbursementEntity>> {
    return newestEntries(this.disbursements, projectId, limit, before);
  }

  /** The latest history entry of each of `actions` (decision papers shown even when older than the page's entries). */
  latestOfActions(projectId: string, actions: string[]): Promise<ProjectTransitionEntity[]> {
    return this.transitions
      .createQueryBuilder('t')
      .distinctOn(['t.action'])
      .where('t.project_id = :projectId', { projectId })
      .andWhere('t.action IN (:...actions)', { actions })
      .orderBy('t.action')
      .addOrderBy('t.seq', 'DESC')
      .getMany();
  }

  /** The actor's reach, as the domain's reachFilterOf says (the 'project.read' rule in a query's shape). */
  private withinReach(qb: SelectQueryBuilder<ProjectEntity>, actor: Actor): SelectQueryBuilder<ProjectEntity> {
    const reach = reachFilterOf(actor);
    if (reach.kind === 'ALL') return qb;
    qb.andWhere('p.province_code = :actorProvince', { actorProvince: reach.provinceCode });
    if (reach.kind === 'UNIT')
      qb.andWhere('lower(p.implementing_unit_email) = :actorEmail', { actorEmail: reach.unitEmail });
    return qb;
  }
}

async function newestEntries<T extends { projectId: string; seq: number }>(
  repository: Repository<T>,
  projectId: string,
  limit: number | null,
  before: number | undefined,
): Promise<NewestEntries<T>> {
  const where = { projectId, ...(before === undefined ? {} : { seq: LessThan(before) }) } as FindOptionsWhere<T>;
  // One more than asked, newest first: whether older entries remain.
  const rows = await repository.find({
    where,
    order: { seq: 'DESC' } as never,
    take: limit === null ? undefined : limit + 1,
  });
  return newestOf(rows, limit);
}

/** Entries read newest first, one more than `limit` (null: all): the newest `limit`, oldest first, and whether older ones remain. */
export function newestOf<T extends { seq: number }>(rows: T[], limit: number | null): NewestEntries<T> {
  const items = rows.slice(0, limit ?? rows.length).reverse();
  return { items, nextBefore: limit !== null && rows.length > limit ? items[0].seq : null };
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
