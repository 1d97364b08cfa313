import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  NotEquals,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  ANY_TIME_PROVINCE_CODES,
  CATEGORY_CODES,
  FUNDING_SOURCES,
  type FundingSource,
  PLAN_ACTIONS,
  PLAN_LEVELS,
  type PlanAction,
  type PlanLevel,
} from '@kc/domain';
import { IsCalendarDate } from '../common/is-calendar-date';
import { ExportFormatField, type ExportFormat } from '../exports/export-format';
import { IsUuidField } from '../common/is-uuid-field';

const YEAR = { min: 2000, max: 2100 };
const YEAR_MESSAGE = `year phải là năm từ ${YEAR.min} đến ${YEAR.max} / year must be a year from ${YEAR.min} to ${YEAR.max}`;
const PROVINCE_MESSAGE = 'provinceCode phải là mã tỉnh / provinceCode must be a province code';
const NOT_BLANK = /\S/;

export class ListPlansQuery {
  @ApiProperty({ example: 2026 })
  @Type(() => Number)
  @IsInt({ message: YEAR_MESSAGE })
  @Min(YEAR.min, { message: YEAR_MESSAGE })
  @Max(YEAR.max, { message: YEAR_MESSAGE })
  year!: number;

  @ApiPropertyOptional({ example: 'HN', description: 'Only the local plan of this province (and no national plan)' })
  @IsOptional()
  @IsIn(ANY_TIME_PROVINCE_CODES as string[], { message: PROVINCE_MESSAGE })
  provinceCode?: string;

  @ExportFormatField()
  format?: ExportFormat;
}

export class PlanLineDto {
  @ApiProperty({ example: 'MACHINERY', description: 'One of the 10 content areas' })
  @IsIn(CATEGORY_CODES as string[], {
    message: `lines[].category phải là một trong / must be one of: ${CATEGORY_CODES.join(', ')}`,
  })
  category!: string;

  @ApiProperty({ enum: FUNDING_SOURCES, example: 'PROVINCIAL' })
  @IsIn(FUNDING_SOURCES as unknown as string[], {
    message: `lines[].fundingSource phải là một trong / must be one of: ${FUNDING_SOURCES.join(', ')}`,
  })
  fundingSource!: FundingSource;

  @ApiProperty({
    type: 'integer',
    example: 2000000000,
    description: 'Assigned estimate (dự toán được giao), whole VND',
  })
  @IsInt({ message: 'lines[].assignedVnd phải là số nguyên VND / must be a whole number of VND' })
  @Min(0, { message: 'lines[].assignedVnd không được âm / must not be negative' })
  @Max(Number.MAX_SAFE_INTEGER)
  assignedVnd!: number;
}

export class CreatePlanDto {
  @ApiProperty({ enum: PLAN_LEVELS, example: 'LOCAL' })
  @IsIn(PLAN_LEVELS as unknown as string[], {
    message: 'level phải là NATIONAL hoặc LOCAL / must be NATIONAL or LOCAL',
  })
  level!: PlanLevel;

  @ApiProperty({ example: 2026 })
  @IsInt({ message: YEAR_MESSAGE })
  @Min(YEAR.min, { message: YEAR_MESSAGE })
  @Max(YEAR.max, { message: YEAR_MESSAGE })
  year!: number;

  @ApiPropertyOptional({ example: 'HN', description: 'Required for a local plan; absent for the national plan' })
  @ValidateIf((b: CreatePlanDto) => b.level === 'LOCAL' || b.provinceCode !== undefined)
  @IsIn(ANY_TIME_PROVINCE_CODES as string[], { message: PROVINCE_MESSAGE })
  provinceCode?: string;

  @ApiPropertyOptional({ example: 'Kế hoạch khuyến công địa phương năm 2026 của thành phố Hà Nội' })
  @IsOptional()
  @IsString({ message: 'title phải là chuỗi / title must be a string' })
  @Matches(NOT_BLANK, { message: 'title không được để trống / title must not be blank' })
  @MaxLength(300, { message: 'title dài quá 300 ký tự / title is longer than 300 characters' })
  title?: string;

  @ApiProperty({ type: [PlanLineDto] })
  @IsArray({ message: 'lines phải là danh sách / lines must be a list' })
  @ArrayMinSize(1, { message: 'lines: cần ít nhất một dòng / at least one line is required' })
  @ArrayMaxSize(40, { message: 'lines: tối đa 40 dòng / at most 40 lines' })
  @ValidateNested({ each: true })
  @Type(() => PlanLineDto)
  lines!: PlanLineDto[];
}

export class PlanActionDto {
  @ApiProperty({ enum: PLAN_ACTIONS, example: 'approve' })
  @IsIn(PLAN_ACTIONS as unknown as string[], {
    message: `action phải là một trong / must be one of: ${PLAN_ACTIONS.join(', ')}`,
  })
  action!: PlanAction;

  @ApiPropertyOptional({ description: 'approve, amend (required): number of the decision', example: '125/QĐ-UBND' })
  @ValidateIf((b: PlanActionDto) => b.action !== 'submit' || b.decisionNo !== undefined)
  @IsString({ message: 'decisionNo: cần số quyết định / the decision number is required' })
  @Matches(NOT_BLANK, { message: 'decisionNo: cần số quyết định / the decision number is required' })
  @MaxLength(100, { message: 'decisionNo dài quá 100 ký tự / decisionNo is longer than 100 characters' })
  decisionNo?: string;

  @ApiPropertyOptional({ description: 'approve, amend (required): day of the decision', example: '2026-01-15' })
  @ValidateIf((b: PlanActionDto) => b.action !== 'submit' || b.decisionDate !== undefined)
  @IsCalendarDate()
  decisionDate?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'amend (required): the line amended' })
  @ValidateIf((b: PlanActionDto) => b.action === 'amend' || b.lineId !== undefined)
  @IsUuidField('lineId', { vi: 'mã dòng kế hoạch', en: 'a plan line id' })
  lineId?: string;

  @ApiPropertyOptional({
    type: 'integer',
    description: 'amend (required): + addition, − cut, whole VND',
    example: -50000000,
  })
  @ValidateIf((b: PlanActionDto) => b.action === 'amend' || b.deltaVnd !== undefined)
  @IsInt({ message: 'deltaVnd phải là số nguyên VND khác 0 / deltaVnd must be a non-zero whole number of VND' })
  @NotEquals(0, { message: 'deltaVnd phải là số nguyên VND khác 0 / deltaVnd must be a non-zero whole number of VND' })
  @Min(-Number.MAX_SAFE_INTEGER)
  @Max(Number.MAX_SAFE_INTEGER)
  deltaVnd?: number;

  @ApiPropertyOptional({ description: 'amend (required): why the line changes' })
  @ValidateIf((b: PlanActionDto) => b.action === 'amend' || b.reason !== undefined)
  @IsString({ message: 'reason: cần nêu lý do điều chỉnh / a reason is required' })
  @MinLength(1, { message: 'reason: cần nêu lý do điều chỉnh / a reason is required' })
  @Matches(NOT_BLANK, { message: 'reason: cần nêu lý do điều chỉnh / a reason is required' })
  @MaxLength(2000)
  reason?: string;
}
