import { basename } from 'node:path';
import type { CaughtMessage } from './mail-store';

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * Where a message's HTML part is shown: an iframe whose srcdoc is the part itself, sandboxed without scripts;
 * its links open in the whole window (base target _top), so a link to the web app lands in the app.
 */
export const MAIL_FRAME_SANDBOX = 'allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation';

export function mailFrameDocument(html: string): string {
  return `<base target="_top">${html}`;
}

function body(m: CaughtMessage): string {
  const text = `<pre>${escapeHtml(m.text)}</pre>`;
  if (!m.html) return text;
  return `<iframe sandbox="${MAIL_FRAME_SANDBOX}" referrerpolicy="no-referrer" title="${escapeHtml(m.subject)}"
    srcdoc="${escapeHtml(mailFrameDocument(m.html))}"></iframe>
  <details class="text"><summary>Bản văn bản / plain text</summary>${text}</details>`;
}

/** The mail catcher's page: every message, newest first, the HTML part (else the text) folded under its subject. */
export function renderMailPage(messages: CaughtMessage[]): string {
  const rows = messages
    .map(
      (m) => `<details>
  <summary><time>${escapeHtml(m.date)}</time> — <b>${escapeHtml(m.subject || '(không tiêu đề / no subject)')}</b><br>
  <small>Từ / from: ${escapeHtml(m.from)} · Đến / to: ${escapeHtml(m.to.join(', '))}</small></summary>
  ${body(m)}
  <small><a href="/messages/${encodeURIComponent(m.id)}.eml">${escapeHtml(basename(m.file))}</a></small>
</details>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Hộp thư thử nghiệm / Local mail catcher</title>
<style>
  body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; }
  details { border-bottom: 1px solid #ddd; padding: .6rem 0; }
  pre { white-space: pre-wrap; background: #f6f6f6; padding: .8rem; }
  time, small { color: #555; }
  iframe { width: 100%; height: 28rem; border: 1px solid #ddd; background: #fff; resize: vertical; }
  details.text { border: 0; }
</style>
</head>
<body>
<h1>Hộp thư thử nghiệm / Local mail catcher</h1>
<p>${messages.length} thư / messages — <a href="/messages">JSON</a>. Tải lại trang để xem thư mới / reload for new mail.</p>
${rows || '<p>Chưa có thư nào / no messages yet.</p>'}
</body>
</html>
`;
}
