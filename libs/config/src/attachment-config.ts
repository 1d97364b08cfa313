import { resolve } from 'node:path';
import { ConfigError, Env, readBoolean, readChoice, readOptional, readPositiveInt, readString } from './env';

/** 20 MiB: a scanned contract or a set of acceptance photos fits; a video does not. */
export const DEFAULT_ATTACHMENT_MAX_BYTES = 20 * 1024 * 1024;

export interface FsAttachmentStoreConfig {
  driver: 'fs';
  /** ATTACHMENT_DIR, or $DATA_DIR/attachments (DATA_DIR defaults to ./.data, as for `npm start`). */
  dir: string;
}

export interface S3AttachmentStoreConfig {
  driver: 's3';
  bucket: string;
  region: string;
  /** S3_ENDPOINT: an S3-compatible server (SeaweedFS, MinIO, Ceph); unset: AWS S3 of the region. */
  endpoint?: string;
  /** S3_FORCE_PATH_STYLE: http://host/bucket/key rather than http://bucket.host/key (default true with an endpoint). */
  forcePathStyle: boolean;
  /** Both or neither: unset, the SDK's own chain (instance role, AWS_* variables) applies. */
  credentials?: { accessKeyId: string; secretAccessKey: string };
}

export interface AttachmentConfig {
  /** ATTACHMENT_MAX_BYTES: the largest file accepted (default 20 MiB). */
  maxBytes: number;
  store: FsAttachmentStoreConfig | S3AttachmentStoreConfig;
}

/** ATTACHMENT_STORE=fs (default) or s3, and each driver's settings; a bad value names its variable. */
export function loadAttachmentConfig(env: Env = process.env, cwd = process.cwd()): AttachmentConfig {
  const maxBytes = readPositiveInt(env, 'ATTACHMENT_MAX_BYTES', DEFAULT_ATTACHMENT_MAX_BYTES);
  const driver = readChoice(env, 'ATTACHMENT_STORE', ['fs', 's3'] as const, 'fs');
  if (driver === 'fs') {
    const dir =
      readOptional(env, 'ATTACHMENT_DIR') ?? resolve(cwd, readString(env, 'DATA_DIR', './.data'), 'attachments');
    return { maxBytes, store: { driver, dir: resolve(cwd, dir) } };
  }
  const endpoint = readOptional(env, 'S3_ENDPOINT');
  if (endpoint && !/^https?:\/\/[^/\s]+/.test(endpoint)) {
    throw new ConfigError('S3_ENDPOINT', `must be an http:// or https:// address, got "${endpoint}"`);
  }
  const bucket = readString(env, 'S3_BUCKET', '');
  if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket)) {
    throw new ConfigError('S3_BUCKET', `must be an S3 bucket name (3–63 of a-z 0-9 . -) when ATTACHMENT_STORE=s3`);
  }
  const accessKeyId = readOptional(env, 'S3_ACCESS_KEY_ID');
  const secretAccessKey = readOptional(env, 'S3_SECRET_ACCESS_KEY');
  if (!accessKeyId !== !secretAccessKey) {
    throw new ConfigError('S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY', 'must be set together, or neither');
  }
  return {
    maxBytes,
    store: {
      driver,
      bucket,
      region: readString(env, 'S3_REGION', 'us-east-1'),
      endpoint,
      forcePathStyle: readBoolean(env, 'S3_FORCE_PATH_STYLE', endpoint !== undefined),
      credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
    },
  };
}
