import { ProjectPlanResponse } from '../plans/plan.responses';
/**
 * The shapes the project routes answer with, for the OpenAPI document (the web app's types are generated from it).
 * The view functions in project-view.ts are typed with these classes, so the document cannot drift from the answers.
 */
import { ApiProperty } from '@nestjs/swagger';
import {
  AUTO_CLOSE_REASONS,
  ESCALATION_STATUSES,
  ROLES,
  type AutoCloseReason,
  type EscalationStatus,
  type Role,
} from '@kc/domain';
import { BilingualText, CodeLabelResponse } from '../common/bilingual.response';

const SCOPES = ['NATIONAL', 'LOCAL'] as const;

export class ImplementingUnitResponse {
  @ApiProperty({ example: 'Trung tâm Khuyến công Hà Nội' }) name!: string;
  @ApiProperty({ example: 'unit.hn@demo.local' }) email!: string;
}

export class DisbursedTotalsResponse {
  @ApiProperty({ type: 'integer', description: 'VND' }) advances!: number;
  @ApiProperty({ type: 'integer', description: 'VND' }) final!: number;
  @ApiProperty({ type: 'integer', description: 'VND' }) total!: number;
  @ApiProperty({
    type: 'integer',
    description: 'VND of advances refunded (hoàn trả tạm ứng), not subtracted from total',
  })
  refunded!: number;
}

export class ContractResponse {
  @ApiProperty({ example: '15/HĐ-KCĐP-2026' }) contractNo!: string;
  @ApiProperty({ example: '2026-04-01' }) contractDate!: string;
}

export class AcceptanceResponse {
  @ApiProperty({ example: '07/BB-NT' }) minutesNo!: string;
  @ApiProperty({ example: '2026-11-20' }) minutesDate!: string;
}

/** What a user may do on a project beside its lifecycle actions (the capability table's answer for this user). */
export class ProjectAbilitiesResponse {
  @ApiProperty({ description: 'Submit or correct progress reports (report.submit)' }) report!: boolean;
  @ApiProperty({ description: "Move a report's due day or a state's time limit (deadline.extend)" })
  extendDeadline!: boolean;
  @ApiProperty({ description: 'Edit the dossier now: DRAFT or RETURNED, and project.edit_draft' }) editDraft!: boolean;
  @ApiProperty({ description: 'File a dated field note (field_note.write)' }) writeFieldNote!: boolean;
  @ApiProperty({ description: 'Ask for an adjustment now (adjustment.request, approved and work not completed)' })
  requestAdjustment!: boolean;
}

/** The adjustment request under consideration: ADJUSTMENT_REQUESTED beside the lifecycle state. */
export class OpenAdjustmentResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'SITE' }) kind!: string;
  @ApiProperty({ type: BilingualText }) kindLabel!: BilingualText;
  @ApiProperty({ example: 'REQUESTED' }) status!: string;
  @ApiProperty({ type: BilingualText }) statusLabel!: BilingualText;
}

