import { ApiProperty } from '@nestjs/swagger';

/** A label in Vietnamese first, English second. */
export class BilingualText {
  @ApiProperty({ example: 'Đang thực hiện' })
  vi!: string;

  @ApiProperty({ example: 'In progress' })
  en!: string;
}

/** A code with its bilingual label (a state, a category, an action, a role). */
export class CodeLabelResponse extends BilingualText {
  @ApiProperty({ example: 'IN_PROGRESS' })
  code!: string;
}
