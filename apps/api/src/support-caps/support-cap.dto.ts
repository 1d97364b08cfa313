/** Inputs of the "Định mức hỗ trợ" page and of the cap a creation form shows. */
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import {
  ADVANCE_CONDITION_KINDS,
  AdvanceConditionKind,
  CAP_UNITS,
  CATEGORY_CODES,
  CapUnit,
  PROGRESS_MEASURES,
  PROVINCE_CODES,
  ProgressMeasure,
  SCOPES,
  Scope,
} from '@kc/domain';
import { IsCalendarDate } from '../common/is-calendar-date';

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

  @ApiPropertyOptional({ description: 'Support for forming an enterprise (advisory): its own advance rule' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({
    message: 'enterpriseFormation phải là true hoặc false / enterpriseFormation must be true or false',
  })
  enterpriseFormation?: boolean;

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

  @ApiPropertyOptional({
    example: '2027-07-01',
    description: 'Resolve for a project created on this day (YYYY-MM-DD); today by default',
  })
  @IsOptional()
  @IsCalendarDate()
  day?: string;
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

const CAP_PERCENT = 'caps[].percentOfCost phải là số nguyên từ 1 đến 100 / must be a whole number from 1 to 100';
const CAP_MAX = 'caps[].maxVnd phải là số nguyên VND dương / must be a positive whole number of VND';
const NAME = (field: string) =>
  `${field} phải ghi tên văn bản, từ 5 đến 300 ký tự / ${field} must name the instrument, 5 to 300 characters`;

/** One content area's cap in a version of the national caps. */
export class NationalCapRowDto {
  @ApiProperty({ enum: CATEGORY_CODES, example: 'MACHINERY' })
  @IsIn(CATEGORY_CODES as string[], { message: CATEGORY })
  category!: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 100, example: 50, nullable: true })
  @IsOptional()
  @IsInt({ message: CAP_PERCENT })
  @Min(1, { message: CAP_PERCENT })
  @Max(100, { message: CAP_PERCENT })
  percentOfCost?: number | null;

  @ApiPropertyOptional({ type: 'integer', example: 400000000, nullable: true, description: 'Integer VND' })
  @IsOptional()
  @IsInt({ message: CAP_MAX })
  @Min(1, { message: CAP_MAX })
  @Max(Number.MAX_SAFE_INTEGER, { message: CAP_MAX })
  maxVnd?: number | null;

  @ApiProperty({ enum: CAP_UNITS, description: 'What the maximum is counted for: one model or one establishment' })
  @IsIn(CAP_UNITS as unknown as string[], {
    message: 'caps[].per phải là MODEL hoặc ESTABLISHMENT / caps[].per must be MODEL or ESTABLISHMENT',
  })
  per!: CapUnit;

  @ApiPropertyOptional({ example: 'Điều 7 khoản 2', description: 'Where in the instrument' })
  @IsOptional()
  @IsString({ message: 'caps[].article phải là chuỗi / caps[].article must be text' })
  @MaxLength(100, { message: 'caps[].article: tối đa 100 ký tự / at most 100 characters' })
  article?: string;
}

const ADV_PERCENT = 'advances[].percent phải là số nguyên từ 1 đến 100 / must be a whole number from 1 to 100';
const ADV_PROGRESS = 'advances[].morePercentThan phải là số nguyên từ 1 đến 99 / must be a whole number from 1 to 99';

/** A content area's advance rule under a later instrument. */
export class NationalAdvanceRowDto {
  @ApiProperty({ enum: CATEGORY_CODES, example: 'MACHINERY' })
  @IsIn(CATEGORY_CODES as string[], { message: CATEGORY.replace('category', 'advances[].category') })
  category!: string;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: 100, example: 50, description: 'Share of the approved support' })
  @IsInt({ message: ADV_PERCENT })
  @Min(1, { message: ADV_PERCENT })
  @Max(100, { message: ADV_PERCENT })
  percent!: number;

  @ApiProperty({
    enum: ADVANCE_CONDITION_KINDS,
    description:
      'CONTRACT: on the signed contract; CERTIFIED_PROGRESS: after a progress report the Department certifies',
  })
  @IsIn(ADVANCE_CONDITION_KINDS as unknown as string[], {
    message:
      'advances[].condition phải là CONTRACT hoặc CERTIFIED_PROGRESS / advances[].condition must be CONTRACT or CERTIFIED_PROGRESS',
  })
  condition!: AdvanceConditionKind;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 99, nullable: true, example: 60 })
  @IsOptional()
  @IsInt({ message: ADV_PROGRESS })
  @Min(1, { message: ADV_PROGRESS })
  @Max(99, { message: ADV_PROGRESS })
  morePercentThan?: number | null;

  @ApiPropertyOptional({ enum: PROGRESS_MEASURES, nullable: true })
  @IsOptional()
  @IsIn(PROGRESS_MEASURES as unknown as string[], {
    message: 'advances[].measure phải là VOLUME hoặc INVESTMENT / advances[].measure must be VOLUME or INVESTMENT',
  })
  measure?: ProgressMeasure | null;

  @ApiPropertyOptional({ example: 'Điều 9', description: 'Where in the instrument' })
  @IsOptional()
  @IsString({ message: 'advances[].article phải là chuỗi / advances[].article must be text' })
  @MaxLength(100, { message: 'advances[].article: tối đa 100 ký tự / at most 100 characters' })
  article?: string;
}

