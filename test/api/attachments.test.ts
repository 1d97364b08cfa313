/**
 * Attachments (issue 17): each accepted type uploaded and downloaded byte for byte with the download headers; the
 * type from the content (a wrong type behind a right extension refused), the size limit, an empty file, tampered bytes
 * on disk refused, the province reach (404), who may delete, the soft delete (hidden, kept, audited).
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiClient, ApiHarness, startApiHarness } from '../support/api-harness';
import { newProjectRequest } from '../support/request-bodies';
import {
  downloadAttachment,
  sampleDocx,
  sampleExe,
  sampleHtml,
  sampleJpeg,
  samplePdf,
  samplePng,
  sampleXlsx,
  uploadAttachment,
} from '../support/attachment-samples';

const MAX_BYTES = 1024 * 1024;
let api: ApiHarness;
let dir: string;
const tokens: Record<string, string> = {};
let hnProject: string;
let bnProject: string;

async function login(email: string): Promise<string> {
  const res = await fetch(`${api.baseUrl}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'demo1234' }),
  });
  return ((await res.json()) as { accessToken: string }).accessToken;
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kc-attachments-'));
  api = await startApiHarness({ env: { ATTACHMENT_DIR: dir, ATTACHMENT_MAX_BYTES: String(MAX_BYTES) } });
  for (const who of ['officer.hn', 'unit.hn', 'approver.hn', 'supervisor.hn', 'officer.bn', 'ctv.hn']) {
    tokens[who] = await login(`${who}@demo.local`);
  }
  const hn = await new ApiClient(api.baseUrl, tokens['officer.hn']).post(
    '/projects',
    newProjectRequest('Đề án hồ sơ đính kèm'),
  );
  const bn = await new ApiClient(api.baseUrl, tokens['officer.bn']).post(
    '/projects',
    newProjectRequest('Đề án Bắc Ninh có tệp', {
      provinceCode: 'BN',
      implementingUnit: { name: 'Trung tâm Khuyến công Bắc Ninh', email: 'unit.bn@demo.local' },
    }),
  );
  expect([hn.status, bn.status]).toEqual([201, 201]);
  hnProject = hn.body.id;
  bnProject = bn.body.id;
});

afterAll(async () => {
  await api?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('upload and download', () => {
  const cases: Array<[string, () => Buffer | Promise<Buffer>, string, string]> = [
    ['PDF', () => samplePdf(), 'Hợp đồng số 15-HĐ.pdf', 'application/pdf'],
    ['JPEG', () => sampleJpeg(), 'Ảnh nghiệm thu.jpg', 'image/jpeg'],
    ['PNG', () => samplePng(), 'so-do.png', 'image/png'],
    [
      'DOCX',
      () => sampleDocx(),
      'Biên bản.docx',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ],
    [
      'XLSX',
      () => sampleXlsx(),
      'Bảng kê chứng từ.xlsx',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ],
  ];

  test.each(cases)(
    '%s: 201 with its SHA-256, the same bytes back with attachment and nosniff',
    async (_, make, name, type) => {
      const bytes = await make();
      const up = await uploadAttachment(api.baseUrl, tokens['unit.hn'], hnProject, { bytes, name }, { kind: 'OTHER' });
      expect(up.status).toBe(201);
      expect(up.body).toMatchObject({
        sha256: sha256(bytes),
        size: bytes.length,
        contentType: type,
        fileName: name.normalize('NFC'),
        uploadedBy: { email: 'unit.hn@demo.local' },
      });
      expect(up.body.uploadedAtLocal).toMatch(/^\d{2}:\d{2} \d{2}\/\d{2}\/\d{4}$/);

      const down = await downloadAttachment(api.baseUrl, tokens['officer.hn'], up.body.id);
      expect(down.status).toBe(200);
      expect(down.bytes.equals(bytes)).toBe(true);
      expect(down.headers.get('content-type')).toBe(type);
      expect(down.headers.get('x-content-type-options')).toBe('nosniff');
      const disposition = down.headers.get('content-disposition')!;
      expect(disposition).toMatch(/^attachment; filename="[a-z0-9-]+\.[a-z]+"; filename\*=UTF-8''/);
      expect(decodeURIComponent(/filename\*=UTF-8''(.+)$/.exec(disposition)![1])).toBe(name.normalize('NFC'));
    },
  );

  it('lists them newest first with uploader and time; everyone of the province reads, another province does not', async () => {
    const list = await new ApiClient(api.baseUrl, tokens['ctv.hn']).get(`/projects/${hnProject}/attachments`);
    expect(list.status).toBe(200);
    expect(list.body.items.length).toBeGreaterThanOrEqual(5);
    expect(list.body.items[0]).toMatchObject({
      uploadedBy: { email: 'unit.hn@demo.local', positionLabel: { vi: expect.any(String) } },
      mayDelete: false,
    });
    expect(list.body).toMatchObject({ mayUpload: false, maxBytes: MAX_BYTES });
    const foreign = await new ApiClient(api.baseUrl, tokens['officer.hn']).get(`/projects/${bnProject}/attachments`);
    expect(foreign.status).toBe(404);
  });
});

describe('refusals', () => {
  it('refuses an executable or an HTML page named .pdf with 415, naming the allowed types in Vietnamese first', async () => {
    for (const bytes of [sampleExe(), sampleHtml()]) {
      const res = await uploadAttachment(api.baseUrl, tokens['officer.hn'], hnProject, {
        bytes,
        name: 'hop-dong.pdf',
        type: 'application/pdf',
      });
      expect(res.status).toBe(415);
      expect(res.body.error).toBe('ATTACHMENT_TYPE_NOT_ALLOWED');
      expect(res.body.message).toMatch(
        /^Loại tệp không được chấp nhận: nội dung của "hop-dong.pdf".* \/ file type not accepted/,
      );
      expect(res.body.message).toContain('PDF, JPEG, PNG, DOCX (Word), XLSX (Excel)');
    }
  });

  it('refuses a file over ATTACHMENT_MAX_BYTES with 413 and the limit in MB, and an empty file with 400', async () => {
    const big = Buffer.concat([samplePdf(), Buffer.alloc(MAX_BYTES + 10, 0x20)]);
    const tooBig = await uploadAttachment(api.baseUrl, tokens['officer.hn'], hnProject, {
      bytes: big,
      name: 'scan.pdf',
    });
    expect(tooBig.status).toBe(413);
    expect(tooBig.body.message).toMatch(
      /^Tệp vượt quá dung lượng cho phép 1 MB.* \/ the file is larger than the 1 MB limit/,
    );
    const empty = await uploadAttachment(api.baseUrl, tokens['officer.hn'], hnProject, {
      bytes: Buffer.alloc(0),
      name: 'x.pdf',
    });
    expect(empty.status).toBe(400);
    expect(empty.body.error).toBe('ATTACHMENT_EMPTY');
  });

  it('refuses a body without a file, a file in another field, and an unknown field, each with 400', async () => {
    const noFile = await new ApiClient(api.baseUrl, tokens['officer.hn']).post(
      `/projects/${hnProject}/attachments`,
      {},
    );
    expect([noFile.status, noFile.body.error]).toEqual([400, 'ATTACHMENT_FILE_MISSING']);
    const form = new FormData();
    form.set('document', new Blob([new Uint8Array(samplePdf())]), 'a.pdf');
    const wrongField = await fetch(`${api.baseUrl}/projects/${hnProject}/attachments`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens['officer.hn']}` },
      body: form,
    });
    expect(wrongField.status).toBe(400);
    const unknown = await uploadAttachment(
      api.baseUrl,
      tokens['officer.hn'],
      hnProject,
      { bytes: samplePdf(), name: 'a.pdf' },
      { colour: 'red' },
    );
    expect(unknown.status).toBe(400);
    expect(unknown.body.message).toMatch(/colour/);
  });

  it('lets only those who act on the project upload: a supervisor gets 403 naming who may', async () => {
    const res = await uploadAttachment(api.baseUrl, tokens['supervisor.hn'], hnProject, {
      bytes: samplePdf(),
      name: 'a.pdf',
    });
    expect(res.status).toBe(403);
    expect(res.body.message).toMatch(/ \/ you may not do this; who may: /);
  });

  it("answers 404 to another province's officer, for the project and for its attachment, as for no such id", async () => {
    const theirs = await uploadAttachment(api.baseUrl, tokens['officer.bn'], bnProject, {
      bytes: samplePng(),
      name: 'bn.png',
    });
    expect(theirs.status).toBe(201);
    const up = await uploadAttachment(api.baseUrl, tokens['officer.hn'], bnProject, {
      bytes: samplePdf(),
      name: 'a.pdf',
    });
    expect(up.status).toBe(404);
    const down = await downloadAttachment(api.baseUrl, tokens['officer.hn'], theirs.body.id);
    const missing = await downloadAttachment(api.baseUrl, tokens['officer.hn'], '00000000-0000-4000-8000-000000000000');
    expect([down.status, missing.status]).toEqual([404, 404]);
    const del = await new ApiClient(api.baseUrl, tokens['officer.hn']).delete(`/attachments/${theirs.body.id}`);
    expect(del.status).toBe(404);
  });
});

describe('integrity', () => {
  it('refuses bytes changed on disk after upload with 409, and serves them again once restored', async () => {
    const bytes = samplePdf('Hoá đơn GTGT 0001234');
    const up = await uploadAttachment(
      api.baseUrl,
      tokens['officer.hn'],
      hnProject,
      { bytes, name: 'hoa-don.pdf' },
      { kind: 'INVOICE' },
    );
    expect(up.status).toBe(201);
    const path = join(dir, 'projects', hnProject, up.body.id);
    expect(readFileSync(path).equals(bytes)).toBe(true);
    const forged = Buffer.from(bytes.toString('latin1').replace('0001234', '9991234'), 'latin1');
    writeFileSync(path, forged);
    const tampered = await downloadAttachment(api.baseUrl, tokens['officer.hn'], up.body.id);
    expect(tampered.status).toBe(409);
    expect(tampered.body.error).toBe('ATTACHMENT_TAMPERED');
    expect(tampered.body.message).toMatch(/^Tệp đính kèm đã bị thay đổi sau khi tải lên \(SHA-256 không khớp\)/);
    writeFileSync(path, bytes);
    expect((await downloadAttachment(api.baseUrl, tokens['officer.hn'], up.body.id)).status).toBe(200);
  });
});

describe('links and deletion', () => {
  it('links evidence to an action or a report period, not to two things at once', async () => {
    const signed = await uploadAttachment(
      api.baseUrl,
      tokens['officer.hn'],
      hnProject,
      { bytes: samplePdf(), name: 'hd.pdf' },
      { kind: 'CONTRACT', action: 'sign_contract', note: 'Bản ký' },
    );
    expect(signed.status).toBe(201);
    expect(signed.body).toMatchObject({
      action: 'sign_contract',
      kind: 'CONTRACT',
      note: 'Bản ký',
      reportPeriod: null,
    });
    const report = await uploadAttachment(
      api.baseUrl,
      tokens['unit.hn'],
      hnProject,
      { bytes: samplePng(), name: 'bc.png' },
      { reportPeriod: '2026-05' },
    );
    expect(report.body.reportPeriod).toBe('2026-05');
    const both = await uploadAttachment(
      api.baseUrl,
      tokens['unit.hn'],
      hnProject,
      { bytes: samplePng(), name: 'bc.png' },
      { reportPeriod: '2026-05', action: 'settle' },
    );
    expect(both.status).toBe(400);
    const badAction = await uploadAttachment(
      api.baseUrl,
      tokens['unit.hn'],
      hnProject,
      { bytes: samplePng(), name: 'bc.png' },
      { action: 'fly' },
    );
    expect(badAction.status).toBe(400);
  });

  it('lets the uploader or a Department leader delete; hides it, keeps the row and the bytes, and audits it', async () => {
    const bytes = samplePdf('Biên bản bàn giao');
    const up = await uploadAttachment(api.baseUrl, tokens['unit.hn'], hnProject, { bytes, name: 'ban-giao.pdf' });
    const other = await uploadAttachment(api.baseUrl, tokens['unit.hn'], hnProject, { bytes, name: 'ban-giao-2.pdf' });
    const officer = new ApiClient(api.baseUrl, tokens['officer.hn']);
    const refused = await officer.delete(`/attachments/${up.body.id}`);
    expect(refused.status).toBe(403);
    expect(refused.body.message).toMatch(
      /^Bạn không có quyền xoá tệp đính kèm này; người được phép: người đã tải tệp lên, hoặc lãnh đạo Sở/,
    );

    const byUploader = await new ApiClient(api.baseUrl, tokens['unit.hn']).delete(`/attachments/${up.body.id}`);
    expect(byUploader.status).toBe(200);
    expect(byUploader.body).toMatchObject({ id: up.body.id, deletedBy: 'unit.hn@demo.local' });
    const byLeader = await new ApiClient(api.baseUrl, tokens['approver.hn']).delete(`/attachments/${other.body.id}`);
    expect(byLeader.status).toBe(200);

    expect((await downloadAttachment(api.baseUrl, tokens['officer.hn'], up.body.id)).status).toBe(404);
    expect((await officer.delete(`/attachments/${up.body.id}`)).status).toBe(404);
    const list = await officer.get(`/projects/${hnProject}/attachments`);
    expect(list.body.items.map((a: { id: string }) => a.id)).not.toContain(up.body.id);

    const [row] = await api.worker.dataSource.query(
      `SELECT deleted_by_email AS "by", deleted_at IS NOT NULL AS deleted, sha256 FROM attachments WHERE id = $1`,
      [up.body.id],
    );
    expect(row).toEqual({ by: 'unit.hn@demo.local', deleted: true, sha256: sha256(bytes) });
    expect(readFileSync(join(dir, 'projects', hnProject, up.body.id)).equals(bytes)).toBe(true);
    const audit = await api.worker.dataSource.query(
      `SELECT route, target_id AS "targetId", status_code AS "statusCode", actor_email AS "actorEmail"
       FROM audit_log WHERE target_id = $1 ORDER BY id`,
      [up.body.id],
    );
    expect(audit).toEqual(
      expect.arrayContaining([
        {
          route: 'DELETE /api/attachments/:id',
          targetId: up.body.id,
          statusCode: 403,
          actorEmail: 'officer.hn@demo.local',
        },
        {
          route: 'DELETE /api/attachments/:id',
          targetId: up.body.id,
          statusCode: 200,
          actorEmail: 'unit.hn@demo.local',
        },
      ]),
    );
  });
});
