/** The calendar policies' inputs: which level, province and plan year to show, and one milestone's override. */
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { MAX_REMIND_DAYS_BEFORE, MILESTONE_FIELD_PROBLEMS, PLAN_LEVELS, PROVINCE_CODES, PlanLevel } from '@kc/domain';

/** The plan years the page offers; the holiday rules are only meaningful within a range. */
export const PLAN_YEARS = { from: 2000, to: 2100 };

const YEAR_MESSAGE = `year phải là năm kế hoạch từ ${PLAN_YEARS.from} đến ${PLAN_YEARS.to} / year must be a plan year from ${PLAN_YEARS.from} to ${PLAN_YEARS.to}`;
const PROVINCE_MESSAGE =
  'provinceCode phải là mã một tỉnh, thành phố (ví dụ HN); bỏ trống để sửa lịch chung của cấp / provinceCode must be a province code (e.g. HN); leave it out for the level’s own dates';

/** The province whose own dates are meant (absent: the level's dates for every province) and the plan year shown. */
export class CalendarScopeQuery {
  @ApiPropertyOptional({
    example: 'HN',
    description: 'A province’s own dates; absent: the level’s, for every province',
  })
  @IsOptional()
  @IsIn(PROVINCE_CODES as string[], { message: PROVINCE_MESSAGE })
  provinceCode?: string;

  @ApiPropertyOptional({ example: 2027, description: 'The plan year N whose dates are shown (default: this year)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: YEAR_MESSAGE })
  @Min(PLAN_YEARS.from, { message: YEAR_MESSAGE })
  @Max(PLAN_YEARS.to, { message: YEAR_MESSAGE })
  year?: number;
}

export class CalendarPoliciesQuery extends CalendarScopeQuery {
  @ApiProperty({ enum: PLAN_LEVELS, example: 'NATIONAL' })
  @IsIn(PLAN_LEVELS as unknown as string[], {
    message: 'level phải là NATIONAL (quốc gia) hoặc LOCAL (địa phương) / level must be NATIONAL or LOCAL',
  })
  level!: PlanLevel;
}

const FIELD = MILESTONE_FIELD_PROBLEMS;

/**
 * One milestone's override: the fields given replace the default, the others keep it. At least one is needed; the
 * day must exist in the month (the month given, or the one the milestone keeps).
 */
export class MilestoneOverrideDto {
  @ApiPropertyOptional({ type: 'integer', enum: [-1, 0, 1], example: -1, description: 'Year N-1, N or N+1' })
  @IsOptional()
  @IsInt({ message: FIELD.yearOffset })
  @Min(-1, { message: FIELD.yearOffset })
  @Max(1, { message: FIELD.yearOffset })
  yearOffset?: -1 | 0 | 1;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 12, example: 6 })
  @IsOptional()
  @IsInt({ message: FIELD.month })
  @Min(1, { message: FIELD.month })
  @Max(12, { message: FIELD.month })
  month?: number;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 31, example: 15 })
  @IsOptional()
  @IsInt({ message: FIELD.day })
  @Min(1, { message: FIELD.day })
  @Max(31, { message: FIELD.day })
  day?: number;

  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: MAX_REMIND_DAYS_BEFORE, example: 10 })
  @IsOptional()
  @IsInt({ message: FIELD.remindDaysBefore })
  @Min(0, { message: FIELD.remindDaysBefore })
  @Max(MAX_REMIND_DAYS_BEFORE, { message: FIELD.remindDaysBefore })
  remindDaysBefore?: number;
}
