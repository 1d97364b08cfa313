import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { REPORT_PERIOD_FORMAT_MESSAGE } from '@kc/domain';
import { REPORT_FORMATS, type ReportFormat } from '@kc/documents';

const PROVINCE_MESSAGE = 'provinceCode là mã tỉnh, thành phố, ví dụ BN / provinceCode is a province code, e.g. BN';

/** The file's format, common to both papers. */
class ReportFormatQuery {
  @ApiPropertyOptional({
    enum: REPORT_FORMATS,
    enumName: 'ReportFormat',
    description: 'docx để sửa, pdf để ký, xlsx để tính lại (mặc định pdf) / docx to edit, pdf to sign, xlsx to add up',
  })
  @IsOptional()
  @IsIn(REPORT_FORMATS as unknown as string[], {
    message: 'format phải là docx, pdf hoặc xlsx / must be docx, pdf or xlsx',
  })
  format?: ReportFormat;
}

export class PeriodicReportQuery extends ReportFormatQuery {
  @ApiProperty({ example: 'BN', description: 'Mã tỉnh, thành phố / the province' })
  @IsString({ message: PROVINCE_MESSAGE })
  @Matches(/^[A-Z]{2,4}$/, { message: PROVINCE_MESSAGE })
  provinceCode!: string;

  @ApiProperty({
    example: '2026-Q3',
    description: 'Kỳ báo cáo: quý (2026-Q3), 6 tháng (2026-H1, 2026-H2) hoặc năm (2026) / a quarter, half-year or year',
  })
  @IsString({ message: REPORT_PERIOD_FORMAT_MESSAGE })
  @Matches(/^\d{4}(-(Q[1-4]|H[12]))?$/, { message: REPORT_PERIOD_FORMAT_MESSAGE })
  period!: string;
}

export class RegistrationSummaryQuery extends ReportFormatQuery {
  @ApiProperty({ example: 'BN', description: 'Mã tỉnh, thành phố / the province' })
  @IsString({ message: PROVINCE_MESSAGE })
  @Matches(/^[A-Z]{2,4}$/, { message: PROVINCE_MESSAGE })
  provinceCode!: string;

  @ApiProperty({ example: 2027, description: 'Năm kế hoạch / the plan year' })
  @Type(() => Number)
  @IsInt({ message: 'year phải là năm, ví dụ 2027 / year must be a year, e.g. 2027' })
  @Min(2000, { message: 'year từ 2000 / year from 2000' })
  @Max(2100, { message: 'year đến 2100 / year up to 2100' })
  year!: number;
}
