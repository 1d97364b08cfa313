/** Inputs of the "Định mức hỗ trợ" page and of the cap a creation form shows. */
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { CATEGORY_CODES, PROVINCE_CODES, SCOPES, Scope } from '@kc/domain';

export const CAP_YEARS = { from: 2000, to: 2100 };

const YEAR = `year phải là năm từ ${CAP_YEARS.from} đến ${CAP_YEARS.to} / year must be from ${CAP_YEARS.from} to ${CAP_YEARS.to}`;
const PROVINCE =
  'provinceCode phải là mã một tỉnh, thành phố (ví dụ HN) / provinceCode must be a province code (e.g. HN)';
const CATEGORY =
  'category phải là mã một nội dung khuyến công (GET /api/categories) / category must be a content area code';
const PERCENT = 'percentOfCost phải là số nguyên từ 1 đến 100 / percentOfCost must be a whole number from 1 to 100';
const MAX_VND = 'maxVnd phải là số nguyên VND dương / maxVnd must be a positive whole number of VND';
const BASIS =
  'basis phải ghi văn bản quy định mức hỗ trợ, từ 5 đến 300 ký tự (ví dụ "Quyết định số 09/2021/QĐ-UBND") / basis must name the document that sets the cap, 5 to 300 characters';

export class SupportCapsQuery {
  @ApiPropertyOptional({ example: 'PT', description: 'Only this province’s own caps' })
  @IsOptional()
  @IsIn(PROVINCE_CODES as string[], { message: PROVINCE })
  provinceCode?: string;

  @ApiPropertyOptional({ example: 2026, description: 'Only this plan year’s own caps' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: YEAR })
  @Min(CAP_YEARS.from, { message: YEAR })
  @Max(CAP_YEARS.to, { message: YEAR })
  year?: number;
}

/** A project about to be created: the cap it would be held to today, and the figure for its total cost. */
export class ResolveSupportCapQuery {
  @ApiProperty({ enum: SCOPES, example: 'LOCAL' })
  @IsIn(SCOPES as unknown as string[], {
    message: 'scope phải là NATIONAL hoặc LOCAL / scope must be NATIONAL or LOCAL',
  })
  scope!: Scope;

  @ApiProperty({ example: 'HN' })
  @IsIn(PROVINCE_CODES as string[], { message: PROVINCE })
  provinceCode!: string;

  @ApiProperty({ example: 'MACHINERY' })
  @IsIn(CATEGORY_CODES as string[], { message: CATEGORY })
  category!: string;

  @ApiPropertyOptional({ description: 'In a priority area (NĐ 45 Art. 6): 1.5 times the national maximum' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'priorityArea phải là true hoặc false / priorityArea must be true or false' })
  priorityArea?: boolean;

  @ApiPropertyOptional({
    example: 1000000000,
    description: 'Total cost, integer VND: the answer gives the limit for it',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'totalCostVnd phải là số nguyên VND / totalCostVnd must be a whole number of VND' })
  @Min(1, { message: 'totalCostVnd phải dương / totalCostVnd must be positive' })
  @Max(Number.MAX_SAFE_INTEGER, { message: 'totalCostVnd quá lớn / totalCostVnd is too large' })
  totalCostVnd?: number;
}

/** A province's own cap for a year and content area: a share, a maximum or both, and the document that sets it. */
export class LocalSupportCapDto {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 100, example: 50, nullable: true })
  @IsOptional()
  @IsInt({ message: PERCENT })
  @Min(1, { message: PERCENT })
  @Max(100, { message: PERCENT })
  percentOfCost?: number | null;

  @ApiPropertyOptional({ type: 'integer', example: 150000000, nullable: true, description: 'Integer VND' })
  @IsOptional()
  @IsInt({ message: MAX_VND })
  @Min(1, { message: MAX_VND })
  @Max(Number.MAX_SAFE_INTEGER, { message: MAX_VND })
  maxVnd?: number | null;

  @ApiProperty({ example: 'Quyết định số 09/2021/QĐ-UBND của UBND tỉnh Gia Lai' })
  @IsString({ message: BASIS })
  @MinLength(5, { message: BASIS })
  @MaxLength(300, { message: BASIS })
  basis!: string;
}

export const CAP_PARAM_MESSAGES = { YEAR, PROVINCE, CATEGORY };
