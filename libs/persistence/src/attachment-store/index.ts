import type { AttachmentConfig } from '@kc/config';
import type { AttachmentStore } from './attachment-store';
import { FsAttachmentStore } from './fs-attachment-store';
import { S3AttachmentStore } from './s3-attachment-store';

export * from './attachment-store';
export { FsAttachmentStore } from './fs-attachment-store';
export { S3AttachmentStore } from './s3-attachment-store';

/** The store the configuration names (ATTACHMENT_STORE=fs|s3). */
export function createAttachmentStore(config: AttachmentConfig['store']): AttachmentStore {
  return config.driver === 'fs' ? new FsAttachmentStore(config.dir) : new S3AttachmentStore(config);
}
