import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export class InboxQueryDto {
  @ApiPropertyOptional({ description: 'Rows per group, 1–200 (default 50); the counts are always complete' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit phải là số nguyên 1–200 / must be a whole number from 1 to 200' })
  @Min(1, { message: 'limit phải là số nguyên 1–200 / must be a whole number from 1 to 200' })
  @Max(200, { message: 'limit phải là số nguyên 1–200 / must be a whole number from 1 to 200' })
  limit?: number;
}
