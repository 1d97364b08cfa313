import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCaughtMessages, saveRawMessage } from './mail-store';
import { renderMailPage } from './mail-page';

const raw = (subject: string) =>
  Buffer.from(
    [
      'From: =?UTF-8?Q?Khuy=E1=BA=BFn_c=C3=B4ng?= <noreply@kc.local>',
      'To: don.vi@example.vn',
      `Subject: ${subject}`,
      'Date: Tue, 27 Jan 2026 09:00:00 +0700',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: 8bit',
      '',
      'Đề án đến hạn <báo cáo>.',
    ].join('\r\n'),
  );

describe('mail store', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'kc-mail-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps each message as <timestamp>-<id>.eml and reads them back oldest first, envelope recipients included', async () => {
    saveRawMessage(dir, raw('second'), { from: 'noreply@kc.local', to: ['b@example.vn'] }, 2000);
    saveRawMessage(dir, raw('first'), { from: 'noreply@kc.local', to: ['don.vi@example.vn', 'bcc@example.vn'] }, 1000);
    expect(readdirSync(dir).every((name) => /^\d{13}-[0-9a-f]{8}\.eml$/.test(name))).toBe(true);
    const messages = await readCaughtMessages(dir);
    expect(messages.map((m) => m.subject)).toEqual(['first', 'second']);
    expect(messages[0]).toMatchObject({
      from: '"Khuyến công" <noreply@kc.local>',
      to: ['don.vi@example.vn', 'bcc@example.vn'],
      date: '2026-01-27T02:00:00.000Z',
      text: 'Đề án đến hạn <báo cáo>.',
    });
  });

  it('reads an empty list from a folder that does not exist yet', async () => {
    await expect(readCaughtMessages(join(dir, 'none'))).resolves.toEqual([]);
  });

  it('renders the page in UTF-8 with the text escaped', async () => {
    saveRawMessage(dir, raw('Nhắc hạn'), { to: ['don.vi@example.vn'] });
    const page = renderMailPage(await readCaughtMessages(dir));
    expect(page).toContain('<meta charset="utf-8">');
    expect(page).toContain('Hộp thư thử nghiệm / Local mail catcher');
    expect(page).toContain('Đề án đến hạn &lt;báo cáo&gt;.');
  });

  it('shows the HTML part in a sandboxed frame without scripts, links opening in the whole window', () => {
    const page = renderMailPage([
      {
        id: 'm1',
        file: '/tmp/m1.eml',
        from: 'noreply@kc.local',
        to: ['don.vi@example.vn'],
        subject: 'Nhắc hạn',
        date: '2026-01-27T02:00:00.000Z',
        text: 'Xem đề án: http://127.0.0.1:3000/projects/1',
        html: '<p>Xem <a href="http://127.0.0.1:3000/projects/1">đề án</a></p><script>alert(1)</script>',
      },
    ]);
    const frame = /<iframe sandbox="([^"]*)"[^>]*srcdoc="([^"]*)"/.exec(page);
    expect(frame).not.toBeNull();
    expect(frame![1]).not.toContain('allow-scripts');
    expect(frame![1]).not.toContain('allow-same-origin');
    expect(frame![2]).toContain('&lt;base target=&quot;_top&quot;&gt;&lt;p&gt;Xem');
    expect(page).not.toContain('<script>');
    // The text part stays as the fallback, folded.
    expect(page).toContain('Bản văn bản / plain text');
  });
});
