/**
 * Where the bytes of attachments live: a key (chosen by the server, never by the uploader) and the bytes. The table
 * `attachments` keeps what the bytes must hash to; the store only keeps them. Two drivers: the filesystem under
 * DATA_DIR (embedded default) and an S3-compatible bucket (production).
 */
export interface AttachmentStore {
  readonly driver: 'fs' | 's3';
  /** Writes the bytes under the key; a key is written once (a second put of the same key is refused). */
  put(key: string, bytes: Buffer, contentType: string): Promise<void>;
  /** The bytes under the key, or undefined when nothing is stored there. */
  get(key: string): Promise<Buffer | undefined>;
  /** The keys under a prefix ("projects/<id>/"), sorted. */
  list(prefix: string): Promise<string[]>;
}

/** A key the server made: lower-case letters, digits, dashes and slashes, no empty or dot segment. */
const KEY = /^[a-z0-9-]+(\/[a-z0-9-]+)*$/;

export function assertStoreKey(key: string): void {
  if (!KEY.test(key)) throw new Error(`invalid attachment store key: ${JSON.stringify(key)}`);
}

/** The key of an attachment's bytes: by project and attachment id, both uuids. */
export function attachmentKey(projectId: string, attachmentId: string): string {
  const key = `projects/${projectId}/${attachmentId}`;
  assertStoreKey(key);
  return key;
}

/** A failure of the store itself (disk, network, credentials), not of the request: answered as 503. */
export class AttachmentStoreUnavailable extends Error {
  constructor(
    readonly driver: 'fs' | 's3',
    detail: string,
  ) {
    super(`attachment store (${driver}) unavailable: ${detail}`);
    this.name = 'AttachmentStoreUnavailable';
  }
}
