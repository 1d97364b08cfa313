/** The nine-month review's answers, for the OpenAPI document (the web app's types are generated from it). */
import { ApiProperty } from '@nestjs/swagger';

export class ReviewRowResponse {
  @ApiProperty({ format: 'uuid' }) projectId!: string;
  @ApiProperty() code!: string;
  @ApiProperty() title!: string;
  @ApiProperty() provinceCode!: string;
  @ApiProperty({ example: 'IN_PROGRESS' }) state!: string;
  @ApiProperty({ type: 'integer' }) approvedSupportVnd!: number;
  @ApiProperty({ type: 'integer' }) disbursedVnd!: number;
  @ApiProperty() disbursedPct!: number;
  @ApiProperty({ type: Number, nullable: true }) physicalProgressPct!: number | null;
  @ApiProperty() plannedProgressPct!: number;
  @ApiProperty({ enum: ['LOW_DISBURSEMENT', 'LOW_PROGRESS'], enumName: 'ReviewReason', isArray: true })
  reasons!: Array<'LOW_DISBURSEMENT' | 'LOW_PROGRESS'>;
}

/** A stored review as one user may see it: only the rows of their reach. */
export class NineMonthReviewResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: 'integer' }) reviewYear!: number;
  @ApiProperty({ format: 'date-time' }) runAt!: string;
  @ApiProperty() runAtLocal!: string;
  @ApiProperty({ example: 'ON_DEMAND' }) trigger!: string;
  @ApiProperty({ type: 'integer' }) disbursementThresholdPct!: number;
  @ApiProperty({ type: 'integer' }) progressThresholdPct!: number;
  @ApiProperty({ type: 'integer' }) flagged!: number;
  @ApiProperty({ type: [ReviewRowResponse] }) rows!: ReviewRowResponse[];
}

export class NineMonthReviewSummaryResponse {
  @ApiProperty() reviewId!: string;
  @ApiProperty({ type: 'integer' }) reviewYear!: number;
  @ApiProperty({ format: 'date-time' }) runAt!: string;
  @ApiProperty({ type: 'integer' }) flagged!: number;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' }, description: 'Flagged per province' })
  byProvince!: Record<string, number>;
  @ApiProperty({ type: 'integer' }) mailed!: number;
}

export class NineMonthReviewRunResponse {
  @ApiProperty({ type: NineMonthReviewSummaryResponse }) summary!: NineMonthReviewSummaryResponse;
  @ApiProperty({ type: NineMonthReviewResponse, nullable: true }) review!: NineMonthReviewResponse | null;
}
