import { NoticeOutcome } from '@kc/domain';
import { IntendedNotification, NotificationLog } from '@kc/persistence';
import { Mailer, PermanentMailError, RenderedMail } from '@kc/notifications';
import { DeliveryMemory, activityDeliveryMemory } from './delivery-memory';

/** Attempts to mark a delivered message SENT before the activity gives up and leaves it to its retry. */
const MARK_SENT_ATTEMPTS = 5;
const MARK_SENT_PAUSE_MS = 1_000;

export interface SendOptions {
  memory?: DeliveryMemory;
  /** The first pause before marking SENT again; each further pause is one more of these. */
  markSentPauseMs?: number;
}

/**
 * Claims the message in the notification log, then sends it: a retry after a send finds it SENT and sends nothing
 * twice. A transient SMTP failure is thrown for the activity to retry; a permanent one is logged and ends there.
 *
 * The gap between the relay's "250 accepted" and the SENT mark (PostgreSQL down) is closed by the delivery memory:
 * when the first mark fails, the activity tells the Temporal server it delivered the key before waiting to mark it
 * again, and a retried attempt that finds the key there marks it SENT without mailing it again. Told only then, not
 * before every mark: one call to the server fewer per notice, on a fan-out of thousands (a worker killed between
 * the relay's answer and the mark, a few milliseconds, was never covered: the heartbeat is sent in the background;
 * the retry mails again, with the same Message-ID, rather than risk losing the notice; docs/RELIABILITY.md).
 */
export async function sendOnce(
  log: NotificationLog,
  mailer: Mailer,
  intended: IntendedNotification,
  audience: { to: string[]; cc: string[] },
  mail: RenderedMail,
  { memory = activityDeliveryMemory(), markSentPauseMs = MARK_SENT_PAUSE_MS }: SendOptions = {},
): Promise<NoticeOutcome> {
  if (audience.to.length === 0) {
    await log.claim(intended, 'NO_RECIPIENT');
    return { status: 'NO_RECIPIENT', recipients: [] };
  }
  const key = intended.idempotencyKey;
  const status = await log.claim(intended);
  if (status === 'SENT') return { status: 'ALREADY_SENT', recipients: intended.recipients };
  if (status === 'FAILED_PERMANENT' || status === 'NO_RECIPIENT') return { status, recipients: intended.recipients };
  if (!memory.wasDelivered(key)) {
    try {
      await mailer.send({
        to: audience.to,
        cc: audience.cc,
        ...mail,
        messageId: `<${encodeURIComponent(key)}@khuyencong-flow>`,
        headers: { 'X-KhuyenCong-Notice': key },
      });
    } catch (err) {
      const permanent = err instanceof PermanentMailError;
      await log.markFailed(key, (err as Error).message, permanent);
      if (permanent) return { status: 'FAILED_PERMANENT', recipients: intended.recipients };
      throw err;
    }
  }
  await markSentPatiently(log, key, markSentPauseMs, () => memory.remember(key));
  return { status: 'SENT', recipients: intended.recipients };
}

/**
 * A database restart takes seconds: wait some of them out here rather than failing a delivered send. The delivery
 * is remembered on the server at the first failure, a pause before the activity could give up.
 */
async function markSentPatiently(
  log: NotificationLog,
  key: string,
  pauseMs: number,
  rememberDelivery: () => void,
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await log.markSent(key);
      return;
    } catch (err) {
      if (attempt === 1) rememberDelivery();
      if (attempt >= MARK_SENT_ATTEMPTS) throw err;
      await new Promise((resolve) => setTimeout(resolve, pauseMs * attempt));
    }
  }
}
