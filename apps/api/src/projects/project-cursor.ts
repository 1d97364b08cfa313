import type { ProjectCursor } from '@kc/persistence';
import { UUID_PATTERN, decodeKeyset, encodeKeyset } from '../common/keyset-cursor';

/** The projects list pages in (createdAt, id) order. */
export function encodeCursor(cursor: ProjectCursor | null): string | null {
  return encodeKeyset(cursor && { at: cursor.createdAt, key: cursor.id });
}

export function decodeCursor(raw: string | undefined): ProjectCursor | null {
  const position = decodeKeyset(raw, (id) => UUID_PATTERN.test(id));
  return position && { createdAt: position.at, id: position.key };
}
