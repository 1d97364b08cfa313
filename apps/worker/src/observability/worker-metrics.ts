import { Counter, Registry, collectDefaultMetrics } from 'prom-client';
import { Mailer, OutgoingMail, PermanentMailError } from '@kc/notifications';

/** The worker's own series (the Temporal SDK's `temporal_*` series are served by the SDK on its own port). */
export class WorkerMetrics {
  readonly registry = new Registry();
  readonly noticesSent = new Counter({
    name: 'kc_notices_sent_total',
    help: 'Messages handed to the SMTP relay by the worker, by notice kind and outcome',
    labelNames: ['kind', 'outcome'] as const,
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'kc_worker_' });
  }
}

const NOTICE_KINDS = new Set(['REMINDER', 'OVERDUE', 'STALLED', 'ESCALATION_1', 'ESCALATION_2']);

/**
 * The notice kind from the idempotency key that the deadline notifier puts in X-KhuyenCong-Notice
 * (`<code>:<period or STATE-x>:<kind>:<repetition>`); other mail (the nine-month review) is OTHER.
 */
export function noticeKindOf(mail: OutgoingMail): string {
  const key = mail.headers?.['X-KhuyenCong-Notice'];
  const kind = key?.split(':')[2];
  return kind && NOTICE_KINDS.has(kind) ? kind : 'OTHER';
}

/** Counts every send by outcome (sent, failed_permanent, failed_retryable) around the real mailer. */
export class CountingMailer implements Mailer {
  constructor(
    private readonly inner: Mailer,
    private readonly counter: WorkerMetrics['noticesSent'],
  ) {}

  async send(mail: OutgoingMail): Promise<void> {
    const kind = noticeKindOf(mail);
    try {
      await this.inner.send(mail);
    } catch (err) {
      this.counter.inc({ kind, outcome: err instanceof PermanentMailError ? 'failed_permanent' : 'failed_retryable' });
      throw err;
    }
    this.counter.inc({ kind, outcome: 'sent' });
  }

  close(): void {
    this.inner.close();
  }
}
