import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsEmail, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { CATEGORY_CODES, PROVINCE_CODES, SCOPES } from '@kc/domain';

export class QueueQueryDto {
  @ApiPropertyOptional({ description: 'Province code (within your reach)' })
  @IsOptional()
  @IsIn(PROVINCE_CODES as string[], { message: 'province không tồn tại / unknown province code' })
  province?: string;

  @ApiPropertyOptional({ enum: SCOPES })
  @IsOptional()
  @IsIn(SCOPES as unknown as string[], { message: 'scope phải là NATIONAL hoặc LOCAL / must be NATIONAL or LOCAL' })
  scope?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsIn(CATEGORY_CODES as string[], { message: 'category không tồn tại / unknown category' })
  category?: string;

  @ApiPropertyOptional({ description: 'Email of the officer in charge' })
  @IsOptional()
  @IsEmail({}, { message: 'officer phải là email / must be an email address' })
  officer?: string;

  @ApiPropertyOptional({ description: 'Escalation level 0, 1, 2 or 3' })
  @IsOptional()
  @Type(() => Number)
  @IsIn([0, 1, 2, 3], { message: 'level phải là 0, 1, 2 hoặc 3 / must be 0, 1, 2 or 3' })
  level?: number;

  @ApiPropertyOptional({ description: 'Page size 1–500 (default 50); exports take up to 10,000 rows' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit phải là số nguyên 1–500 / must be a whole number from 1 to 500' })
  @Min(1)
  @Max(500)
  limit?: number;

  @ApiPropertyOptional({ description: 'nextCursor from the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  cursor?: string;

  @ApiPropertyOptional({ enum: ['json', 'csv', 'xlsx'] })
  @IsOptional()
  @IsIn(['json', 'csv', 'xlsx'], { message: 'format phải là json, csv hoặc xlsx / must be json, csv or xlsx' })
  format?: 'json' | 'csv' | 'xlsx';
}

export class UpcomingQueryDto extends QueueQueryDto {
  @ApiPropertyOptional({ description: 'Deadlines in the next N days (1–90, default 7)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'days phải là số nguyên 1–90 / must be a whole number from 1 to 90' })
  @Min(1)
  @Max(90)
  days?: number;
}

const ESCALATION_STATUS_VALUES = ['OPEN', 'ACKNOWLEDGED', 'RESOLVED', 'AUTO_CLOSED', 'ALL'];

export class EscalationQueueQueryDto extends QueueQueryDto {
  @ApiPropertyOptional({
    enum: ESCALATION_STATUS_VALUES,
    description:
      'Đang mở (OPEN và ACKNOWLEDGED) nếu bỏ trống; RESOLVED: đã xử lý; AUTO_CLOSED: đã tự đóng; ALL: tất cả / ' +
      'open ones (OPEN and ACKNOWLEDGED) by default',
  })
  @IsOptional()
  @IsIn(ESCALATION_STATUS_VALUES, {
    message:
      'status phải là OPEN, ACKNOWLEDGED, RESOLVED, AUTO_CLOSED hoặc ALL / must be OPEN, ACKNOWLEDGED, RESOLVED, AUTO_CLOSED or ALL',
  })
  status?: string;
}
