import { ApiProperty } from '@nestjs/swagger';
import { BilingualText } from '../common/bilingual.response';

export class FieldNoteAuthorResponse {
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() email!: string;
  @ApiProperty({ type: String, nullable: true }) fullName!: string | null;
  @ApiProperty({ type: BilingualText }) positionLabel!: BilingualText;
  @ApiProperty({ type: String, nullable: true }) organisationName!: string | null;
}

export class FieldNoteResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '2026-06-12' }) observedOn!: string;
  @ApiProperty() text!: string;
  @ApiProperty({ type: String, nullable: true }) photoRef!: string | null;
  @ApiProperty({ type: FieldNoteAuthorResponse }) author!: FieldNoteAuthorResponse;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty() createdAtLocal!: string;
}

export class FieldNoteListResponse {
  @ApiProperty({ type: [FieldNoteResponse], description: 'Newest observation first' }) items!: FieldNoteResponse[];
  @ApiProperty({ description: 'Whether the signed-in user may file a field note on this project' })
  mayWrite!: boolean;
}
