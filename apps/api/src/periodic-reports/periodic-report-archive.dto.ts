import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsString, Matches, Max, Min } from 'class-validator';
import { REPORT_PERIOD_FORMAT_MESSAGE } from '@kc/domain';
import { REPORT_FORMATS, type ReportFormat } from '@kc/documents';
import { BilingualText } from '../common/bilingual.response';

const PROVINCE_MESSAGE = 'provinceCode là mã tỉnh, thành phố, ví dụ BN / provinceCode is a province code, e.g. BN';

export class ArchiveQuery {
  @ApiProperty({ example: 'BN' })
  @IsString({ message: PROVINCE_MESSAGE })
  @Matches(/^[A-Z]{2,4}$/, { message: PROVINCE_MESSAGE })
  provinceCode!: string;
}

/** A period's report to assemble again. */
export class RegenerateReportDto extends ArchiveQuery {
  @ApiProperty({ example: '2026-Q3' })
  @IsString({ message: REPORT_PERIOD_FORMAT_MESSAGE })
  @Matches(/^\d{4}(-(Q[1-4]|H[12]))?$/, { message: REPORT_PERIOD_FORMAT_MESSAGE })
  period!: string;
}

/** One stored file: the path of GET /api/reports/periodic-archive/:provinceCode/:period/:format/:version. */
export class ArchivedReportParams extends RegenerateReportDto {
  @ApiProperty({ enum: REPORT_FORMATS })
  @IsIn(REPORT_FORMATS as unknown as string[], {
    message: 'format phải là docx, pdf hoặc xlsx / must be docx, pdf or xlsx',
  })
  format!: ReportFormat;

  @ApiProperty({ type: 'integer', minimum: 1, example: 1 })
  @Type(() => Number)
  @IsInt({ message: 'version là số nguyên từ 1 / version is a whole number from 1' })
  @Min(1, { message: 'version là số nguyên từ 1 / version is a whole number from 1' })
  @Max(100000, { message: 'version quá lớn / version too large' })
  version!: number;
}

export class ArchivedReportResponse {
  @ApiProperty({ example: 'BN' }) provinceCode!: string;
  @ApiProperty({ example: '2026-Q3' }) period!: string;
  @ApiProperty({ type: BilingualText, description: '"quý III năm 2026"' }) periodLabel!: BilingualText;
  @ApiProperty({ enum: REPORT_FORMATS }) format!: ReportFormat;
  @ApiProperty({ type: 'integer', description: '1: assembled and mailed when the period closed; later: regenerated' })
  version!: number;
  @ApiProperty() fileName!: string;
  @ApiProperty({ type: 'integer', description: 'Bytes' }) size!: number;
  @ApiProperty({ description: 'SHA-256 of the bytes as stored, checked on every download' }) sha256!: string;
  @ApiProperty({ description: 'Who generated it: the schedule, or the leader who asked' }) generatedBy!: string;
  @ApiProperty({ description: 'Assembled and mailed by the schedule when its period closed' }) bySchedule!: boolean;
  @ApiProperty({ description: 'UTC ISO' }) generatedAt!: string;
  @ApiProperty({ description: 'Asia/Ho_Chi_Minh, dd/MM/yyyy HH:mm' }) generatedAtLocal!: string;
  @ApiProperty({ description: 'The path to download it from' }) href!: string;
}

export class ArchivedReportsResponse {
  @ApiProperty({ type: [ArchivedReportResponse] }) items!: ArchivedReportResponse[];
}
