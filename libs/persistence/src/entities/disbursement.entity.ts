import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { DisbursementKind } from '@kc/domain';
import { bigintVnd } from './transformers';

@Entity({ name: 'disbursements' })
export class DisbursementEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'project_id', type: 'uuid' })
  projectId!: string;

  /** The lifecycle event that recorded it. */
  @Column({ type: 'integer' })
  seq!: number;

  @Column({ type: 'varchar', length: 10 })
  kind!: DisbursementKind;

  @Column({ name: 'amount_vnd', type: 'bigint', transformer: bigintVnd })
  amountVnd!: number;

  @Column({ name: 'recorded_by', type: 'uuid' })
  recordedBy!: string;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;
}
