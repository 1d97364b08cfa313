/** The dashboard's answer, for the OpenAPI document (the web app's types are generated from it). */
import { ApiExtraModels, ApiProperty } from '@nestjs/swagger';
import { NineMonthReviewResponse } from '../reviews/review.responses';

export class DisbursedFiguresResponse {
  @ApiProperty({ type: 'integer' }) advances!: number;
  @ApiProperty({ type: 'integer' }) final!: number;
  @ApiProperty({ type: 'integer' }) total!: number;
}

export class FiguresResponse {
  @ApiProperty({ type: 'integer' }) plannedSupportVnd!: number;
  @ApiProperty({ type: DisbursedFiguresResponse }) disbursedVnd!: DisbursedFiguresResponse;
  @ApiProperty({ type: Number, nullable: true, description: 'One decimal; null when nothing is planned' })
  percentOfPlan!: number | null;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' }, description: 'Projects per state code' })
  countsByState!: Record<string, number>;
  @ApiProperty({ type: 'integer' }) late!: number;
  @ApiProperty({ type: 'integer' }) lateReports!: number;
  @ApiProperty({ type: 'integer' }) stalled!: number;
  @ApiProperty({ type: Number, nullable: true }) avgDaysOverdue!: number | null;
}

export class ReachFiguresResponse extends FiguresResponse {
  @ApiProperty({ type: String, nullable: true, description: 'Null for a national user' }) provinceCode!: string | null;
}

export class ProvinceFiguresResponse extends FiguresResponse {
  @ApiProperty() provinceCode!: string;
  @ApiProperty() provinceName!: string;
}

@ApiExtraModels(FiguresResponse)
export class DashboardResponse {
  @ApiProperty({ type: NineMonthReviewResponse, nullable: true }) nineMonthReview!: NineMonthReviewResponse | null;
  @ApiProperty({ type: ReachFiguresResponse }) reach!: ReachFiguresResponse;
  @ApiProperty({ type: [ProvinceFiguresResponse] }) provinces!: ProvinceFiguresResponse[];
}
