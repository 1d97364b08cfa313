import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { PROVINCE_CODES } from '@kc/domain';
import { ExportFormatField, type ExportFormat } from '../exports/export-format';

/** GET /api/plans/lapse-radar: the plan year, a province within the caller's reach, JSON or a file. */
export class LapseRadarQueryDto {
  @ApiPropertyOptional({ description: 'Plan year (default: this year in Vietnam)', example: 2026 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'year phải là năm, ví dụ 2026 / must be a year such as 2026' })
  @Min(2000)
  @Max(2200)
  year?: number;

  @ApiPropertyOptional({ description: 'Province code (within your reach)' })
  @IsOptional()
  @IsIn(PROVINCE_CODES as string[], { message: 'provinceCode không tồn tại / unknown province code' })
  provinceCode?: string;

  @ExportFormatField()
  format?: ExportFormat;
}
