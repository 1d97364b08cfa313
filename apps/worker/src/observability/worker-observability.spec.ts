import { Writable } from 'node:stream';
import { createLogger } from '@kc/config';
import { Mailer, OutgoingMail, PermanentMailError } from '@kc/notifications';
import { startHealthServer } from './health-server';
import { forwardSdkLog, projectCodeOfWorkflow } from './runtime-telemetry';
import { CountingMailer, WorkerMetrics, noticeKindOf } from './worker-metrics';

const mail = (key?: string): OutgoingMail => ({
  to: ['unit@example.vn'],
  subject: 's',
  text: 't',
  html: 'h',
  messageId: '<m@kc>',
  headers: key ? { 'X-KhuyenCong-Notice': key } : undefined,
});

describe('noticeKindOf', () => {
  it('reads the kind from the notice key, OTHER for anything else', () => {
    expect(noticeKindOf(mail('KCĐP-2026-HN-0001:2026-03:REMINDER:1'))).toBe('REMINDER');
    expect(noticeKindOf(mail('KCĐP-2026-HN-0001:STATE-SUBMITTED:ESCALATION_2:0'))).toBe('ESCALATION_2');
    expect(noticeKindOf(mail('x:y:WHATEVER:1'))).toBe('OTHER');
    expect(noticeKindOf(mail())).toBe('OTHER');
  });
});

describe('CountingMailer', () => {
  it('counts sends by kind and outcome, and passes failures on', async () => {
    const metrics = new WorkerMetrics();
    const send = jest
      .fn<Promise<void>, [OutgoingMail]>()
      .mockResolvedValueOnce(undefined)
      .mockRejectedValueOnce(new PermanentMailError('550 no such user', 550))
      .mockRejectedValueOnce(new Error('ECONNREFUSED'));
    const mailer = new CountingMailer({ send, close: jest.fn() } as Mailer, metrics.noticesSent);
    await mailer.send(mail('C:2026-03:OVERDUE:1'));
    await expect(mailer.send(mail('C:2026-03:OVERDUE:2'))).rejects.toThrow(PermanentMailError);
    await expect(mailer.send(mail('C:2026-03:OVERDUE:2'))).rejects.toThrow('ECONNREFUSED');
    const text = await metrics.registry.metrics();
    expect(text).toContain('kc_notices_sent_total{kind="OVERDUE",outcome="sent"} 1');
    expect(text).toContain('kc_notices_sent_total{kind="OVERDUE",outcome="failed_permanent"} 1');
    expect(text).toContain('kc_notices_sent_total{kind="OVERDUE",outcome="failed_retryable"} 1');
  });
});

describe('forwardSdkLog', () => {
  it('writes the SDK entry as a pino line with its metadata, the project code, and no task token', () => {
    const lines: Array<Record<string, unknown>> = [];
    const destination = new Writable({
      write(chunk, _e, done) {
        lines.push(JSON.parse(chunk.toString()));
        done();
      },
    });
    const logger = createLogger('worker', 'debug', destination);
    forwardSdkLog(logger, {
      level: 'DEBUG',
      message: 'Activity completed',
      timestampNanos: 0n,
      meta: { workflowId: 'project-KCĐP-2026-HN-0001', activityType: 'sendDeadlineNotice', taskToken: 'secret' },
    });
    expect(lines[0]).toMatchObject({
      level: 'debug',
      msg: 'Activity completed',
      workflowId: 'project-KCĐP-2026-HN-0001',
      projectCode: 'KCĐP-2026-HN-0001',
      activityType: 'sendDeadlineNotice',
      origin: 'temporal-sdk',
    });
    expect(lines[0]).not.toHaveProperty('taskToken');
    expect(projectCodeOfWorkflow('nine-month-review-2026')).toBeUndefined();
  });
});

describe('health server', () => {
  it('answers /livez, /readyz by worker state, and /metrics', async () => {
    const metrics = new WorkerMetrics();
    let state: 'RUNNING' | 'DRAINING' | undefined;
    const server = await startHealthServer({
      host: '127.0.0.1',
      port: 0,
      registry: metrics.registry,
      workerState: () => state,
    });
    const base = `http://127.0.0.1:${server.port}`;
    try {
      expect((await fetch(`${base}/livez`)).status).toBe(200);
      expect((await fetch(`${base}/readyz`)).status).toBe(503);
      state = 'RUNNING';
      expect(await (await fetch(`${base}/readyz`)).json()).toEqual({ status: 'up', worker: 'RUNNING' });
      state = 'DRAINING';
      const draining = await fetch(`${base}/readyz`);
      expect(draining.status).toBe(503);
      expect(((await draining.json()) as { message: string }).message).toMatch(/DRAINING/);
      expect(await (await fetch(`${base}/metrics`)).text()).toContain('# TYPE kc_notices_sent_total counter');
      expect((await fetch(`${base}/nope`)).status).toBe(404);
    } finally {
      server.close();
    }
  });
});
