/**
 * The lesser items of issue 12, section 6, on the real API, worker, PostgreSQL and SMTP catcher: caught mail
 * within the user's reach, the on-demand nine-month review scoped to the province and mailed once a year, an
 * undeliverable (quoted) address refused where it is entered, and /api/metrics closed in production mode.
 */
import { INestApplication } from '@nestjs/common';
import { mkdtempSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCaughtMessages, saveRawMessage } from '@kc/devstack/mail-store';
import { createApiApp } from '../../apps/api/src/create-app';
import { ApiClient, ApiHarness, startApiHarness } from '../support/api-harness';
import { approvalDecision, newProjectRequest, todayInVietnam } from '../support/request-bodies';
import { testEnv } from '../support/test-env';

let api: ApiHarness;
const clients: Record<string, ApiClient> = {};

async function as(email: string): Promise<ApiClient> {
  clients[email] ??= await ApiClient.login(api.baseUrl, email);
  return clients[email];
}

beforeAll(async () => {
  api = await startApiHarness();
});

afterAll(async () => {
  await api?.stop();
});

describe('GET /api/dev/mail: only the mail within the user’s reach', () => {
  const recipients = ['unit.hn@demo.local', 'supervisor.hn@demo.local', 'unit.bn@demo.local', 'officer.bn@demo.local'];
  let mailDir: string;
  let savedMailDir: string | undefined;

  beforeAll(() => {
    mailDir = mkdtempSync(join(tmpdir(), 'kc-reach-mail-'));
    recipients.forEach((to, i) => {
      const raw = `From: kc@demo.local\r\nTo: ${to}\r\nSubject: Thư ${i} cho ${to}\r\n\r\nNội dung ${i}\r\n`;
      saveRawMessage(mailDir, Buffer.from(raw), { from: 'kc@demo.local', to: [to] }, Date.now() + i);
    });
    savedMailDir = process.env.KC_MAIL_DIR;
    process.env.KC_MAIL_DIR = mailDir;
  });

  afterAll(() => {
    if (savedMailDir === undefined) delete process.env.KC_MAIL_DIR;
    else process.env.KC_MAIL_DIR = savedMailDir;
  });

  const seenBy = async (email: string) =>
    ((await (await as(email)).get('/dev/mail')).body as Array<{ to: string[] }>).map((m) => m.to[0]).sort();

  it('an implementer sees only the messages addressed to it', async () => {
    await expect(seenBy('unit.hn@demo.local')).resolves.toEqual(['unit.hn@demo.local']);
  });

  it("a provincial officer sees its province's people and units, not another province's", async () => {
    await expect(seenBy('officer.hn@demo.local')).resolves.toEqual(['supervisor.hn@demo.local', 'unit.hn@demo.local']);
    // unit.hn may also be the implementing unit of a Bắc Ninh project made by another suite: its mail is then Bắc
    // Ninh's business too. Hà Nội's own people never are.
    const bn = await seenBy('officer.bn@demo.local');
    expect(bn).toEqual(expect.arrayContaining(['officer.bn@demo.local', 'unit.bn@demo.local']));
    expect(bn).not.toContain('supervisor.hn@demo.local');
  });

  it('an admin (national) sees every message', async () => {
    await expect(seenBy('admin@demo.local')).resolves.toEqual([...recipients].sort());
  });
});

describe('an address with a quoted local part is refused where it is entered', () => {
  it.each(['"unit hn"@demo.local', '"unit"@demo.local', 'unit hn@demo.local', 'unit@[127.0.0.1]'])(
    'POST /api/projects with implementingUnit.email %s answers 400 naming the field',
    async (email) => {
      const res = await (
        await as('officer.hn@demo.local')
      ).post(
        '/projects',
        newProjectRequest('Đề án thử địa chỉ thư', {
          implementingUnit: { name: 'Trung tâm Khuyến công Hà Nội', email },
        }),
      );
      expect(res.status).toBe(400);
      expect(res.body.message).toMatch(
        /implementingUnit\.email phải là địa chỉ email gửi được.* \/ must be a deliverable/,
      );
    },
  );

  it('still accepts a plain address (the control case)', async () => {
    const res = await (
      await as('officer.hn@demo.local')
    ).post('/projects', newProjectRequest('Đề án thử địa chỉ hợp lệ'));
    expect(res.status).toBe(201);
  });
});

