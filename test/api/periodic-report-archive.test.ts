/**
 * The periodic reports kept (issue 17), on the real API and PostgreSQL: a Department leader regenerates the first
 * quarter's report of Hà Nội on demand (DOCX, PDF, XLSX as one new version each, the mailed version untouched); every
 * desk of the province lists them and downloads the same bytes, whose SHA-256 is checked on every read (a tampered
 * file is refused with 409); an officer may not regenerate (403), another province's officer neither lists nor reads
 * (403), bad parameters are 400 naming the field, and an unknown version 404.
 */
import { createHash } from 'node:crypto';
import { ApiClient, ApiHarness, startApiHarness } from '../support/api-harness';
import { pdfText } from '../support/document-text';

let api: ApiHarness;
let approver: ApiClient;
let officer: ApiClient;
let officerBN: ApiClient;
let cuc: ApiClient;
const PERIOD = `${Number(new Date().getUTCFullYear())}-Q1`;

beforeAll(async () => {
  api = await startApiHarness();
  [approver, officer, officerBN, cuc] = await Promise.all(
    ['approver.hn', 'officer.hn', 'officer.bn', 'officer.cuc'].map((u) =>
      ApiClient.login(api.baseUrl, `${u}@demo.local`),
    ),
  );
}, 120000);

afterAll(async () => {
  await api?.worker.dataSource.query(`DELETE FROM periodic_reports WHERE province_code = 'HN' AND period = $1`, [
    PERIOD,
  ]);
  await api?.stop();
});

async function bytesOf(href: string, client: ApiClient) {
  const res = await fetch(`${api.baseUrl}${href.replace(/^\/api/, '')}`, {
    headers: { authorization: `Bearer ${client.token}` },
  });
  return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
}

it('a leader regenerates a period; every desk of the province lists and downloads it, checked by SHA-256', async () => {
  const made = await approver.post('/reports/periodic-archive/regenerate', { provinceCode: 'HN', period: PERIOD });
  expect(made.status).toBe(201);
  expect(made.body.items.map((i: { format: string }) => i.format)).toEqual(['docx', 'pdf', 'xlsx']);
  const version = made.body.items[0].version as number;
  expect(made.body.items.every((i: { version: number }) => i.version === version)).toBe(true);
  expect(made.body.items[0]).toMatchObject({
    generatedBy: 'approver.hn@demo.local',
    periodLabel: { vi: `quý I năm ${PERIOD.slice(0, 4)}` },
  });

  const again = await approver.post('/reports/periodic-archive/regenerate', { provinceCode: 'HN', period: PERIOD });
  expect(again.body.items[0].version).toBe(version + 1);

  const listed = await officer.get('/reports/periodic-archive?provinceCode=HN');
  expect(listed.status).toBe(200);
  const pdf = made.body.items.find((i: { format: string }) => i.format === 'pdf');
  expect(listed.body.items).toEqual(
    expect.arrayContaining([expect.objectContaining({ href: pdf.href, sha256: pdf.sha256 })]),
  );
  expect(pdf).toBeDefined();
  const file = await bytesOf(pdf.href, cuc);
  expect(file.status).toBe(200);
  expect(file.headers.get('x-content-type-options')).toBe('nosniff');
  expect(file.headers.get('content-disposition')).toMatch(/^attachment;/);
  expect(createHash('sha256').update(file.bytes).digest('hex')).toBe(pdf.sha256);
  expect(pdfText(file.bytes)).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');

  // A byte changed in the database: refused, not served.
  const [, changed] = await api.worker.dataSource.query(
    `UPDATE periodic_reports SET bytes = bytes || '\\x00'::bytea
      WHERE province_code = 'HN' AND period = $1 AND format = 'pdf' AND version = $2`,
    [PERIOD, pdf.version],
  );
  expect(changed).toBe(1);
  const tampered = await bytesOf(pdf.href, officer);
  expect(tampered.status).toBe(409);
  expect(tampered.bytes.toString('utf8')).toContain('SHA-256 không khớp');
});

it('refuses the wrong people and bad parameters with a clear answer', async () => {
  const byOfficer = await officer.post('/reports/periodic-archive/regenerate', { provinceCode: 'HN', period: PERIOD });
  expect(byOfficer.status).toBe(403);
  const otherProvince = await approver.post('/reports/periodic-archive/regenerate', {
    provinceCode: 'BN',
    period: PERIOD,
  });
  expect(otherProvince.status).toBe(403);
  expect((await officerBN.get('/reports/periodic-archive?provinceCode=HN')).status).toBe(403);
  expect((await bytesOf(`/reports/periodic-archive/HN/${PERIOD}/pdf/1`, officerBN)).status).toBe(403);

  const badPeriod = await approver.post('/reports/periodic-archive/regenerate', {
    provinceCode: 'HN',
    period: '2026-Q5',
  });
  expect(badPeriod.status).toBe(400);
  expect(badPeriod.body.fields.period).toBeDefined();
  const notBegun = await approver.post('/reports/periodic-archive/regenerate', {
    provinceCode: 'HN',
    period: '2099-Q1',
  });
  expect(notBegun.status).toBe(409);
  expect((await bytesOf(`/reports/periodic-archive/HN/${PERIOD}/doc/1`, officer)).status).toBe(400);
  expect((await bytesOf(`/reports/periodic-archive/HN/${PERIOD}/pdf/99999`, officer)).status).toBe(404);
});
