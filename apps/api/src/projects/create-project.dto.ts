import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { IsCalendarDate } from '../common/is-calendar-date';
import { IsUuidField } from '../common/is-uuid-field';
import { CATEGORY_CODES, MAX_PILOT_YEARS, PROVINCE_CODES, SCOPES, Scope } from '@kc/domain';
import { IsDeliverableEmail } from '../common/is-deliverable-email';

const VND = { min: 1, max: Number.MAX_SAFE_INTEGER };
const VND_MIN = VND.min;

/** One year of a pilot project's support. */
export class PilotYearDto {
  @ApiProperty({ type: 'integer', example: 2026 })
  @IsInt({ message: 'pilot.years[].year phải là năm / must be a year' })
  @Min(2000, { message: 'pilot.years[].year phải từ 2000 / must be from 2000' })
  @Max(2100, { message: 'pilot.years[].year phải đến 2100 / must be up to 2100' })
  year!: number;

  @ApiProperty({ type: 'integer', example: 1000000000, description: 'Support asked for this year, integer VND' })
  @IsInt({ message: 'pilot.years[].supportVnd phải là số nguyên VND / must be a whole number of VND' })
  @Min(VND_MIN, { message: 'pilot.years[].supportVnd phải dương / must be positive' })
  @Max(Number.MAX_SAFE_INTEGER)
  supportVnd!: number;
}

/** A pilot project's terms: its linked content areas beside the main one and its support by year. */
export class PilotTermsDto {
  @ApiProperty({ type: [String], example: ['MACHINERY', 'PRODUCTS_AND_FAIRS'] })
  @IsArray({ message: 'pilot.linkedCategories phải là danh sách / must be a list' })
  @ArrayMaxSize(CATEGORY_CODES.length)
  @IsIn(CATEGORY_CODES as string[], {
    each: true,
    message: 'pilot.linkedCategories: mỗi mục là mã một nội dung khuyến công / each must be a content area code',
  })
  linkedCategories!: string[];

  @ApiProperty({ type: [PilotYearDto], description: 'One row per year, from the start year to the end year' })
  @IsArray({ message: 'pilot.years phải là danh sách / must be a list' })
  @ArrayMaxSize(MAX_PILOT_YEARS, {
    message: `pilot.years: tối đa ${MAX_PILOT_YEARS} năm / at most ${MAX_PILOT_YEARS} years`,
  })
  @ValidateNested({ each: true })
  @Type(() => PilotYearDto)
  years!: PilotYearDto[];
}

export class ImplementingUnitDto {
  @ApiProperty({ example: 'Trung tâm Khuyến công Hà Nội' })
  @IsString()
  @MinLength(2)
  @MaxLength(300)
  name!: string;

  @ApiProperty({
    example: 'ttkc@example.vn',
    description: 'Receives reminders; the implementer user with this email acts for the unit',
  })
  @IsDeliverableEmail({
    message:
      'implementingUnit.email phải là địa chỉ email gửi được, dạng ten@don-vi.vn, không có dấu ngoặc kép hay khoảng trắng / must be a deliverable address such as name@unit.vn (no quotes, spaces or IP literals)',
  })
  @MaxLength(254)
  email!: string;
}

export class CreateProjectDto {
  @ApiProperty({ enum: SCOPES, example: 'LOCAL' })
  @IsIn(SCOPES as unknown as string[], {
    message: 'scope phải là NATIONAL hoặc LOCAL / scope must be NATIONAL or LOCAL',
  })
  scope!: Scope;

  @ApiProperty({ example: 'HN', description: 'Province code, see GET /api/provinces' })
  @IsIn(PROVINCE_CODES as string[], {
    message: 'provinceCode không tồn tại, xem GET /api/provinces / unknown province code, see GET /api/provinces',
  })
  provinceCode!: string;

  @ApiProperty({ example: 'MACHINERY', description: 'Content category, see GET /api/categories' })
  @IsIn(CATEGORY_CODES as string[], {
    message: 'category không tồn tại, xem GET /api/categories / unknown category, see GET /api/categories',
  })
  category!: string;

  @ApiProperty({ example: 'Hỗ trợ máy sấy nông sản' })
  @IsString()
  @MinLength(5)
  @MaxLength(500)
  title!: string;

  @ApiProperty({ type: ImplementingUnitDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => ImplementingUnitDto)
  implementingUnit!: ImplementingUnitDto;

  @ApiProperty({ example: 'HTX Chè Tân Cương' })
  @IsString()
  @MinLength(2)
  @MaxLength(300)
  beneficiary!: string;

  @ApiProperty({ example: 450000000, description: 'Integer VND' })
  @IsInt({ message: 'totalCostVnd phải là số nguyên VND / must be a whole number of VND' })
  @Min(VND.min)
  @Max(VND.max)
  totalCostVnd!: number;

  @ApiProperty({ example: 135000000, description: 'Integer VND, at most totalCostVnd' })
  @IsInt({ message: 'requestedSupportVnd phải là số nguyên VND / must be a whole number of VND' })
  @Min(VND.min)
  @Max(VND.max)
  requestedSupportVnd!: number;

  @ApiProperty({ example: '2026-03-01' })
  @IsCalendarDate()
  plannedStart!: string;

  @ApiProperty({ example: '2026-11-30' })
  @IsCalendarDate()
  plannedEnd!: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description:
      "The plan line the project draws on (issue 14); when absent, its plan's line for its content area on the default source",
  })
  @IsOptional()
  @IsUuidField('planLineId', { vi: 'mã dòng kế hoạch', en: 'a plan line id' })
  planLineId?: string;

  @ApiPropertyOptional({
    description:
      'A group project (đề án nhóm): several establishments named later in an implementation plan (Mẫu 11) the Department approves before the contract',
  })
  @IsOptional()
  @IsBoolean({ message: 'group phải là true hoặc false / group must be true or false' })
  group?: boolean;

  @ApiPropertyOptional({
    example: 10000000,
    description:
      "The implementing unit's management overhead in the project's estimate, integer VND: at most 2.5% of the total cost (TTLT 26/2014)",
  })
  @IsOptional()
  @IsInt({ message: 'unitOverheadVnd phải là số nguyên VND / must be a whole number of VND' })
  @Min(0, { message: 'unitOverheadVnd không được âm / must not be negative' })
  @Max(Number.MAX_SAFE_INTEGER)
  unitOverheadVnd?: number;

  @ApiPropertyOptional({
    description:
      'In a priority area (NĐ 45/2012 Art. 6: highland, island, border or ethnic-minority areas…): the national maximum support is 1.5 times the normal one',
  })
  @IsOptional()
  @IsBoolean({ message: 'priorityArea phải là true hoặc false / priorityArea must be true or false' })
  priorityArea?: boolean;

  @ApiPropertyOptional({
    description:
      'Support for forming an enterprise (advisory content area only): no advance; paid 100% after base acceptance with the business registration (TT 36/2013 Art. 12)',
  })
  @IsOptional()
  @IsBoolean({ message: 'enterpriseFormation phải là true hoặc false / enterpriseFormation must be true or false' })
  enterpriseFormation?: boolean;

  @ApiPropertyOptional({
    type: PilotTermsDto,
    description:
      'A pilot project (đề án điểm, national): two or more linked content areas over more than one year, its support split by year; advances follow each year’s progress and the unused part carries over',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => PilotTermsDto)
  pilot?: PilotTermsDto;
}
