import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { DatedName, OrganisationKind } from '@kc/domain';

/** An organisation people work for: the Ministry, the Cục, a province's Sở, UBND or centre, a commune, a unit. */
@Entity({ name: 'organisations' })
export class OrganisationEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  /** Stable code: MOIT, CUC, SCT-HN, UBND-HN, TTKC-HN, XA-HN-…, DV-HN-… */
  @Column({ type: 'varchar', length: 40, unique: true })
  code!: string;

  @Column({ type: 'varchar', length: 20 })
  kind!: OrganisationKind;

  @Column({ type: 'varchar', length: 300 })
  name!: string;

  /** null for the national organisations (the Ministry, the Cục). */
  @Column({ name: 'province_code', type: 'varchar', length: 8, nullable: true })
  provinceCode!: string | null;

  /** The names it bore through time, when it was renamed (the Cục in 2025). */
  @Column({ name: 'name_history', type: 'jsonb', nullable: true })
  nameHistory!: DatedName[] | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
