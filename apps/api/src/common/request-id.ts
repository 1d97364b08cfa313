import type { NextFunction, Request, Response } from 'express';
import { randomUUID } from 'node:crypto';

export const REQUEST_ID_HEADER = 'X-Request-Id';

/** What a client may pass as its own request id: short, and safe to store and to echo in a header. */
const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,100}$/;

export interface RequestWithId {
  requestId?: string;
}

/** Express middleware: keeps a sane incoming X-Request-Id or makes a UUID, and echoes it in the response. */
export function assignRequestId(req: Request, res: Response, next: NextFunction): void {
  const incoming = req.header(REQUEST_ID_HEADER);
  const requestId = incoming && SANE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
  (req as Request & RequestWithId).requestId = requestId;
  res.setHeader(REQUEST_ID_HEADER, requestId);
  next();
}

/** The request's id (assigned by assignRequestId, which runs before everything else). */
export function requestIdOf(req: RequestWithId): string {
  return req.requestId ?? 'unassigned';
}
