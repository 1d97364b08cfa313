import { NoticeOutcome } from '@kc/domain';
import { IntendedNotification, NotificationLog } from '@kc/persistence';
import { Mailer, PermanentMailError, RenderedMail } from '@kc/notifications';

/**
 * Claims the message in the notification log, then sends it: a retry after a send finds it SENT and sends nothing
 * twice. A transient SMTP failure is thrown for the activity to retry; a permanent one is logged and ends there.
 */
export async function sendOnce(
  log: NotificationLog,
  mailer: Mailer,
  intended: IntendedNotification,
  audience: { to: string[]; cc: string[] },
  mail: RenderedMail,
): Promise<NoticeOutcome> {
  if (audience.to.length === 0) {
    await log.claim(intended, 'NO_RECIPIENT');
    return { status: 'NO_RECIPIENT', recipients: [] };
  }
  const status = await log.claim(intended);
  if (status === 'SENT') return { status: 'ALREADY_SENT', recipients: intended.recipients };
  if (status === 'FAILED_PERMANENT' || status === 'NO_RECIPIENT') return { status, recipients: intended.recipients };
  try {
    await mailer.send({
      to: audience.to,
      cc: audience.cc,
      ...mail,
      messageId: `<${encodeURIComponent(intended.idempotencyKey)}@khuyencong-flow>`,
      headers: { 'X-KhuyenCong-Notice': intended.idempotencyKey },
    });
  } catch (err) {
    const permanent = err instanceof PermanentMailError;
    await log.markFailed(intended.idempotencyKey, (err as Error).message, permanent);
    if (permanent) return { status: 'FAILED_PERMANENT', recipients: intended.recipients };
    throw err;
  }
  await log.markSent(intended.idempotencyKey);
  return { status: 'SENT', recipients: intended.recipients };
}
