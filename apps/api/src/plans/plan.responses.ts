/** The plans' answers, for the OpenAPI document (the web app's types are generated from it). */
import { ApiProperty } from '@nestjs/swagger';
import {
  FUNDING_SOURCES,
  type FundingSource,
  PLAN_LEVELS,
  PLAN_STATUSES,
  type PlanLevel,
  type PlanStatus,
} from '@kc/domain';
import { BilingualText, CodeLabelResponse } from '../common/bilingual.response';

/** Money of a line, a plan or a group, whole VND; percentOfPlan = disbursed ÷ assigned, one decimal. */
export class PlanFiguresResponse {
  @ApiProperty({ type: 'integer', description: 'Assigned estimate (dự toán được giao), with amendments' })
  assignedVnd!: number;
  @ApiProperty({ type: 'integer', description: 'Approved support of the live projects on it' }) approvedVnd!: number;
  @ApiProperty({ type: 'integer', description: 'Approved support of the contracted ones' }) contractedVnd!: number;
  @ApiProperty({ type: 'integer', description: 'Advances paid (tạm ứng)' }) advancedVnd!: number;
  @ApiProperty({ type: 'integer', description: 'Final payments (thanh toán, quyết toán)' }) settledVnd!: number;
  @ApiProperty({ type: 'integer', description: 'advanced + settled' }) disbursedVnd!: number;
  @ApiProperty({ type: Number, nullable: true, example: 91.7, description: 'disbursed ÷ assigned, %, one decimal' })
  percentOfPlan!: number | null;
}

export class PlanLineResponse extends PlanFiguresResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'MACHINERY' }) category!: string;
  @ApiProperty({ enum: FUNDING_SOURCES, enumName: 'FundingSource' }) fundingSource!: FundingSource;
  @ApiProperty({ type: BilingualText, description: '"Máy móc thiết bị — Ngân sách địa phương"' }) label!: BilingualText;
  @ApiProperty({ type: 'integer', description: 'Assigned estimate when the plan was made' }) initialVnd!: number;
  @ApiProperty({ type: 'integer', description: 'What approvals still may take: assigned − held by projects' })
  remainingVnd!: number;
}

export class PlanAmendmentResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) lineId!: string;
  @ApiProperty({ type: BilingualText }) lineLabel!: BilingualText;
  @ApiProperty({ type: 'integer', description: '+ addition, − cut' }) deltaVnd!: number;
  @ApiProperty() decisionNo!: string;
  @ApiProperty({ example: '2026-06-30' }) decisionDate!: string;
  @ApiProperty() reason!: string;
  @ApiProperty({ format: 'uuid' }) createdBy!: string;
  @ApiProperty({ description: 'Who recorded it: full name (email when blank)' }) createdByName!: string;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: string;
}

export class PlanResponse extends PlanFiguresResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: PLAN_LEVELS, enumName: 'PlanLevel' }) level!: PlanLevel;
  @ApiProperty({ example: 2026 }) year!: number;
  @ApiProperty({ type: String, nullable: true, description: 'null for the national plan' }) provinceCode!:
    string | null;
  @ApiProperty({ type: String, nullable: true }) provinceName!: string | null;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: PLAN_STATUSES, enumName: 'PlanStatus' }) status!: PlanStatus;
  @ApiProperty({ type: String, nullable: true }) decisionNo!: string | null;
  @ApiProperty({ type: String, nullable: true }) decisionDate!: string | null;
  @ApiProperty({ type: BilingualText, description: 'Who approves this plan (the Minister, the Department or UBND)' })
  approver!: BilingualText;
  @ApiProperty({ type: [String], description: 'The actions the caller may take on the plan now' })
  allowedActions!: string[];
  @ApiProperty({ type: [PlanLineResponse] }) lines!: PlanLineResponse[];
  @ApiProperty({ type: [PlanAmendmentResponse], description: 'Amendments, oldest first' })
  amendments!: PlanAmendmentResponse[];
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt!: string;
}

export class PlanListResponse {
  @ApiProperty({ type: [PlanResponse] }) items!: PlanResponse[];
}

/** A project's plan, on its page. */
export class ProjectPlanResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() year!: number;
  @ApiProperty({ enum: PLAN_LEVELS, enumName: 'PlanLevel' }) level!: PlanLevel;
  @ApiProperty({ type: String, nullable: true }) provinceCode!: string | null;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: PLAN_STATUSES, enumName: 'PlanStatus' }) status!: PlanStatus;
  @ApiProperty({ type: PlanLineResponse }) line!: PlanLineResponse;
}

/** A candidate of a plan line, in the order the allocation considers it (DOMAIN §4.1). */
export class PlanRankingCandidateResponse {
  @ApiProperty({
    example: 1,
    description: '1, 2, 3…: pilot projects first, then priority areas, then earliest submitted',
  })
  rank!: number;
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'KCĐP-2026-HN-0007' }) code!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ type: CodeLabelResponse, description: 'Its state now (submitted, under appraisal…)' })
  state!: CodeLabelResponse;
  @ApiProperty({ example: 'HN' }) provinceCode!: string;
  @ApiProperty() implementingUnitName!: string;
  @ApiProperty() pilot!: boolean;
  @ApiProperty() priorityArea!: boolean;
  @ApiProperty({
    type: [CodeLabelResponse],
    description: 'Why it stands there: PILOT ("Đề án điểm"), PRIORITY_AREA ("Địa bàn ưu tiên"), or SUBMISSION_ORDER',
  })
  reasons!: CodeLabelResponse[];
  @ApiProperty({ type: String, format: 'date-time', description: 'Its first submission' }) submittedAt!: string;
  @ApiProperty({ type: 'integer', description: 'Requested support, whole VND' }) requestedSupportVnd!: number;
  @ApiProperty({ type: 'integer', description: 'Its requested support and that of every candidate ranked above it' })
  cumulativeRequestedVnd!: number;
  @ApiProperty({ description: 'cumulativeRequestedVnd ≤ remainingVnd: fits if every one above is approved as asked' })
  fitsRemaining!: boolean;
}

/** The order in which a plan line's candidates (submitted, not yet approved) are considered for the allocation. */
export class PlanLineRankingResponse {
  @ApiProperty({ format: 'uuid' }) planId!: string;
  @ApiProperty({ type: PlanLineResponse }) line!: PlanLineResponse;
  @ApiProperty({ type: 'integer', description: 'assigned − held by projects (may be negative after an override)' })
  remainingVnd!: number;
  @ApiProperty({ type: [PlanRankingCandidateResponse] }) candidates!: PlanRankingCandidateResponse[];
  @ApiProperty({
    type: 'integer',
    description:
      'Candidates outside your reach (another province’s, on the national plan): counted in the ranks, not listed',
  })
  hiddenCount!: number;
}
