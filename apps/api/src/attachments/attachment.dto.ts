import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { ACTIONS } from '@kc/domain';

/** What the paper is, for the list (a clerk's folder is sorted by it). */
export const ATTACHMENT_KINDS = ['CONTRACT', 'MINUTES', 'DECISION', 'REPORT', 'INVOICE', 'PHOTO', 'OTHER'] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];
export const MAX_ATTACHMENT_NOTE = 1000;

/** The text fields of the multipart upload, beside the file (field `file`). */
export class UploadAttachmentDto {
  @ApiProperty({
    type: 'string',
    format: 'binary',
    description: 'PDF, JPEG, PNG, DOCX or XLSX; the type is read from the content',
  })
  // Read by multer, never in the text fields; declared for the OpenAPI form (and whitelisted as optional).
  @IsOptional()
  file?: unknown;

  @ApiPropertyOptional({ enum: ATTACHMENT_KINDS, enumName: 'AttachmentKind', default: 'OTHER' })
  @IsOptional()
  @IsIn(ATTACHMENT_KINDS, {
    message: `kind phải là một trong ${ATTACHMENT_KINDS.join(', ')} / kind must be one of ${ATTACHMENT_KINDS.join(', ')}`,
  })
  kind?: AttachmentKind;

  @ApiPropertyOptional({ maxLength: MAX_ATTACHMENT_NOTE, example: 'Bản scan hợp đồng đã ký, 4 trang' })
  @IsOptional()
  @IsString({ message: 'note phải là chuỗi / note must be a string' })
  @MaxLength(MAX_ATTACHMENT_NOTE, {
    message: `note dài quá ${MAX_ATTACHMENT_NOTE} ký tự / note is longer than ${MAX_ATTACHMENT_NOTE} characters`,
  })
  note?: string;

  @ApiPropertyOptional({
    example: '2026-05',
    description: 'The report period this evidences: 2026-05 (monthly), 2026-Q2 (quarterly), P0001 (interval)',
  })
  @IsOptional()
  @Matches(/^(\d{4}-(0[1-9]|1[0-2]|Q[1-4])|P\d{4,6})$/, {
    message:
      'reportPeriod phải có dạng 2026-05, 2026-Q2 hoặc P0001 / reportPeriod must look like 2026-05, 2026-Q2 or P0001',
  })
  reportPeriod?: string;

  @ApiPropertyOptional({ enum: ACTIONS, description: 'The action this evidences (sign_contract, accept, settle…)' })
  @IsOptional()
  @IsIn(ACTIONS, { message: 'action không phải là một bước của đề án / action is not a project action' })
  action?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The adjustment request this evidences' })
  @IsOptional()
  @IsUUID('all', { message: 'adjustmentId phải là uuid / adjustmentId must be a uuid' })
  adjustmentId?: string;
}
