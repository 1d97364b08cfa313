import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { IsCalendarDate } from '../common/is-calendar-date';

export const MAX_FIELD_NOTE_LENGTH = 2000;
export const MAX_PHOTO_REF_LENGTH = 500;

export class CreateFieldNoteDto {
  @ApiProperty({ example: '2026-06-12', description: 'The day on site (YYYY-MM-DD), not after today' })
  @IsCalendarDate()
  observedOn!: string;

  @ApiProperty({ example: 'Đã lắp đặt 2/3 máy sấy; hộ dân đang chạy thử.', maxLength: MAX_FIELD_NOTE_LENGTH })
  @IsString({ message: 'text phải là chuỗi / text must be a string' })
  @Matches(/\S/, { message: 'text: cần nhập nội dung ghi chép / text is required' })
  @MaxLength(MAX_FIELD_NOTE_LENGTH, {
    message: `text dài quá ${MAX_FIELD_NOTE_LENGTH} ký tự / text is longer than ${MAX_FIELD_NOTE_LENGTH} characters`,
  })
  text!: string;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: MAX_PHOTO_REF_LENGTH,
    example: 'Ảnh IMG_2041 trong hồ sơ ảnh hiện trường xã Phú Nghĩa',
    description: 'Where the photo is kept (a file name, a link): a reference, not the photo',
  })
  @IsOptional()
  @IsString({ message: 'photoRef phải là chuỗi / photoRef must be a string' })
  @MaxLength(MAX_PHOTO_REF_LENGTH, {
    message: `photoRef dài quá ${MAX_PHOTO_REF_LENGTH} ký tự / photoRef is longer than ${MAX_PHOTO_REF_LENGTH} characters`,
  })
  photoRef?: string | null;
}
