/**
 * The S3 attachment store against a real S3-compatible server started here on a free port (gofakes3 by default,
 * SeaweedFS when SEAWEEDFS_PATH is set: test/support/s3-server.ts): the driver's
 * round trip and listing, then the API configured with ATTACHMENT_STORE=s3: upload, list, the same bytes back, and
 * bytes changed in the bucket behind the API's back refused (409).
 */
import { createHash } from 'node:crypto';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { S3AttachmentStore } from '@kc/persistence';
import { ApiClient, ApiHarness, startApiHarness } from '../support/api-harness';
import { downloadAttachment, sampleDocx, samplePdf, uploadAttachment } from '../support/attachment-samples';
import { eventually } from '../support/eventually';
import { newProjectRequest } from '../support/request-bodies';
import { S3Server, startS3Server } from '../support/s3-server';

const BUCKET = 'kc-attachments-test';
let server: S3Server;
let store: S3AttachmentStore;
let api: ApiHarness;
let token: string;
let projectId: string;

beforeAll(async () => {
  server = await startS3Server();
  store = new S3AttachmentStore({
    driver: 's3',
    bucket: BUCKET,
    region: 'us-east-1',
    endpoint: server.endpoint,
    forcePathStyle: true,
    credentials: { accessKeyId: 'kc-test', secretAccessKey: 'kc-test-secret' },
  });
  // The server answers once its master, volume, filer and S3 gateway are up: the bucket is made then.
  await eventually(() => store.ensureBucket(), 90000, 500);
  api = await startApiHarness({
    env: {
      ATTACHMENT_STORE: 's3',
      S3_ENDPOINT: server.endpoint,
      S3_BUCKET: BUCKET,
      S3_ACCESS_KEY_ID: 'kc-test',
      S3_SECRET_ACCESS_KEY: 'kc-test-secret',
    },
  });
  const login = await new ApiClient(api.baseUrl).post('/auth/login', {
    email: 'officer.hn@demo.local',
    password: 'demo1234',
  });
  token = login.body.accessToken;
  const project = await new ApiClient(api.baseUrl, token).post('/projects', newProjectRequest('Đề án tệp trên S3'));
  expect(project.status).toBe(201);
  projectId = project.body.id;
}, 180000);

afterAll(async () => {
  await api?.stop();
  store?.destroy();
  await server?.stop();
});

it('puts, gets and lists objects in the bucket; a missing key is undefined', async () => {
  const bytes = samplePdf('S3');
  await store.put('projects/driver-test/one', bytes, 'application/pdf');
  await store.put('projects/driver-test/two', Buffer.from('2'), 'application/octet-stream');
  expect((await store.get('projects/driver-test/one'))!.equals(bytes)).toBe(true);
  expect(await store.get('projects/driver-test/none')).toBeUndefined();
  expect(await store.list('projects/driver-test/')).toEqual(['projects/driver-test/one', 'projects/driver-test/two']);
});

it('keeps an upload through the API in the bucket, lists it and serves the same bytes', async () => {
  const bytes = await sampleDocx('Biên bản nghiệm thu lưu trên S3');
  const up = await uploadAttachment(
    api.baseUrl,
    token,
    projectId,
    { bytes, name: 'Biên bản.docx' },
    { kind: 'MINUTES' },
  );
  expect(up.status).toBe(201);
  expect(up.body.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
  expect(await store.list(`projects/${projectId}/`)).toEqual([`projects/${projectId}/${up.body.id}`]);
  const list = await new ApiClient(api.baseUrl, token).get(`/projects/${projectId}/attachments`);
  expect(list.body.items.map((a: { id: string; uploadedBy: { email: string } }) => [a.id, a.uploadedBy.email])).toEqual(
    [[up.body.id, 'officer.hn@demo.local']],
  );
  const down = await downloadAttachment(api.baseUrl, token, up.body.id);
  expect(down.status).toBe(200);
  expect(down.bytes.equals(bytes)).toBe(true);
  expect(down.headers.get('x-content-type-options')).toBe('nosniff');
});

it('refuses bytes changed in the bucket after upload with 409', async () => {
  const bytes = samplePdf('Hoa don 0001234');
  const up = await uploadAttachment(api.baseUrl, token, projectId, { bytes, name: 'hoa-don.pdf' });
  expect(up.status).toBe(201);
  const key = `projects/${projectId}/${up.body.id}`;
  const forged = Buffer.from(bytes.toString('latin1').replace('0001234', '9991234'), 'latin1');
  await store.client.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: forged }));
  const tampered = await downloadAttachment(api.baseUrl, token, up.body.id);
  expect(tampered.status).toBe(409);
  expect(tampered.body.message).toMatch(/^Tệp đính kèm đã bị thay đổi sau khi tải lên \(SHA-256 không khớp\)/);
  await store.put(key, bytes, 'application/pdf');
  expect((await downloadAttachment(api.baseUrl, token, up.body.id)).status).toBe(200);
});

it('answers 503 naming the store, not 500, while the S3 server is down', async () => {
  const up = await uploadAttachment(api.baseUrl, token, projectId, { bytes: samplePdf(), name: 'truoc-khi-dung.pdf' });
  expect(up.status).toBe(201);
  await server.stop();
  const down = await downloadAttachment(api.baseUrl, token, up.body.id);
  expect(down.status).toBe(503);
  expect(down.body.message).toMatch(
    /^Kho lưu trữ tệp đính kèm không phản hồi, vui lòng thử lại sau \/ the attachment store \(s3\) is unreachable/,
  );
  const upload = await uploadAttachment(api.baseUrl, token, projectId, { bytes: samplePdf(), name: 'khi-dung.pdf' });
  expect(upload.status).toBe(503);
});
