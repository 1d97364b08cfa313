import type { IntendedNotification, NotificationLog, NotificationStatus } from '@kc/persistence';
import type { Mailer, OutgoingMail } from '@kc/notifications';
import type { DeliveryMemory } from './delivery-memory';
import { sendOnce } from './send-once';

/** The log's rows in memory; the next `markSentFailures` SENT marks fail as if the database were away. */
class FakeLog {
  rows = new Map<string, NotificationStatus>();
  markSentFailures = 0;
  async claim(n: IntendedNotification): Promise<NotificationStatus> {
    if (!this.rows.has(n.idempotencyKey)) this.rows.set(n.idempotencyKey, 'PENDING');
    return this.rows.get(n.idempotencyKey)!;
  }
  async markSent(key: string): Promise<void> {
    if (this.markSentFailures > 0) {
      this.markSentFailures -= 1;
      throw new Error('connection refused');
    }
    this.rows.set(key, 'SENT');
  }
  async markFailed(): Promise<void> {}
}

class CountingMailer implements Mailer {
  sent: OutgoingMail[] = [];
  async send(mail: OutgoingMail): Promise<void> {
    this.sent.push(mail);
  }
  close(): void {}
}

/** What the Temporal server keeps between attempts of one activity; `told` counts the calls to the server. */
function serverMemory(): DeliveryMemory & { told: number } {
  const delivered = new Set<string>();
  const memory = {
    told: 0,
    wasDelivered: (k: string) => delivered.has(k),
    remember: (k: string) => {
      memory.told += 1;
      delivered.add(k);
    },
  };
  return memory;
}

const intended: IntendedNotification = {
  idempotencyKey: 'KCĐP-2026-HN-0001:P0001:OVERDUE:1',
  projectId: 'p1',
  kind: 'OVERDUE',
  periodKey: 'P0001',
  stalledState: null,
  repetition: 1,
  recipients: ['unit@example.vn'],
  subject: 'Quá hạn',
};
const audience = { to: ['unit@example.vn'], cc: [] };
const mail = { subject: 'Quá hạn', text: 'x', html: '<p>x</p>' };

describe('sendOnce', () => {
  it('mails once when the database is away between the relay accepting the mail and the SENT mark', async () => {
    const log = new FakeLog();
    const mailer = new CountingMailer();
    const memory = serverMemory();
    log.markSentFailures = 99; // longer than the patient retries: the attempt fails after the relay accepted the mail
    await expect(
      sendOnce(log as unknown as NotificationLog, mailer, intended, audience, mail, { memory, markSentPauseMs: 1 }),
    ).rejects.toThrow('connection refused');
    expect(mailer.sent).toHaveLength(1);

    log.markSentFailures = 0; // the database is back; Temporal retries the activity with the same memory
    const outcome = await sendOnce(log as unknown as NotificationLog, mailer, intended, audience, mail, {
      memory,
      markSentPauseMs: 1,
    });
    expect(outcome.status).toBe('SENT');
    expect(mailer.sent).toHaveLength(1);
    expect(log.rows.get(intended.idempotencyKey)).toBe('SENT');
  });

  it('waits out a short database outage after the send and marks the message SENT in the same attempt', async () => {
    const log = new FakeLog();
    const mailer = new CountingMailer();
    log.markSentFailures = 2;
    const outcome = await sendOnce(log as unknown as NotificationLog, mailer, intended, audience, mail, {
      memory: serverMemory(),
      markSentPauseMs: 1,
    });
    expect(outcome.status).toBe('SENT');
    expect(mailer.sent).toHaveLength(1);
  });

  it('sends nothing again once the log holds the message as SENT', async () => {
    const log = new FakeLog();
    const mailer = new CountingMailer();
    await sendOnce(log as unknown as NotificationLog, mailer, intended, audience, mail, {
      memory: serverMemory(),
      markSentPauseMs: 1,
    });
    const again = await sendOnce(log as unknown as NotificationLog, mailer, intended, audience, mail, {
      memory: serverMemory(),
      markSentPauseMs: 1,
    });
    expect(again.status).toBe('ALREADY_SENT');
    expect(mailer.sent).toHaveLength(1);
  });

  it('tells the server of a delivery only when the SENT mark fails, once per attempt', async () => {
    const log = new FakeLog();
    const quiet = serverMemory();
    await sendOnce(log as unknown as NotificationLog, new CountingMailer(), intended, audience, mail, {
      memory: quiet,
      markSentPauseMs: 1,
    });
    expect(quiet.told).toBe(0);

    const outage = serverMemory();
    log.rows.clear();
    log.markSentFailures = 3;
    await sendOnce(log as unknown as NotificationLog, new CountingMailer(), intended, audience, mail, {
      memory: outage,
      markSentPauseMs: 1,
    });
    expect(outage.told).toBe(1);
  });
});
