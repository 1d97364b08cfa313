import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { ANY_TIME_PROVINCE_CODES, PROVINCE_READINGS, ProvinceReading, REGION_KEYS } from '@kc/domain';
import { ExportFormatField, type ExportFormat } from '../exports/export-format';

const YEAR_MESSAGE = 'year phải là năm từ 2000 đến 2100 / year must be a year from 2000 to 2100';
const REGIONS = [...REGION_KEYS, 'NORTH'];

/**
 * GET /api/dashboard: the plan figures' year, region and province (the other figures keep the caller's reach);
 * format=csv|xlsx answers the plan figures alone, by province and by content area, as a file.
 */
export class DashboardQuery {
  @ApiPropertyOptional({ example: 2022, description: 'The plan year of the figures (default: this year in Vietnam)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: YEAR_MESSAGE })
  @Min(2000, { message: YEAR_MESSAGE })
  @Max(2100, { message: YEAR_MESSAGE })
  year?: number;

  @ApiPropertyOptional({
    enum: REGIONS,
    description:
      'NORTH_TT26 (or NORTH): the Northern region as TT 26/2014 counts it (28 provinces before the 2025 merger, 18 units after); the six socio-economic regions of NQ 81/2023',
  })
  @IsOptional()
  @IsIn(REGIONS, { message: `region phải là một trong / region must be one of: ${REGIONS.join(', ')}` })
  region?: string;

  @ApiPropertyOptional({ example: 'HN', description: 'One province (current or, for past years, former code)' })
  @IsOptional()
  @IsIn(ANY_TIME_PROVINCE_CODES as string[], {
    message: 'provinceCode phải là mã tỉnh / provinceCode must be a province code',
  })
  provinceCode?: string;

  @ApiPropertyOptional({
    enum: PROVINCE_READINGS,
    description:
      "AT_THE_TIME (default): figures by the province code of the plan year (2022 reads Hải Dương); CURRENT: by today's unit (Hải Dương's plans count under Hải Phòng, and provinceCode=HP takes both)",
  })
  @IsOptional()
  @IsIn(PROVINCE_READINGS as unknown as string[], {
    message: `provinceBy phải là một trong / provinceBy must be one of: ${PROVINCE_READINGS.join(', ')}`,
  })
  provinceBy?: ProvinceReading;

  @ExportFormatField()
  format?: ExportFormat;
}
