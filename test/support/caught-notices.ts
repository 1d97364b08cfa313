import { readCaughtMessages, CaughtMessage } from '@kc/devstack';

export interface CaughtNotice {
  /** e.g. KCĐP-2026-HN-0003:P0001:OVERDUE:2 */
  key: string;
  periodOrState: string;
  kind: string;
  repetition: number;
  message: CaughtMessage;
}

/** Deadline notices of one project in a catcher's folder, read back from their Message-IDs. */
export async function caughtNotices(mailDir: string, projectCode: string): Promise<CaughtNotice[]> {
  const messages = await readCaughtMessages(mailDir);
  return messages
    .filter((m) => m.messageId?.endsWith('@khuyencong-flow>'))
    .map((m) => {
      const key = decodeURIComponent(m.messageId!.slice(1, m.messageId!.indexOf('@khuyencong-flow>')));
      const parts = key.split(':');
      return { key, periodOrState: parts[1], kind: parts[2], repetition: Number(parts[3]), message: m, code: parts[0] };
    })
    .filter((n) => n.code === projectCode)
    .map(({ code: _code, ...n }) => n);
}

export function keysOf(notices: CaughtNotice[]): string[] {
  return notices.map((n) => `${n.periodOrState}:${n.kind}:${n.repetition}`);
}
