import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';

/** What a listing route answers with: JSON (the default), or the same rows as a CSV or Excel file (?format=). */
export const EXPORT_FORMATS = ['json', 'csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export type FileFormat = Exclude<ExportFormat, 'json'>;

export function isFileFormat(format: ExportFormat | undefined): format is FileFormat {
  return format === 'csv' || format === 'xlsx';
}

/** The `format` query parameter of a route with exports: the queues' spelling, message and 400 on anything else. */
export function ExportFormatField(): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({
      enum: EXPORT_FORMATS,
      description: 'json (mặc định / default); csv hoặc xlsx: cùng số liệu dưới dạng tệp / the same rows as a file',
    }),
    IsOptional(),
    IsIn(EXPORT_FORMATS as unknown as string[], {
      message: 'format phải là json, csv hoặc xlsx / must be json, csv or xlsx',
    }),
  );
}
