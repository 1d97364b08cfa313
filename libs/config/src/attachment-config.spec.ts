import { DEFAULT_ATTACHMENT_MAX_BYTES, loadAttachmentConfig } from './attachment-config';

describe('attachment settings', () => {
  it('keeps files under DATA_DIR on the filesystem by default, up to 20 MiB', () => {
    expect(loadAttachmentConfig({}, '/srv/kc')).toEqual({
      maxBytes: DEFAULT_ATTACHMENT_MAX_BYTES,
      store: { driver: 'fs', dir: '/srv/kc/.data/attachments' },
    });
    expect(loadAttachmentConfig({ DATA_DIR: '/var/kc', ATTACHMENT_MAX_BYTES: '1048576' }, '/srv')).toEqual({
      maxBytes: 1048576,
      store: { driver: 'fs', dir: '/var/kc/attachments' },
    });
    expect(loadAttachmentConfig({ ATTACHMENT_DIR: 'files' }, '/srv').store).toEqual({
      driver: 'fs',
      dir: '/srv/files',
    });
  });

  it('reads the S3 driver settings, path-style by default with an endpoint', () => {
    expect(
      loadAttachmentConfig({
        ATTACHMENT_STORE: 's3',
        S3_ENDPOINT: 'http://127.0.0.1:8333',
        S3_BUCKET: 'kc-attachments',
        S3_ACCESS_KEY_ID: 'key',
        S3_SECRET_ACCESS_KEY: 'secret',
      }).store,
    ).toEqual({
      driver: 's3',
      bucket: 'kc-attachments',
      region: 'us-east-1',
      endpoint: 'http://127.0.0.1:8333',
      forcePathStyle: true,
      credentials: { accessKeyId: 'key', secretAccessKey: 'secret' },
    });
  });

  it('names the variable that is wrong', () => {
    expect(() => loadAttachmentConfig({ ATTACHMENT_STORE: 'ftp' })).toThrow(/ATTACHMENT_STORE must be one of fs, s3/);
    expect(() => loadAttachmentConfig({ ATTACHMENT_MAX_BYTES: '20MB' })).toThrow(/ATTACHMENT_MAX_BYTES/);
    expect(() => loadAttachmentConfig({ ATTACHMENT_STORE: 's3' })).toThrow(/S3_BUCKET/);
    expect(() => loadAttachmentConfig({ ATTACHMENT_STORE: 's3', S3_BUCKET: 'b1b', S3_ENDPOINT: 'minio:9000' })).toThrow(
      /S3_ENDPOINT/,
    );
    expect(() => loadAttachmentConfig({ ATTACHMENT_STORE: 's3', S3_BUCKET: 'b1b', S3_ACCESS_KEY_ID: 'k' })).toThrow(
      /S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY/,
    );
  });
});
