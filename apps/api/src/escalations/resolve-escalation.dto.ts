import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';

export class ResolveEscalationDto {
  @ApiProperty({ example: 'Đã kiểm tra thực tế; đơn vị cam kết nộp báo cáo trước 05/12' })
  @IsString()
  @MinLength(1, { message: 'note (ghi chú xử lý) là bắt buộc / a resolution note is required' })
  @MaxLength(4000)
  note!: string;
}
