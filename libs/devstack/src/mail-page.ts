import { basename } from 'node:path';
import type { CaughtMessage } from './mail-store';

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The mail catcher's page: every message, newest first, the text body folded under its subject. */
export function renderMailPage(messages: CaughtMessage[]): string {
  const rows = messages
    .map(
      (m) => `<details>
  <summary><time>${escapeHtml(m.date)}</time> — <b>${escapeHtml(m.subject || '(không tiêu đề / no subject)')}</b><br>
  <small>Từ / from: ${escapeHtml(m.from)} · Đến / to: ${escapeHtml(m.to.join(', '))}</small></summary>
  <pre>${escapeHtml(m.text)}</pre>
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
