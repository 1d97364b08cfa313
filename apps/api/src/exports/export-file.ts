import { StreamableFile } from '@nestjs/common';
import type { FileFormat } from './export-format';
import { attachmentDisposition } from './sheet-name';
import { ExportColumn, tableToCsv, tableToXlsx } from './table-export';

export const CONTENT_TYPES: Record<FileFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** A table to download: its columns and rows, the sheet's name and the file's (Vietnamese, without extension). */
export interface TableExport<T> {
  columns: ReadonlyArray<ExportColumn<T>>;
  rows: readonly T[];
  sheetName: string;
  fileName: string;
}

/** The table as a CSV or Excel download: content type and Content-Disposition set, formulas neutralised. */
export async function tableFile<T>(format: FileFormat, table: TableExport<T>): Promise<StreamableFile> {
  const body =
    format === 'csv'
      ? tableToCsv(table.columns, table.rows)
      : await tableToXlsx(table.columns, table.rows, table.sheetName);
  return new StreamableFile(body, {
    type: CONTENT_TYPES[format],
    disposition: attachmentDisposition(table.fileName, format),
    length: body.length,
  });
}
