import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { CATEGORY_CODES, PROJECT_STATES, PROVINCE_CODES, ProjectState, SCOPES, Scope } from '@kc/domain';

export class ListProjectsQuery {
  @ApiPropertyOptional({ enum: PROJECT_STATES })
  @IsOptional()
  @IsIn(PROJECT_STATES as unknown as string[], {
    message: `state phải là một trong / must be one of: ${PROJECT_STATES.join(', ')}`,
  })
  state?: ProjectState;

  @ApiPropertyOptional({ description: 'Province code' })
  @IsOptional()
  @IsIn(PROVINCE_CODES as string[], { message: 'province không tồn tại / unknown province code' })
  province?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsIn(CATEGORY_CODES as string[], { message: 'category không tồn tại / unknown category' })
  category?: string;

  @ApiPropertyOptional({ enum: SCOPES })
  @IsOptional()
  @IsIn(SCOPES as unknown as string[], { message: 'scope phải là NATIONAL hoặc LOCAL / must be NATIONAL or LOCAL' })
  scope?: Scope;

  @ApiPropertyOptional({
    description:
      'Text search in code, title, beneficiary, implementing unit; with or without diacritics, "D" for "Đ", any case',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ description: 'Page size, 1 to 200 (default 50)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit phải là số nguyên từ 1 đến 200 / must be a whole number from 1 to 200' })
  @Min(1)
  @Max(200)
  limit?: number;

  @ApiPropertyOptional({ description: 'nextCursor from the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  cursor?: string;
}