export class ProjectSummaryResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'KCĐP-2026-HN-0003' }) code!: string;
  @ApiProperty({ example: 'project-KCĐP-2026-HN-0003' }) workflowId!: string;
  @ApiProperty({ enum: SCOPES, enumName: 'ProjectScope' }) scope!: (typeof SCOPES)[number];
  @ApiProperty({ example: 'HN' }) provinceCode!: string;
  @ApiProperty({ example: 'Hà Nội' }) provinceName!: string;
  @ApiProperty({ example: 'MACHINERY' }) category!: string;
  @ApiProperty({ type: BilingualText, nullable: true }) categoryName!: BilingualText | null;
  @ApiProperty() title!: string;
  @ApiProperty({ type: ImplementingUnitResponse }) implementingUnit!: ImplementingUnitResponse;
  @ApiProperty() beneficiary!: string;
  @ApiProperty({ type: 'integer', description: 'VND' }) totalCostVnd!: number;
  @ApiProperty({ type: 'integer', description: 'VND' }) requestedSupportVnd!: number;
  @ApiProperty({ type: 'integer', nullable: true, description: 'VND' }) approvedSupportVnd!: number | null;
  @ApiProperty({ type: 'integer', nullable: true, description: 'VND' }) acceptedAmountVnd!: number | null;
  @ApiProperty({ type: DisbursedTotalsResponse }) disbursedVnd!: DisbursedTotalsResponse;
  @ApiProperty({ example: '2026-03-01' }) plannedStart!: string;
  @ApiProperty({ example: '2026-11-30' }) plannedEnd!: string;
  @ApiProperty({ example: 'IN_PROGRESS' }) state!: string;
  @ApiProperty({ type: BilingualText }) stateLabel!: BilingualText;
  @ApiProperty({ type: ContractResponse, nullable: true }) contract!: ContractResponse | null;
  @ApiProperty({ type: AcceptanceResponse, nullable: true }) acceptance!: AcceptanceResponse | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ example: '08:30:00 02/12/2026' }) createdAtLocal!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ example: '08:30:00 02/12/2026' }) updatedAtLocal!: string;
  @ApiProperty({ type: [String], description: 'The actions this user may take now' }) allowedActions!: string[];
  @ApiProperty({ description: 'Whether this user may edit the dossier now (DRAFT or RETURNED)' })
  mayEditDraft!: boolean;
  @ApiProperty({ type: ProjectAbilitiesResponse, description: 'What else this user may do on the project' })
  may!: ProjectAbilitiesResponse;
  @ApiProperty({ type: String, nullable: true, description: 'Site, once an approved adjustment names it' })
  site!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Partner, once an approved adjustment names it' })
  partner!: string | null;
  @ApiProperty({
    type: 'integer',
    description: 'Version of the terms in force: 1 as approved, +1 per approved adjustment',
  })
  termsVersion!: number;
  @ApiProperty({
    type: OpenAdjustmentResponse,
    nullable: true,
    description: 'The open adjustment request (ADJUSTMENT_REQUESTED beside the state); null when none',
  })
  openAdjustment!: OpenAdjustmentResponse | null;
}

/** The decision (quyết định) recorded with an approval or a termination. */
export class DecisionPaperResponse {
  @ApiProperty({ example: '125/QĐ-SCT' }) decisionNo!: string;
  @ApiProperty({ example: '2026-04-15' }) decisionDate!: string;
  @ApiProperty({ type: 'integer', nullable: true, description: 'VND (approvals only)' })
  approvedSupportVnd!: number | null;
}

/** What may still be disbursed: the advance cap and the remainders, for a form to show before typing. */
export class DisbursementRoomResponse {
  @ApiProperty({ type: 'integer', example: 70 }) advanceCapPercent!: number;
  @ApiProperty({ type: 'integer', description: 'VND' }) advanceCapVnd!: number;
  @ApiProperty({ type: 'integer', description: 'VND' }) advanceRoomVnd!: number;
  @ApiProperty({ type: 'integer', description: 'VND' }) finalRoomVnd!: number;
}

