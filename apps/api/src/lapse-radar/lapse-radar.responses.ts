import { ApiProperty } from '@nestjs/swagger';
import { BilingualText } from '../common/bilingual.response';

export class LapseRadarItemResponse {
  @ApiProperty({ format: 'uuid' }) projectId!: string;
  @ApiProperty() code!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: ['NATIONAL', 'LOCAL'], enumName: 'Scope' }) scope!: string;
  @ApiProperty() provinceCode!: string;
  @ApiProperty({ example: 'IN_PROGRESS' }) state!: string;
  @ApiProperty() unitName!: string;
  @ApiProperty({ format: 'date' }) plannedEnd!: string;
  @ApiProperty({ type: Number, nullable: true }) approvedSupportVnd!: number | null;
  @ApiProperty({ type: 'integer' }) paidVnd!: number;
  @ApiProperty({ type: 'integer', description: 'Approved support not yet paid out: what would lapse' })
  atRiskVnd!: number;
  @ApiProperty({ type: String, format: 'date', nullable: true }) lastReportDay!: string | null;
  @ApiProperty({
    enum: ['ENDS_AFTER_FISCAL_YEAR', 'NO_RECENT_PROGRESS'],
    enumName: 'LapseReason',
    isArray: true,
  })
  reasons!: string[];
  @ApiProperty({ type: [String], description: 'The reasons in Vietnamese' }) reasonsVi!: string[];
  @ApiProperty({ type: [BilingualText], description: 'The reasons, Vietnamese and English' })
  reasonLabels!: BilingualText[];
}

export class LapseRadarResponse {
  @ApiProperty({ type: 'integer' }) year!: number;
  @ApiProperty({ format: 'date', description: 'The day the radar looks from (Vietnam time)' }) asOf!: string;
  @ApiProperty({ format: 'date', example: '2026-12-31' }) fiscalYearEnd!: string;
  @ApiProperty({ type: 'integer' }) staleAfterDays!: number;
  @ApiProperty({ type: 'integer' }) count!: number;
  @ApiProperty({ type: 'integer' }) totalAtRiskVnd!: number;
  @ApiProperty({ type: [LapseRadarItemResponse] }) items!: LapseRadarItemResponse[];
}