describe('the on-demand nine-month review', () => {
  async function contracted(officer: string, approver: string, province: 'HN' | 'BN', unit: string) {
    const o = await as(officer);
    const created = await o.post(
      '/projects',
      newProjectRequest(`Đề án rà soát ${province}`, {
        provinceCode: province,
        implementingUnit: { name: `Trung tâm Khuyến công ${province}`, email: unit },
      }),
    );
    expect(created.status).toBe(201);
    const act = (client: ApiClient, body: object) => client.post(`/projects/${created.body.id}/actions`, body);
    expect((await act(o, { action: 'submit' })).status).toBe(200);
    expect((await act(o, { action: 'open_appraisal' })).status).toBe(200);
    expect((await act(await as(approver), { action: 'approve', ...approvalDecision() })).status).toBe(200);
    const signed = await act(o, {
      action: 'sign_contract',
      contractNo: `01/HĐ-${province}`,
      contractDate: todayInVietnam(),
    });
    expect(signed.body.state).toBe('CONTRACTED');
  }

  beforeAll(async () => {
    await contracted('officer.hn@demo.local', 'approver.hn@demo.local', 'HN', 'unit.hn@demo.local');
    await contracted('officer.bn@demo.local', 'approver.bn@demo.local', 'BN', 'unit.bn@demo.local');
  });

  it("shows a provincial approver only its province's counts and rows; a national one all", async () => {
    const provincial = await (await as('approver.hn@demo.local')).post('/reviews/nine-month', {});
    expect(provincial.status).toBe(200);
    expect(Object.keys(provincial.body.summary.byProvince)).toEqual(['HN']);
    expect(provincial.body.summary.flagged).toBe(provincial.body.summary.byProvince.HN);
    expect(provincial.body.review.rows.every((r: { provinceCode: string }) => r.provinceCode === 'HN')).toBe(true);

    const national = await (await as('approver.national@demo.local')).get('/reviews/nine-month/latest');
    const provinces = new Set(national.body.rows.map((r: { provinceCode: string }) => r.provinceCode));
    expect(provinces.has('HN') && provinces.has('BN')).toBe(true);
  });

  it('mails each province’s supervisors once a year, however often it is run on demand', async () => {
    const supervisor = await as('supervisor.hn@demo.local');
    const first = await supervisor.post('/reviews/nine-month', {});
    const second = await supervisor.post('/reviews/nine-month', {});
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(second.body.summary.mailed).toBe(0);
    const year = first.body.summary.reviewYear;
    const reviewMails = (await readCaughtMessages(testEnv().mailDir)).filter(
      (m) => m.subject.startsWith(`[Rà soát 9 tháng ${year}] Hà Nội`) && m.to.includes('supervisor.hn@demo.local'),
    );
    expect(reviewMails).toHaveLength(1);
  });
});

describe('GET /api/metrics in production mode', () => {
  const apps: INestApplication[] = [];
  async function metricsWith(env: Record<string, string>, authorization?: string) {
    const app = await createApiApp({ logger: false, env });
    apps.push(app);
    await app.listen(0, '127.0.0.1');
    const { port } = app.getHttpServer().address() as AddressInfo;
    const res = await fetch(`http://127.0.0.1:${port}/api/metrics`, {
      headers: authorization ? { authorization } : {},
    });
    return { status: res.status, text: await res.text() };
  }

  afterAll(async () => {
    for (const app of apps) await app.close();
  });

  it('is closed (403) without METRICS_TOKEN, and wants the token when one is set', async () => {
    const closed = await metricsWith({ KC_EMBEDDED: 'false' });
    expect(closed.status).toBe(403);
    expect(JSON.parse(closed.text).message).toMatch(/METRICS_TOKEN.* \/ metrics are closed in production mode/);
    const env = { KC_EMBEDDED: 'false', METRICS_TOKEN: 'scrape-token-0123456789' };
    expect((await metricsWith(env)).status).toBe(401);
    const open = await metricsWith(env, 'Bearer scrape-token-0123456789');
    expect(open.status).toBe(200);
    expect(open.text).toContain('# HELP');
  });

  it('stays open without a token in embedded mode (npm start on one machine)', async () => {
    expect((await metricsWith({ KC_EMBEDDED: 'true' })).status).toBe(200);
  });
});
