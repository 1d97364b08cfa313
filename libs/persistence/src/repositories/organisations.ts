import { randomUUID } from 'node:crypto';
import { DataSource, Repository } from 'typeorm';
import { ROLE_ORGANISATIONS } from '@kc/domain';
import type { OrganisationKind, Role } from '@kc/domain';
import { OrganisationEntity } from '../entities';

export interface OrganisationFilter {
  provinceCode?: string;
  kind?: OrganisationKind;
  /** true: only the national organisations (no province). */
  national?: boolean;
}

export interface NewOrganisation {
  code: string;
  kind: OrganisationKind;
  name: string;
  provinceCode: string | null;
}

/** The organisations people belong to: listed, found, added by the admin (communes and units). */
export class Organisations {
  private readonly organisations: Repository<OrganisationEntity>;

  constructor(private readonly dataSource: DataSource) {
    this.organisations = dataSource.getRepository(OrganisationEntity);
  }

  /** National ones first, then by province, kind and name. */
  list(filter: OrganisationFilter = {}): Promise<OrganisationEntity[]> {
    const qb = this.organisations
      .createQueryBuilder('o')
      .orderBy('o.province_code', 'ASC', 'NULLS FIRST')
      .addOrderBy('o.kind', 'ASC')
      .addOrderBy('o.name', 'ASC');
    if (filter.national) qb.andWhere('o.province_code IS NULL');
    else if (filter.provinceCode) qb.andWhere('o.province_code = :province', { province: filter.provinceCode });
    if (filter.kind) qb.andWhere('o.kind = :kind', { kind: filter.kind });
    return qb.getMany();
  }

  findById(id: string): Promise<OrganisationEntity | null> {
    return this.organisations.findOneBy({ id });
  }

  findByCode(code: string): Promise<OrganisationEntity | null> {
    return this.organisations.findOneBy({ code });
  }

  async byIds(ids: readonly string[]): Promise<Map<string, OrganisationEntity>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    const rows = await this.organisations.createQueryBuilder('o').where('o.id IN (:...ids)', { ids: unique }).getMany();
    return new Map(rows.map((o) => [o.id, o]));
  }

  /** The new organisation, or null when the code is taken or the same name exists in the province. */
  async create(organisation: NewOrganisation): Promise<OrganisationEntity | null> {
    const id = randomUUID();
    const inserted: unknown[] = await this.dataSource.query(
      `INSERT INTO organisations (id, code, kind, name, province_code)
       SELECT $1::uuid, $2::varchar, $3::varchar, $4::varchar, $5::varchar
        WHERE NOT EXISTS (SELECT 1 FROM organisations
                           WHERE province_code IS NOT DISTINCT FROM $5::varchar AND lower(name) = lower($4::varchar))
       ON CONFLICT (code) DO NOTHING RETURNING id`,
      [id, organisation.code, organisation.kind, organisation.name, organisation.provinceCode],
    );
    return inserted.length > 0 ? this.findById(id) : null;
  }

  /**
   * Where an account goes when no organisation is named (scripts, accounts from before organisations): the
   * standard organisation of the first kind the role may belong to at its level, in its province.
   */
  async defaultFor(role: Role, provinceCode: string | null): Promise<OrganisationEntity | null> {
    const kinds = ROLE_ORGANISATIONS[role][provinceCode === null ? 'national' : 'provincial'];
    if (kinds.length === 0) return null;
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT id FROM organisations WHERE kind = ANY($1::varchar[]) AND province_code IS NOT DISTINCT FROM $2::varchar
        ORDER BY array_position($1::varchar[], kind), created_at, code LIMIT 1`,
      [kinds, provinceCode],
    );
    return rows[0] ? this.findById(rows[0].id) : null;
  }
}
