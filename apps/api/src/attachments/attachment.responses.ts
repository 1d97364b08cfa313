import { ApiProperty } from '@nestjs/swagger';
import { FieldNoteAuthorResponse } from '../field-notes/field-note.responses';
import { ATTACHMENT_KINDS, AttachmentKind } from './attachment.dto';

export class AttachmentResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) projectId!: string;
  @ApiProperty({ example: 'Hợp đồng 15-HĐ-KCĐP-2026.pdf' }) fileName!: string;
  @ApiProperty({ example: 'application/pdf', description: 'Read from the content, not from the name' })
  contentType!: string;
  @ApiProperty({ description: 'Bytes' }) size!: number;
  @ApiProperty({
    pattern: '^[0-9a-f]{64}$',
    description: 'SHA-256 of the bytes as uploaded, checked on every download',
  })
  sha256!: string;
  @ApiProperty({ enum: ATTACHMENT_KINDS, enumName: 'AttachmentKind' }) kind!: AttachmentKind;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '2026-05' }) reportPeriod!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'sign_contract' }) action!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) adjustmentId!: string | null;
  @ApiProperty({ type: FieldNoteAuthorResponse }) uploadedBy!: FieldNoteAuthorResponse;
  @ApiProperty({ format: 'date-time' }) uploadedAt!: string;
  @ApiProperty({ example: '10:05 27/11/2026', description: 'Asia/Ho_Chi_Minh' }) uploadedAtLocal!: string;
  @ApiProperty({ description: 'Whether the signed-in user may delete it (its uploader, or a Department leader)' })
  mayDelete!: boolean;
}

export class AttachmentListResponse {
  @ApiProperty({ type: [AttachmentResponse], description: 'Newest first; deleted ones are not listed' })
  items!: AttachmentResponse[];
  @ApiProperty({ description: 'Whether the signed-in user may upload on this project' }) mayUpload!: boolean;
  @ApiProperty({ description: 'The largest file accepted, in bytes (ATTACHMENT_MAX_BYTES)' }) maxBytes!: number;
  @ApiProperty({ type: [String], example: ['PDF', 'JPEG', 'PNG', 'DOCX (Word)', 'XLSX (Excel)'] })
  allowedTypes!: string[];
}

export class DeletedAttachmentResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'date-time' }) deletedAt!: string;
  @ApiProperty() deletedAtLocal!: string;
  @ApiProperty() deletedBy!: string;
}
