/** The rows of the supervisors' queues, for the OpenAPI document (the web app's types are generated from it). */
import { ApiExtraModels, ApiProperty } from '@nestjs/swagger';
import { AUTO_CLOSE_REASONS, ESCALATION_STATUSES } from '@kc/domain';
import { CodeLabelResponse } from '../common/bilingual.response';
import {
  ReportCauseResponse,
  StallCauseResponse,
  WORK_CAUSE_SCHEMA,
  type WorkCause,
} from '../common/work-item.responses';

export class QueueOfficerResponse {
  @ApiProperty() email!: string;
  @ApiProperty({ type: String, nullable: true }) fullName!: string | null;
}

export class DaysOverdueResponse {
  @ApiProperty({ type: 'integer' }) working!: number;
  @ApiProperty({ type: 'integer' }) calendar!: number;
}

export class EscalationLevelReachedResponse {
  @ApiProperty({ type: 'integer' }) level!: number;
  @ApiProperty({ format: 'date-time' }) reachedAt!: string;
  @ApiProperty({ type: [String] }) notified!: string[];
  @ApiProperty({ type: [String] }) notifiedNames!: string[];
}

export class EscalationHandledResponse {
  @ApiProperty({ type: String, nullable: true, description: 'The name of who did it' }) by!: string | null;
  @ApiProperty({ format: 'date-time' }) at!: string;
}

export class EscalationResolvedResponse extends EscalationHandledResponse {
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
}

export class EscalationClosedResponse {
  // The column takes only these values (the repository writes them from the domain's list).
  @ApiProperty({ enum: AUTO_CLOSE_REASONS, enumName: 'AutoCloseReason' }) reason!: string;
  @ApiProperty({ type: String, nullable: true }) detail!: string | null;
  @ApiProperty({ format: 'date-time' }) at!: string;
}

/** The escalation behind a row; in the escalations queue also its level history and how it was handled or closed. */
export class QueueEscalationResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ESCALATION_STATUSES, enumName: 'EscalationStatus' }) status!: string;
  @ApiProperty({ type: 'integer' }) level!: number;
  @ApiProperty({ format: 'date-time', required: false }) openedAt?: string;
  @ApiProperty({ type: [EscalationLevelReachedResponse], required: false }) levels?: EscalationLevelReachedResponse[];
  @ApiProperty({ type: EscalationHandledResponse, nullable: true, required: false })
  acknowledged?: EscalationHandledResponse | null;
  @ApiProperty({ type: EscalationResolvedResponse, nullable: true, required: false })
  resolved?: EscalationResolvedResponse | null;
  @ApiProperty({ type: EscalationClosedResponse, nullable: true, required: false })
  closed?: EscalationClosedResponse | null;
}

export class QueueLastActionResponse {
  @ApiProperty({ example: 'sign_contract' }) action!: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty() atLocal!: string;
  @ApiProperty() by!: string;
  @ApiProperty({ type: String, nullable: true }) byName!: string | null;
}

@ApiExtraModels(ReportCauseResponse, StallCauseResponse)
export class QueueItemResponse {
  @ApiProperty({ format: 'uuid' }) projectId!: string;
  @ApiProperty() code!: string;
  @ApiProperty() title!: string;
  @ApiProperty() provinceCode!: string;
  @ApiProperty() provinceName!: string;
  @ApiProperty({ example: 'LOCAL' }) scope!: string;
  @ApiProperty({ example: 'MACHINERY' }) category!: string;
  @ApiProperty() implementingUnitName!: string;
  @ApiProperty({ type: CodeLabelResponse }) projectState!: CodeLabelResponse;
  @ApiProperty({ type: QueueOfficerResponse, nullable: true }) officer!: QueueOfficerResponse | null;
  @ApiProperty(WORK_CAUSE_SCHEMA) what!: WorkCause;
  @ApiProperty({ format: 'date-time' }) dueAt!: string;
  @ApiProperty() dueAtLocal!: string;
  @ApiProperty({ example: '2026-12-25', description: 'The due day (Vietnam), as a person reads the deadline' })
  dueDay!: string;
  @ApiProperty({ type: DaysOverdueResponse }) daysOverdue!: DaysOverdueResponse;
  @ApiProperty({ type: 'integer' }) escalationLevel!: number;
  @ApiProperty({ type: QueueEscalationResponse, nullable: true }) escalation!: QueueEscalationResponse | null;
  @ApiProperty({ type: QueueLastActionResponse, nullable: true }) lastAction!: QueueLastActionResponse | null;
}

export class QueuePageResponse {
  @ApiProperty({ type: [QueueItemResponse] }) items!: QueueItemResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}