const FACTOR =
  'priorityFactorPercent phải là số nguyên từ 100 đến 300 (150 = 1,5 lần) / must be 100 to 300 (150 = 1.5 times)';
const PERMILLE = (field: string) =>
  `${field} phải là số nguyên phần nghìn từ 1 đến 100 (25 = 2,5%) / ${field} must be 1 to 100 per mille (25 = 2.5%)`;

/** A later version of the national caps: the instrument, its effective day and its caps. */
export class NationalCapVersionDto {
  @ApiProperty({ example: 'Thông tư số 15/2027/TT-BTC' })
  @IsString({ message: NAME('nameVi') })
  @MinLength(5, { message: NAME('nameVi') })
  @MaxLength(300, { message: NAME('nameVi') })
  @Matches(/\S/, { message: NAME('nameVi') })
  nameVi!: string;

  @ApiPropertyOptional({ example: 'Circular 15/2027/TT-BTC', description: 'Defaults to the Vietnamese name' })
  @IsOptional()
  @IsString({ message: NAME('nameEn') })
  @MinLength(5, { message: NAME('nameEn') })
  @MaxLength(300, { message: NAME('nameEn') })
  nameEn?: string;

  @ApiProperty({ example: '2027-07-01', description: 'First day in force (YYYY-MM-DD)' })
  @IsCalendarDate()
  effectiveFrom!: string;

  @ApiProperty({ type: [NationalCapRowDto], description: 'One row per capped content area (1 to 10)' })
  @IsArray({ message: 'caps phải là danh sách / caps must be a list' })
  @ArrayMinSize(1, { message: 'caps: cần ít nhất một nội dung / at least one content area' })
  @ArrayMaxSize(CATEGORY_CODES.length, {
    message: `caps: tối đa ${CATEGORY_CODES.length} nội dung / at most ${CATEGORY_CODES.length} content areas`,
  })
  @ValidateNested({ each: true })
  @Type(() => NationalCapRowDto)
  caps!: NationalCapRowDto[];

  @ApiPropertyOptional({
    type: [NationalAdvanceRowDto],
    description: 'Advance rules the instrument changes; content areas left out keep the rule in force before it',
  })
  @IsOptional()
  @IsArray({ message: 'advances phải là danh sách / advances must be a list' })
  @ArrayMaxSize(CATEGORY_CODES.length, {
    message: `advances: tối đa ${CATEGORY_CODES.length} nội dung / at most ${CATEGORY_CODES.length} content areas`,
  })
  @ValidateNested({ each: true })
  @Type(() => NationalAdvanceRowDto)
  advances?: NationalAdvanceRowDto[];

  @ApiPropertyOptional({ type: 'integer', minimum: 100, maximum: 300, nullable: true, example: 150 })
  @IsOptional()
  @IsInt({ message: FACTOR })
  @Min(100, { message: FACTOR })
  @Max(300, { message: FACTOR })
  priorityFactorPercent?: number | null;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: 100,
    nullable: true,
    example: 25,
    description: "The implementing unit's management overhead, per mille of the project's estimate",
  })
  @IsOptional()
  @IsInt({ message: PERMILLE('unitOverheadPermille') })
  @Min(1, { message: PERMILLE('unitOverheadPermille') })
  @Max(100, { message: PERMILLE('unitOverheadPermille') })
  unitOverheadPermille?: number | null;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: 100,
    nullable: true,
    example: 15,
    description: "Programme management, per mille of the year's allocation (plans of years from its 1 January)",
  })
  @IsOptional()
  @IsInt({ message: PERMILLE('programmeManagementPermille') })
  @Min(1, { message: PERMILLE('programmeManagementPermille') })
  @Max(100, { message: PERMILLE('programmeManagementPermille') })
  programmeManagementPermille?: number | null;
}

export const CAP_VERSION_CODE = /^[A-Z0-9][A-Z0-9-]{2,39}$/;
export const CAP_VERSION_CODE_MESSAGE =
  'Mã văn bản gồm chữ in hoa, số và dấu gạch ngang, 3 đến 40 ký tự (ví dụ TT-15-2027) / the code is 3 to 40 capital letters, digits and hyphens (e.g. TT-15-2027)';
