import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches } from 'class-validator';
import { DOCUMENT_FORMATS, DOCUMENT_FORMS, type DocumentForm, type DocumentFormat } from '@kc/documents';

export class DocumentParams {
  @ApiProperty({ description: 'Mã hoặc id đề án / the project by id or code' })
  @IsString()
  id!: string;

  @ApiProperty({ enum: DOCUMENT_FORMS, enumName: 'DocumentForm' })
  @IsIn(DOCUMENT_FORMS as unknown as string[], {
    message:
      'form phải là progress-report (Mẫu 3b), acceptance-minutes (Mẫu 5a) hoặc liquidation-minutes (Mẫu 6) / must be progress-report, acceptance-minutes or liquidation-minutes',
  })
  form!: DocumentForm;
}

export class DocumentQuery {
  @ApiPropertyOptional({
    enum: DOCUMENT_FORMATS,
    enumName: 'DocumentFormat',
    description: 'docx để sửa, pdf để ký và lưu (mặc định pdf) / docx to edit, pdf to sign and archive (default pdf)',
  })
  @IsOptional()
  @IsIn(DOCUMENT_FORMATS as unknown as string[], { message: 'format phải là docx hoặc pdf / must be docx or pdf' })
  format?: DocumentFormat;

  @ApiPropertyOptional({
    example: '2026-11',
    description:
      'Báo cáo tiến độ đến hết tháng này (YYYY-MM) / the progress report up to this month (progress-report only)',
  })
  @IsOptional()
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, {
    message: 'period phải là tháng dạng YYYY-MM, ví dụ 2026-11 / must be a month as YYYY-MM, e.g. 2026-11',
  })
  period?: string;
}
