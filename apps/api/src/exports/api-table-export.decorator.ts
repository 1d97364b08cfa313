import { Type, applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, getSchemaPath } from '@nestjs/swagger';
import { CONTENT_TYPES } from './export-file';

/**
 * The 200 answer of a route with exports: the JSON model, or with format=csv a UTF-8 CSV (byte-order mark, header
 * line) and with format=xlsx a workbook, both as attachments named with the year. Each media type is described
 * with its own schema (a file is not the JSON model), so the web client, which asks for JSON, keeps its types.
 */
export function ApiTableExport(model: Type<unknown>, what: { vi: string; en: string }) {
  return applyDecorators(
    ApiExtraModels(model),
    ApiOkResponse({
      description: `JSON; format=csv hoặc xlsx: ${what.vi}, tệp tải về có năm trong tên / with format=csv or xlsx: ${what.en}, as a download named with the year`,
      content: {
        'application/json': { schema: { $ref: getSchemaPath(model) } },
        'text/csv': { schema: { type: 'string', description: 'UTF-8 with a byte-order mark, CRLF, a header line' } },
        [CONTENT_TYPES.xlsx]: { schema: { type: 'string', format: 'binary' } },
      },
    }),
  );
}
