import type { NextFunction, Request, Response } from 'express';

/** Malformed or oversized JSON is answered here, before routing, with the same error shape as everything else. */
export function answerBodyParserErrors(err: unknown, _req: Request, res: Response, next: NextFunction): void {
  const type = (err as { type?: string } | undefined)?.type;
  if (type === 'entity.parse.failed') {
    res.status(400).json({
      statusCode: 400,
      error: 'MALFORMED_JSON',
      message: 'Nội dung gửi lên không phải JSON hợp lệ / the request body is not valid JSON',
    });
    return;
  }
  if (type === 'entity.too.large') {
    res.status(413).json({
      statusCode: 413,
      error: 'PAYLOAD_TOO_LARGE',
      message: 'Nội dung gửi lên quá lớn (tối đa 256 KB) / the request body is too large (256 KB at most)',
    });
    return;
  }
  // The rest the body parser refuses: an unsupported charset or content encoding (415), a gzip body that does not
  // inflate, a length that does not match (400). Without this they would reach the filter as unknown errors (500).
  const status = (err as { status?: unknown } | undefined)?.status;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    const unsupported = status === 415;
    res.status(status).json({
      statusCode: status,
      error: unsupported ? 'UNSUPPORTED_MEDIA_TYPE' : 'UNREADABLE_BODY',
      message: unsupported
        ? 'Bảng mã hoặc kiểu nén của nội dung không được hỗ trợ, hãy gửi JSON UTF-8 / unsupported charset or content encoding: send UTF-8 JSON'
        : 'Không đọc được nội dung gửi lên / the request body could not be read',
    });
    return;
  }
  next(err);
}