export class ProjectPageResponse {
  @ApiProperty({ type: [ProjectSummaryResponse] }) items!: ProjectSummaryResponse[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` for the next page' })
  nextCursor!: string | null;
}

export class HistoryActorResponse {
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() email!: string;
  @ApiProperty({ enum: ROLES, enumName: 'Role' }) role!: Role;
  @ApiProperty({ type: String, nullable: true }) provinceCode!: string | null;
}

export class HistoryEntryResponse {
  @ApiProperty({ type: 'integer' }) seq!: number;
  @ApiProperty({ example: 'approve' }) action!: string;
  @ApiProperty({ type: CodeLabelResponse, nullable: true }) fromState!: CodeLabelResponse | null;
  @ApiProperty({ type: CodeLabelResponse }) toState!: CodeLabelResponse;
  @ApiProperty({ type: HistoryActorResponse }) actor!: HistoryActorResponse;
  @ApiProperty({ type: String, nullable: true }) reason!: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true })
  details!: Record<string, unknown> | null;
  @ApiProperty({ format: 'date-time' }) occurredAt!: string;
  @ApiProperty() occurredAtLocal!: string;
}

export class DisbursementResponse {
  @ApiProperty({ type: 'integer' }) seq!: number;
  @ApiProperty({ enum: ['ADVANCE', 'FINAL'], enumName: 'DisbursementKind' }) kind!: 'ADVANCE' | 'FINAL';
  @ApiProperty({ type: 'integer', description: 'VND' }) amountVnd!: number;
  @ApiProperty() recordedBy!: string;
  @ApiProperty({ format: 'date-time' }) occurredAt!: string;
  @ApiProperty() occurredAtLocal!: string;
}

export class HistoryPageResponse {
  @ApiProperty({ type: [HistoryEntryResponse], description: 'Oldest first' }) items!: HistoryEntryResponse[];
  @ApiProperty({ type: 'integer', nullable: true, description: 'Pass as `before` for older entries; null: none' })
  nextBefore!: number | null;
}

export class DisbursementPageResponse {
  @ApiProperty({ type: [DisbursementResponse], description: 'Oldest first' }) items!: DisbursementResponse[];
  @ApiProperty({ type: 'integer', nullable: true, description: 'Pass as `before` for older ones; null: none' })
  nextBefore!: number | null;
}

export class NoticeResponse {
  @ApiProperty() idempotencyKey!: string;
  @ApiProperty({ example: 'REMINDER' }) kind!: string;
  @ApiProperty({ type: String, nullable: true }) periodKey!: string | null;
  @ApiProperty({ type: String, nullable: true }) stalledState!: string | null;
  @ApiProperty({ type: 'integer' }) repetition!: number;
  @ApiProperty({ type: [String] }) recipients!: string[];
  @ApiProperty() subject!: string;
  @ApiProperty({ example: 'SENT' }) status!: string;
  @ApiProperty({ type: 'integer' }) attempts!: number;
  @ApiProperty({ type: String, nullable: true }) lastError!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) sentAt!: string | null;
}

/** One level an escalation reached: when, by which notice, and who was told. */
export class EscalationLevelResponse {
  @ApiProperty({ type: 'integer', enum: [1, 2] }) level!: number;
  @ApiProperty({ format: 'date-time' }) reachedAt!: string;
  @ApiProperty() noticeKey!: string;
  @ApiProperty({ type: [String] }) notified!: string[];
  @ApiProperty({ type: [String], description: 'The same people by name (an address that is no user stays itself)' })
  notifiedNames!: string[];
}

/** One escalation per cause (a period's report, a state's stall), its level raised in place. */
export class EscalationResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) projectId!: string;
  @ApiProperty() projectCode!: string;
  @ApiProperty() provinceCode!: string;
  @ApiProperty({ enum: ['REPORT_OVERDUE', 'STALLED'], enumName: 'EscalationReason' }) reason!: string;
  @ApiProperty({ type: String, nullable: true }) periodKey!: string | null;
  @ApiProperty({ type: String, nullable: true }) stalledState!: string | null;
  @ApiProperty({ type: 'integer', enum: [1, 2] }) level!: number;
  @ApiProperty({ type: [EscalationLevelResponse] }) levels!: EscalationLevelResponse[];
  @ApiProperty({ format: 'date-time' }) dueAt!: string;
  @ApiProperty({ enum: ESCALATION_STATUSES, enumName: 'EscalationStatus' }) status!: EscalationStatus;
  @ApiProperty({ format: 'date-time' }) openedAt!: string;
  @ApiProperty({ type: String, nullable: true }) acknowledgedBy!: string | null;
  @ApiProperty({ type: String, nullable: true }) acknowledgedByName!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) acknowledgedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) resolvedBy!: string | null;
  @ApiProperty({ type: String, nullable: true }) resolvedByName!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) resolvedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) resolutionNote!: string | null;
  @ApiProperty({ enum: AUTO_CLOSE_REASONS, enumName: 'AutoCloseReason', nullable: true })
  closedReason!: AutoCloseReason | null;
  @ApiProperty({ type: String, nullable: true }) closedDetail!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) closedAt!: string | null;
  @ApiProperty({ type: BilingualText, nullable: true, description: "The period's label, for a late report" })
  periodLabel!: BilingualText | null;
}

/** The project with its audit trail, disbursements, notices sent and escalations raised. */
export class SupportCapSummaryResponse {
  @ApiProperty({ enum: ['NATIONAL', 'LOCAL'] }) source!: 'NATIONAL' | 'LOCAL';
  @ApiProperty({ type: 'integer', description: 'The most support the cap allows for this project, VND' })
  limitVnd!: number;
  @ApiProperty({ type: BilingualText, description: 'The rule in words with its legal instrument' })
  rule!: BilingualText;
  @ApiProperty({ description: 'False where the figure is not yet verified against the instrument' })
  verified!: boolean;
}

export class AdvanceRuleSummaryResponse {
  @ApiProperty({ type: 'integer', example: 70 }) percent!: number;
  @ApiProperty({ type: BilingualText }) condition!: BilingualText;
  @ApiProperty({ type: BilingualText }) citation!: BilingualText;
  @ApiProperty({ description: 'Whether an advance may be paid now as far as the condition goes' })
  conditionMet!: boolean;
}

export class CertifiedProgressResponse {
  @ApiProperty({ type: 'integer', example: 75 }) percentDone!: number;
  @ApiProperty({ example: '2026-06-30' }) reportDate!: string;
}

/** The money rules the project was created under (issue 15). */
export class MoneyRulesResponse {
  @ApiProperty() priorityArea!: boolean;
  @ApiProperty({ type: SupportCapSummaryResponse, nullable: true }) supportCap!: SupportCapSummaryResponse | null;
  @ApiProperty({
    type: AdvanceRuleSummaryResponse,
    nullable: true,
    description: 'null for projects created before the rule tables (a single 70% advance cap)',
  })
  advance!: AdvanceRuleSummaryResponse | null;
  @ApiProperty({ type: CertifiedProgressResponse, nullable: true })
  certifiedProgress!: CertifiedProgressResponse | null;
  @ApiProperty({
    description:
      'Support for forming an enterprise: no advance, paid 100% after base acceptance, each payment naming the business registration',
  })
  enterpriseFormation!: boolean;
}

/** Accepted by the work done after force majeure (TT 36 Art. 18.4): who certified it. */
export class ForceMajeureResponse {
  @ApiProperty({ enum: ['DEPARTMENT', 'DISTRICT_PC', 'COMMUNE_PC'] }) certifyingBody!: string;
  @ApiProperty({ type: BilingualText }) certifyingBodyLabel!: BilingualText;
  @ApiProperty({ example: 'UBND xã Phú Nghĩa' }) certifierName!: string;
}

/** One establishment of a group project's implementation plan, with what was accepted and paid for it (VND). */
export class GroupBeneficiaryResponse {
  @ApiProperty({ example: 'NT1' }) id!: string;
  @ApiProperty({ example: 'HTX Chế biến nông sản Yên Phong' }) name!: string;
  @ApiProperty({ example: 'xã Yên Phong, tỉnh Bắc Ninh' }) site!: string;
  @ApiProperty({ type: 'integer', example: 300000000 }) supportVnd!: number;
  @ApiProperty({ type: 'integer', nullable: true, description: 'null until its acceptance minutes' })
  acceptedVnd!: number | null;
  @ApiProperty({ type: String, nullable: true }) minutesNo!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '2026-06-20' }) minutesDate!: string | null;
  @ApiProperty({ type: 'integer' }) advancesVnd!: number;
  @ApiProperty({ type: 'integer' }) finalPaymentsVnd!: number;
  @ApiProperty({
    type: ForceMajeureResponse,
    nullable: true,
    description: 'Set once accepted by the work done after force majeure (accept_work_done): who certified it',
  })
  workDone!: ForceMajeureResponse | null;
  @ApiProperty({ type: 'integer', description: 'Its unused advance refunded after an acceptance by the work done' })
  refundedVnd!: number;
  @ApiProperty({
    type: 'integer',
    description:
      'The advance above the work accepted that it must still refund (refund_advance with its beneficiaryId)',
  })
  refundDueVnd!: number;
}

export class ImplPlanApprovalResponse {
  @ApiProperty({ example: '88/QĐ-SCT' }) decisionNo!: string;
  @ApiProperty({ example: '2026-04-02' }) decisionDate!: string;
}

/** A group project's implementation plan (Mẫu 11). */
export class GroupPlanResponse {
  @ApiProperty({ type: [GroupBeneficiaryResponse] }) beneficiaries!: GroupBeneficiaryResponse[];
  @ApiProperty({ type: ImplPlanApprovalResponse, nullable: true, description: 'null while the Department decides' })
  approval!: ImplPlanApprovalResponse | null;
  @ApiProperty({ type: 'integer', description: "The establishments' support together" }) totalSupportVnd!: number;
}

/** One year of a pilot project: what was asked, and once approved its part, advances, progress and carry-over. */
export class PilotYearResponse {
  @ApiProperty({ type: 'integer', example: 2026 }) year!: number;
  @ApiProperty({ type: 'integer', description: 'Support asked for this year, VND' }) requestedVnd!: number;
  @ApiProperty({ type: 'integer', nullable: true, description: 'Its part of the approved support (null before)' })
  allocatedVnd!: number | null;
  @ApiProperty({ type: 'integer', description: 'Carried in from the year before' }) carriedInVnd!: number;
  @ApiProperty({ type: 'integer' }) advancesVnd!: number;
  @ApiProperty({ type: 'integer', nullable: true, description: 'The most its advances may reach (null before)' })
  advanceCapVnd!: number | null;
  @ApiProperty() closed!: boolean;
  @ApiProperty({ type: 'integer', nullable: true }) progressPercent!: number | null;
  @ApiProperty({ type: String, nullable: true }) reportDate!: string | null;
  @ApiProperty({ type: 'integer', description: 'Carried into the next year when it was closed' })
  carriedOutVnd!: number;
  @ApiProperty({ description: 'The year under way (advances go to it)' }) open!: boolean;
}

/** A pilot project (đề án điểm): its linked content areas and its years. */
export class PilotResponse {
  @ApiProperty({ type: [String], example: ['MACHINERY', 'PRODUCTS_AND_FAIRS'] }) linkedCategories!: string[];
  @ApiProperty({ type: [PilotYearResponse] }) years!: PilotYearResponse[];
}

export class ProjectDetailResponse extends ProjectSummaryResponse {
  @ApiProperty({ type: DecisionPaperResponse, nullable: true, description: 'null before approval or in old histories' })
  approval!: DecisionPaperResponse | null;
  @ApiProperty({ type: DecisionPaperResponse, nullable: true }) termination!: DecisionPaperResponse | null;
  @ApiProperty({ type: DisbursementRoomResponse }) disbursementRoom!: DisbursementRoomResponse;
  @ApiProperty({ type: MoneyRulesResponse }) moneyRules!: MoneyRulesResponse;
  @ApiProperty({ description: 'A group project (đề án nhóm)' }) group!: boolean;
  @ApiProperty({
    type: 'integer',
    nullable: true,
    description: "The implementing unit's management overhead in its estimate (≤ 2.5% of the total cost), if given",
  })
  unitOverheadVnd!: number | null;
  @ApiProperty({
    type: GroupPlanResponse,
    nullable: true,
    description: 'A group project’s implementation plan (Mẫu 11); null before one is submitted and for other projects',
  })
  groupPlan!: GroupPlanResponse | null;
  @ApiProperty({ type: PilotResponse, nullable: true, description: 'A pilot project (đề án điểm); null otherwise' })
  pilot!: PilotResponse | null;
  @ApiProperty({
    type: ForceMajeureResponse,
    nullable: true,
    description: 'Set once accepted by the work done after force majeure; its settlement ends in PARTIAL_SETTLED',
  })
  forceMajeure!: ForceMajeureResponse | null;
  @ApiProperty({
    type: [HistoryEntryResponse],
    description: 'The newest 50 entries, oldest first; GET /projects/{id}/history?before=historyNextBefore for older',
  })
  history!: HistoryEntryResponse[];
  @ApiProperty({ type: 'integer', nullable: true, description: 'null when `history` holds every entry' })
  historyNextBefore!: number | null;
  @ApiProperty({
    type: [DisbursementResponse],
    description:
      'The newest 50, oldest first; GET /projects/{id}/disbursements?before=disbursementsNextBefore for older',
  })
  disbursements!: DisbursementResponse[];
  @ApiProperty({ type: 'integer', nullable: true, description: 'null when `disbursements` holds every one' })
  disbursementsNextBefore!: number | null;
  @ApiProperty({ type: [NoticeResponse] }) notifications!: NoticeResponse[];
  @ApiProperty({ type: [EscalationResponse] }) escalations!: EscalationResponse[];
  @ApiProperty({ type: ProjectPlanResponse, nullable: true, description: 'The plan and line it draws on (issue 14)' })
  plan!: ProjectPlanResponse | null;
}
