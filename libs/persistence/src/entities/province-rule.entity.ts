import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { LocalApprover } from '@kc/domain';

/** A province's regulation: who approves (and terminates) its local projects. A province without a row: the Department. */
@Entity({ name: 'province_rules' })
export class ProvinceRuleEntity {
  @PrimaryColumn({ name: 'province_code', type: 'varchar', length: 8 })
  provinceCode!: string;

  @Column({ name: 'local_approver', type: 'varchar', length: 12 })
  localApprover!: LocalApprover;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy!: string | null;
}
