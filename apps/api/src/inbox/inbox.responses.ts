/** The answers of "Việc cần xử lý", for the OpenAPI document (the web app's types are generated from it). */
import { ApiExtraModels, ApiProperty } from '@nestjs/swagger';
import { BilingualText } from '../common/bilingual.response';
import {
  ReportCauseResponse,
  StallCauseResponse,
  WORK_CAUSE_SCHEMA,
  type WorkCause,
} from '../common/work-item.responses';
import { ImplementingUnitResponse } from '../projects/project.responses';

const TONES = ['OVERDUE', 'SOON', 'LATER'] as const;

export class OverdueDaysResponse {
  @ApiProperty({ type: 'integer' }) workingDays!: number;
  @ApiProperty({ type: 'integer' }) calendarDays!: number;
}

export class InboxDeadlineResponse {
  @ApiProperty({ format: 'date-time' }) dueAt!: string;
  @ApiProperty({ example: '2026-12-25' }) dueDay!: string;
  @ApiProperty({ description: '"25/12/2026" when due at the end of that day, else the moment ("13:53 02/12/2026")' })
  dueLocal!: string;
  @ApiProperty({ enum: TONES, enumName: 'DeadlineTone', description: 'past it, within three days, later' })
  tone!: (typeof TONES)[number];
  @ApiProperty({ type: 'integer', description: 'Calendar days to the due day (0 on the day); 0 once overdue' })
  daysLeft!: number;
  @ApiProperty({ type: OverdueDaysResponse }) overdue!: OverdueDaysResponse;
  @ApiProperty({
    type: BilingualText,
    required: false,
    description:
      "What the deadline is, where it is not the step's own time limit (a national registration with the Cục)",
  })
  basis?: BilingualText;
}

export class AwaitedActionResponse {
  @ApiProperty({ example: 'approve' }) action!: string;
  @ApiProperty({ type: BilingualText }) label!: BilingualText;
}

export class InboxProjectResponse {
  @ApiProperty({ format: 'uuid' }) projectId!: string;
  @ApiProperty() code!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: ['NATIONAL', 'LOCAL'], enumName: 'ProjectScope' }) scope!: 'NATIONAL' | 'LOCAL';
  @ApiProperty({ example: 'SUBMITTED' }) state!: string;
  @ApiProperty({ type: BilingualText }) stateLabel!: BilingualText;
  @ApiProperty() provinceCode!: string;
  @ApiProperty() provinceName!: string;
  @ApiProperty({ type: ImplementingUnitResponse }) implementingUnit!: ImplementingUnitResponse;
  @ApiProperty({ type: [AwaitedActionResponse], description: 'The steps waiting for you; the first is the one linked' })
  actions!: AwaitedActionResponse[];
  @ApiProperty({
    type: InboxDeadlineResponse,
    nullable: true,
    description:
      "The state's time limit, when it runs; for a national project awaiting registration, the registration deadline when earlier",
  })
  deadline!: InboxDeadlineResponse | null;
  @ApiProperty() sinceLocal!: string;
}

export class InboxReportResponse {
  @ApiProperty({ format: 'uuid' }) projectId!: string;
  @ApiProperty() code!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ example: 'P0004' }) period!: string;
  @ApiProperty({ type: BilingualText }) label!: BilingualText;
  @ApiProperty() extended!: boolean;
  @ApiProperty({ type: InboxDeadlineResponse }) deadline!: InboxDeadlineResponse;
}

@ApiExtraModels(ReportCauseResponse, StallCauseResponse)
export class InboxEscalationResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) projectId!: string;
  @ApiProperty() code!: string;
  @ApiProperty() title!: string;
  @ApiProperty() provinceName!: string;
  @ApiProperty({ type: 'integer' }) level!: number;
  @ApiProperty({ example: 'OPEN' }) status!: string;
  @ApiProperty(WORK_CAUSE_SCHEMA) what!: WorkCause;
  @ApiProperty({ type: InboxDeadlineResponse }) deadline!: InboxDeadlineResponse;
  @ApiProperty() openedAtLocal!: string;
}

/** An adjustment request waiting for this user to certify or decide it. */
export class InboxAdjustmentResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) projectId!: string;
  @ApiProperty() code!: string;
  @ApiProperty() title!: string;
  @ApiProperty() provinceName!: string;
  @ApiProperty({ type: ImplementingUnitResponse }) implementingUnit!: ImplementingUnitResponse;
  @ApiProperty({ example: 'SITE' }) kind!: string;
  @ApiProperty({ type: BilingualText }) kindLabel!: BilingualText;
  @ApiProperty({ example: 'REQUESTED' }) status!: string;
  @ApiProperty({ type: BilingualText }) statusLabel!: BilingualText;
  @ApiProperty({ type: [AwaitedActionResponse], description: 'What you may do on it now (certify, approve, reject)' })
  actions!: AwaitedActionResponse[];
  @ApiProperty() requestedAtLocal!: string;
}

export class InboxCountsResponse {
  @ApiProperty({ type: 'integer' }) projects!: number;
  @ApiProperty({ type: 'integer' }) reports!: number;
  @ApiProperty({ type: 'integer' }) escalations!: number;
  @ApiProperty({ type: 'integer', description: 'Adjustment requests waiting for your certification or decision' })
  adjustments!: number;
  @ApiProperty({ type: 'integer' }) total!: number;
}

export class InboxResponse {
  @ApiProperty({ type: InboxCountsResponse }) counts!: InboxCountsResponse;
  @ApiProperty({ type: [InboxProjectResponse] }) projects!: InboxProjectResponse[];
  @ApiProperty({ type: [InboxReportResponse] }) reports!: InboxReportResponse[];
  @ApiProperty({ type: [InboxEscalationResponse] }) escalations!: InboxEscalationResponse[];
  @ApiProperty({ type: [InboxAdjustmentResponse] }) adjustments!: InboxAdjustmentResponse[];
}
