import { Column, Entity, PrimaryColumn } from 'typeorm';
import type {
  GroupPlan,
  LocalApprover,
  PilotTerms,
  PilotYear,
  ProjectMoneyRules,
  ProjectState,
  Scope,
} from '@kc/domain';
import { bigintVnd } from './transformers';

/** Read model of a project, written only by the worker's activities; the workflow is the source of truth. */
@Entity({ name: 'projects' })
export class ProjectEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'varchar', length: 40, unique: true })
  code!: string;

  @Column({ name: 'workflow_id', type: 'varchar', length: 60 })
  workflowId!: string;

  @Column({ type: 'varchar', length: 10 })
  scope!: Scope;

  @Column({ name: 'province_code', type: 'varchar', length: 8 })
  provinceCode!: string;

  @Column({ type: 'varchar', length: 40 })
  category!: string;

  @Column({ type: 'varchar', length: 500 })
  title!: string;

  @Column({ name: 'implementing_unit_name', type: 'varchar', length: 300 })
  implementingUnitName!: string;

  @Column({ name: 'implementing_unit_email', type: 'varchar', length: 254 })
  implementingUnitEmail!: string;

  @Column({ type: 'varchar', length: 300 })
  beneficiary!: string;

  @Column({ name: 'total_cost_vnd', type: 'bigint', transformer: bigintVnd })
  totalCostVnd!: number;

  @Column({ name: 'requested_support_vnd', type: 'bigint', transformer: bigintVnd })
  requestedSupportVnd!: number;

  @Column({ name: 'approved_support_vnd', type: 'bigint', nullable: true, transformer: bigintVnd })
  approvedSupportVnd!: number | null;

  @Column({ name: 'accepted_amount_vnd', type: 'bigint', nullable: true, transformer: bigintVnd })
  acceptedAmountVnd!: number | null;

  @Column({ name: 'advances_vnd', type: 'bigint', transformer: bigintVnd })
  advancesVnd!: number;

  @Column({ name: 'final_payments_vnd', type: 'bigint', transformer: bigintVnd })
  finalPaymentsVnd!: number;

  @Column({ name: 'planned_start', type: 'date' })
  plannedStart!: string;

  @Column({ name: 'planned_end', type: 'date' })
  plannedEnd!: string;

  @Column({ type: 'varchar', length: 20 })
  state!: ProjectState;

  @Column({ name: 'last_seq', type: 'integer' })
  lastSeq!: number;

  @Column({ name: 'contract_no', type: 'varchar', length: 100, nullable: true })
  contractNo!: string | null;

  @Column({ name: 'contract_date', type: 'date', nullable: true })
  contractDate!: string | null;

  @Column({ name: 'minutes_no', type: 'varchar', length: 100, nullable: true })
  minutesNo!: string | null;

  @Column({ name: 'minutes_date', type: 'date', nullable: true })
  minutesDate!: string | null;

  /** Local projects: who approves them, fixed at creation from the province's regulation; null means the Department. */
  @Column({ name: 'local_approver', type: 'varchar', length: 12, nullable: true })
  localApprover!: LocalApprover | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  /** Where a pending stop or carry-over request returns when refused (see mappers/project-status-row). */
  @Column({ name: 'resume_state', type: 'varchar', length: 20, nullable: true })
  resumeState!: ProjectState | null;

  @Column({ name: 'refunded_vnd', type: 'bigint', transformer: bigintVnd })
  refundedVnd!: number;

  /** The plan and line the project belongs to (issue 14); written by the API, null for projects without a plan. */
  @Column({ name: 'plan_id', type: 'uuid', nullable: true })
  planId!: string | null;

  @Column({ name: 'plan_line_id', type: 'uuid', nullable: true })
  planLineId!: string | null;

  /** An adjustment request under consideration (ADJUSTMENT_REQUESTED beside the state; see mappers/project-status-row). */
  @Column({ name: 'open_adjustment_id', type: 'uuid', nullable: true })
  openAdjustmentId!: string | null;

  @Column({ name: 'open_adjustment_kind', type: 'varchar', length: 30, nullable: true })
  openAdjustmentKind!: string | null;

  @Column({ name: 'open_adjustment_status', type: 'varchar', length: 20, nullable: true })
  openAdjustmentStatus!: string | null;

  /** Terms an approved adjustment may set, and the version of the terms in force (1 as approved). */
  @Column({ type: 'varchar', length: 300, nullable: true })
  site!: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  partner!: string | null;

  @Column({ name: 'terms_version', type: 'integer' })
  termsVersion!: number;

  /** In a priority area (NĐ 45 Art. 6) and the money rules resolved at creation (null: created before the tables). */
  @Column({ name: 'priority_area', type: 'boolean' })
  priorityArea!: boolean;

  @Column({ name: 'money_rules', type: 'jsonb', nullable: true })
  moneyRules!: ProjectMoneyRules | null;

  /** The last progress report the Department certified (see mappers/project-status-row). */
  @Column({ name: 'progress_percent', type: 'integer', nullable: true })
  progressPercent!: number | null;

  @Column({ name: 'progress_report_date', type: 'date', nullable: true })
  progressReportDate!: string | null;

  /** A group project (đề án nhóm) and its implementation plan with each establishment's acceptance and payments. */
  @Column({ name: 'group_project', type: 'boolean' })
  groupProject!: boolean;

  @Column({ name: 'group_plan', type: 'jsonb', nullable: true })
  groupPlan!: GroupPlan | null;

  /** A pilot project (đề án điểm): its linked content areas and support by year, and its years once approved. */
  @Column({ type: 'jsonb', nullable: true })
  pilot!: PilotTerms | null;

  @Column({ name: 'pilot_years', type: 'jsonb', nullable: true })
  pilotYears!: PilotYear[] | null;

  /** Accepted by the work done after force majeure: the certifying body's kind and name. */
  @Column({ name: 'force_majeure_body', type: 'varchar', length: 20, nullable: true })
  forceMajeureBody!: string | null;

  @Column({ name: 'force_majeure_certifier', type: 'varchar', length: 300, nullable: true })
  forceMajeureCertifier!: string | null;

  /** The implementing unit's management overhead in its estimate (≤ 2.5% of the total cost), if given. */
  @Column({ name: 'unit_overhead_vnd', type: 'bigint', nullable: true, transformer: bigintVnd })
  unitOverheadVnd!: number | null;

  /** Code, title, unit and beneficiary folded for search without diacritics; never loaded, only matched. */
  @Column({ name: 'search_text', type: 'text', select: false })
  searchText!: string;
}
