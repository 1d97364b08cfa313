import {
  CreateBucketCommand,
  GetObjectCommand,
  HeadBucketCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import type { S3AttachmentStoreConfig } from '@kc/config';
import { AttachmentStore, AttachmentStoreUnavailable, assertStoreKey } from './attachment-store';

function isMissing(err: unknown): boolean {
  return (
    err instanceof S3ServiceException &&
    (err.name === 'NoSuchKey' || err.name === 'NotFound' || err.$metadata.httpStatusCode === 404)
  );
}

/**
 * The S3-compatible driver (AWS S3, SeaweedFS, MinIO, Ceph RGW): one object per key in one bucket. The SHA-256 the
 * table keeps is also sent as the object's checksum, so the server refuses bytes damaged on the way in.
 */
export class S3AttachmentStore implements AttachmentStore {
  readonly driver = 's3' as const;
  readonly client: S3Client;

  constructor(readonly config: S3AttachmentStoreConfig) {
    this.client = new S3Client({
      region: config.region,
      endpoint: config.endpoint,
      forcePathStyle: config.forcePathStyle,
      credentials: config.credentials,
      maxAttempts: 3,
    });
  }

  get bucket(): string {
    return this.config.bucket;
  }

  /** Creates the bucket when it is not there (the embedded test server starts empty); production buckets exist. */
  async ensureBucket(): Promise<void> {
    try {
      await this.client.send(new HeadBucketCommand({ Bucket: this.bucket }));
    } catch (err) {
      if (!isMissing(err)) throw this.unavailable(err);
      await this.client.send(new CreateBucketCommand({ Bucket: this.bucket })).catch((e: unknown) => {
        throw this.unavailable(e);
      });
    }
  }

  async put(key: string, bytes: Buffer, contentType: string): Promise<void> {
    assertStoreKey(key);
    try {
      await this.client.send(
        new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: bytes, ContentType: contentType }),
      );
    } catch (err) {
      throw this.unavailable(err);
    }
  }

  async get(key: string): Promise<Buffer | undefined> {
    assertStoreKey(key);
    try {
      const answer = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      if (!answer.Body) return Buffer.alloc(0);
      return Buffer.from(await answer.Body.transformToByteArray());
    } catch (err) {
      if (isMissing(err)) return undefined;
      throw this.unavailable(err);
    }
  }

  async list(prefix: string): Promise<string[]> {
    const keys: string[] = [];
    let token: string | undefined;
    try {
      do {
        const page = await this.client.send(
          new ListObjectsV2Command({ Bucket: this.bucket, Prefix: prefix, ContinuationToken: token }),
        );
        for (const item of page.Contents ?? []) if (item.Key) keys.push(item.Key);
        token = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (token);
    } catch (err) {
      throw this.unavailable(err);
    }
    return keys.sort();
  }

  destroy(): void {
    this.client.destroy();
  }

  private unavailable(err: unknown): AttachmentStoreUnavailable {
    return new AttachmentStoreUnavailable('s3', err instanceof Error ? `${err.name}: ${err.message}` : String(err));
  }
}
