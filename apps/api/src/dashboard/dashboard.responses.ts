/** The dashboard's answer, for the OpenAPI document (the web app's types are generated from it). */
import { ApiExtraModels, ApiProperty } from '@nestjs/swagger';
import { NineMonthReviewResponse } from '../reviews/review.responses';
import { BilingualText } from '../common/bilingual.response';
import { PROVINCE_READINGS, type ProvinceReading } from '@kc/domain';

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

/** Plan figures of a group (the whole selection, a province, a content area), whole VND. */
export class PlanMoneyResponse {
  @ApiProperty({ type: 'integer', description: 'Assigned estimates (dự toán được giao) of the approved plans' })
  assignedVnd!: number;
  @ApiProperty({ type: 'integer' }) approvedVnd!: number;
  @ApiProperty({ type: 'integer' }) contractedVnd!: number;
  @ApiProperty({ type: 'integer' }) advancedVnd!: number;
  @ApiProperty({ type: 'integer' }) settledVnd!: number;
  @ApiProperty({ type: 'integer', description: 'advanced + settled' }) disbursedVnd!: number;
  @ApiProperty({ type: Number, nullable: true, example: 91.7, description: 'disbursed ÷ assigned, %, one decimal' })
  percentOfPlan!: number | null;
}

export class PlanProvinceFiguresResponse extends PlanMoneyResponse {
  @ApiProperty({ type: String, nullable: true, description: 'null: the national plan' }) provinceCode!: string | null;
  @ApiProperty() provinceName!: string;
}

export class PlanCategoryFiguresResponse extends PlanMoneyResponse {
  @ApiProperty({ example: 'MACHINERY' }) category!: string;
  @ApiProperty({ type: BilingualText }) label!: BilingualText;
}

export class UndisbursedProjectResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() code!: string;
  @ApiProperty() title!: string;
  @ApiProperty() provinceCode!: string;
  @ApiProperty() category!: string;
  @ApiProperty() state!: string;
  @ApiProperty({ type: 'integer' }) approvedVnd!: number;
  @ApiProperty({ type: 'integer' }) disbursedVnd!: number;
  @ApiProperty({ type: 'integer' }) undisbursedVnd!: number;
}

export class RegionResponse {
  @ApiProperty({ example: 'NORTH_TT26' }) key!: string;
  @ApiProperty() vi!: string;
  @ApiProperty() en!: string;
  @ApiProperty({ description: 'The legal basis of the membership used' }) basis!: string;
  @ApiProperty({ type: [String], description: 'The province codes counted for the year' }) provinceCodes!: string[];
}

/**
 * The dashboard: `reach` and `provinces` are the figures of every project in the caller's reach (unchanged since
 * issue 6); the top-level plan figures (issue 14) are the year's approved plans in the region or province asked
 * for: assignedVnd, disbursedVnd, percentOfPlan, and the same per province and per content area.
 */
@ApiExtraModels(FiguresResponse)
export class DashboardResponse extends PlanMoneyResponse {
  @ApiProperty({ type: NineMonthReviewResponse, nullable: true }) nineMonthReview!: NineMonthReviewResponse | null;
  @ApiProperty({ type: ReachFiguresResponse }) reach!: ReachFiguresResponse;
  @ApiProperty({ type: [ProvinceFiguresResponse] }) provinces!: ProvinceFiguresResponse[];
  @ApiProperty({ example: 2022, description: 'The plan year of the top-level figures' }) year!: number;
  @ApiProperty({ type: RegionResponse, nullable: true }) region!: RegionResponse | null;
  @ApiProperty({ type: String, nullable: true }) provinceCode!: string | null;
  @ApiProperty({
    enum: PROVINCE_READINGS,
    description: "Whether byProvince reads provinces by their code in the plan year or by today's unit",
  })
  provinceBy!: ProvinceReading;
  @ApiProperty({ type: [PlanProvinceFiguresResponse] }) byProvince!: PlanProvinceFiguresResponse[];
  @ApiProperty({ type: [PlanCategoryFiguresResponse] }) byCategory!: PlanCategoryFiguresResponse[];
  @ApiProperty({
    type: [UndisbursedProjectResponse],
    description: 'The 10 holding the most approved money not paid out',
  })
  mostUndisbursed!: UndisbursedProjectResponse[];
}
