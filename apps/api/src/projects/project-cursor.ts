import type { ProjectCursor } from '@kc/persistence';
import { ApiError } from '../common/api-error';

/** Opaque keyset cursor: base64url of the last row's (createdAt, id). */
export function encodeCursor(cursor: ProjectCursor | null): string | null {
  return cursor ? Buffer.from(JSON.stringify([cursor.createdAt, cursor.id])).toString('base64url') : null;
}

export function decodeCursor(raw: string | undefined): ProjectCursor | null {
  if (!raw) return null;
  try {
    const [createdAt, id] = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as [string, string];
    if (Number.isNaN(Date.parse(createdAt)) || !/^[0-9a-f-]{36}$/i.test(id)) throw new Error('shape');
    return { createdAt, id };
  } catch {
    throw ApiError.badRequest(
      'cursor không hợp lệ; dùng nextCursor của trang trước / invalid cursor: pass nextCursor from the previous page',
    );
  }
}
