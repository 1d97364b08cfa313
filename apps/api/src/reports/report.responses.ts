/** The shapes of the report routes, for the OpenAPI document (the web app's types are generated from it). */
import { ApiProperty } from '@nestjs/swagger';
import { BilingualText } from '../common/bilingual.response';

const REPORT_STATUSES = ['ON_TIME', 'LATE', 'MISSING', 'OPEN'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export class ReportVersionResponse {
  @ApiProperty({ type: 'integer' }) version!: number;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 100 }) physicalProgressPct!: number;
  @ApiProperty({ type: 'integer', description: 'VND' }) fundsUsedVnd!: number;
  @ApiProperty({ type: String, nullable: true }) issues!: string | null;
  @ApiProperty() isCorrection!: boolean;
  @ApiProperty() submittedByEmail!: string;
  @ApiProperty({ format: 'date-time' }) submittedAt!: string;
}

export class ReportPeriodResponse {
  @ApiProperty({ example: '2026-11' }) period!: string;
  @ApiProperty({ type: BilingualText }) label!: BilingualText;
  @ApiProperty({ example: '2026-11-25', description: 'The due day, local (Asia/Ho_Chi_Minh), inclusive' })
  dueDay!: string;
  @ApiProperty({ format: 'date-time' }) dueAt!: string;
  @ApiProperty() dueAtLocal!: string;
  @ApiProperty() extended!: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) submittedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) submittedAtLocal!: string | null;
  @ApiProperty({ enum: REPORT_STATUSES, enumName: 'ReportStatus' }) status!: ReportStatus;
  @ApiProperty({ type: [ReportVersionResponse] }) versions!: ReportVersionResponse[];
}

export class ReportReceiptResponse {
  @ApiProperty() periodKey!: string;
  @ApiProperty({ type: 'integer' }) version!: number;
  @ApiProperty() onTime!: boolean;
  @ApiProperty({ format: 'date-time' }) submittedAt!: string;
  @ApiProperty() submittedAtLocal!: string;
}
