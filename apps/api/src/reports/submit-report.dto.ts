import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';

export class SubmitReportDto {
  @ApiProperty({
    example: '2026-11',
    description: 'Period key: 2026-11 (monthly), 2026-Q4 (quarterly), P0001 (interval)',
  })
  @IsString()
  @MinLength(1)
  @MaxLength(20)
  period!: string;

  @ApiProperty({ example: 45, description: 'Physical progress, percent 0–100' })
  @IsInt({ message: 'physicalProgressPct phải là số nguyên 0–100 / must be a whole number from 0 to 100' })
  @Min(0)
  @Max(100)
  physicalProgressPct!: number;

  @ApiProperty({ example: 540000000, description: 'Funds used so far, integer VND' })
  @IsInt({ message: 'fundsUsedVnd phải là số nguyên VND / must be a whole number of VND' })
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  fundsUsedVnd!: number;

  @ApiPropertyOptional({ example: 'Chậm giao máy do nhập khẩu' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  issues?: string;

  @ApiPropertyOptional({ example: ['bien-ban-kiem-tra.pdf'], description: 'Attachment file names' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  attachments?: string[];

  @ApiPropertyOptional({ description: 'true to add a corrected version of a report already submitted' })
  @IsOptional()
  @IsBoolean()
  correction?: boolean;
}
