import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { IsCalendarDate } from '../common/is-calendar-date';

export class ExtendDeadlineDto {
  @ApiPropertyOptional({
    example: '2026-11',
    description: 'The report period to extend; omit to extend the current state’s time limit',
  })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  periodKey?: string;

  @ApiProperty({ example: '2026-12-05', description: 'New due day (local), later than the current one' })
  @IsCalendarDate()
  newDueDay!: string;

  @ApiProperty({ example: 'Đơn vị đề nghị gia hạn do thiết bị nhập khẩu về chậm' })
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  reason!: string;
}
