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
  next(err);
}
