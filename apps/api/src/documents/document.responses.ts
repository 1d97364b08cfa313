import { ApiProperty } from '@nestjs/swagger';
import { BilingualText } from '../common/bilingual.response';
import { DOCUMENT_FORMATS, DOCUMENT_FORMS, type DocumentForm, type DocumentFormat } from '@kc/documents';

export class DocumentFormResponse {
  @ApiProperty({ enum: DOCUMENT_FORMS, enumName: 'DocumentForm' }) form!: DocumentForm;
  @ApiProperty({ example: 'Mẫu 3b' }) template!: string;
  @ApiProperty({ type: BilingualText }) label!: BilingualText;
  @ApiProperty({ description: 'Whether the paper can be made now' }) available!: boolean;
  @ApiProperty({ type: BilingualText, nullable: true, description: 'Why not yet, when it cannot' })
  notReady!: BilingualText | null;
  @ApiProperty({ enum: DOCUMENT_FORMATS, enumName: 'DocumentFormat', isArray: true }) formats!: DocumentFormat[];
}
