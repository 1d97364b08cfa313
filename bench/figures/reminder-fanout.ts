/**
 * Reminder fan-out: N projects whose report falls due in the same second; the time from that second until
 * the last overdue notice is in the SMTP catcher, with duplicates and missing notices counted. Baseline:
 * N bare timers firing a no-op activity at one moment, then N mails sent straight through nodemailer (pooled
 * like the worker's mailer) to the same catcher; the target compares ours with the sum of the two.
 */
import nodemailer from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport';
import { randomUUID } from 'node:crypto';
import { BenchContext } from '../support/context';
import { BASELINE_TASK_QUEUE } from '../support/bench-stack';
import {
  carriedCalendar,
  directProject,
  inProgressStatus,
  secondsPolicy,
  startDirect,
} from '../support/direct-projects';
import { FigureResult, ms } from '../support/results';
import { mapConcurrently, sleep, waitUntil } from '../support/stats';
import { noopCompletions } from '../baseline/activities';

const CODE_PREFIX = 'KCĐP-2026-HN-F';
const FAN_UNIT = /^fan-(\d+)@bench\.local$/;
const BASE_RECIPIENT = /^base-\d+@bench\.local$/;
/** Quiet time after the last expected message, to see duplicates arrive. */
const SETTLE_MS = 3000;

/** `startsPerSecond`: how fast this run started projects (the memory figure measures it); sets the due moment. */
export async function reminderFanout(ctx: BenchContext, startsPerSecond: number): Promise<FigureResult> {
  const n = ctx.sizes.fanout;
  const timers = await bareTimers(ctx, n);
  const mails = await bareMails(ctx, n);
  const ours = await overdueNotices(ctx, n, startsPerSecond);
  const baseline = timers + mails;
  const ratio = ours.lastMs / baseline;
  const clean = ours.duplicates === 0 && ours.missing === 0;
  return {
    rows: [
      {
        figure: `reminder fan-out (${n} due in one second)`,
        ours: `${ms(ours.lastMs)}, ${ours.duplicates} dup, ${ours.missing} missing`,
        baseline: `${ms(timers)} timers + ${ms(mails)} mails`,
        ratio,
        target: '≤ 1.5× the sum; 0 dup, 0 missing',
        met: ratio <= 1.5 && clean && ours.dueWasAhead,
      },
    ],
    details: { projects: n, sizing: ctx.stack.workerSizing, ours, baselineTimersMs: timers, baselineMailsMs: mails },
  };
}

/** N workflows sleeping to one moment, each then running a no-op activity: ms from the moment to the last. */
async function bareTimers({ stack, progress }: BenchContext, n: number): Promise<number> {
  const fireAt = Date.now() + 2000 + n * 20;
  progress(`fan-out baseline: ${n} bare timers`);
  const seen = noopCompletions.length;
  await mapConcurrently(
    Array.from({ length: n }, (_, i) => i),
    32,
    (i) =>
      stack.client.workflow.start('timerThenActivityWorkflow', {
        workflowId: `bench-timer-${i}-${randomUUID()}`,
        taskQueue: BASELINE_TASK_QUEUE,
        args: [i, fireAt],
      }),
  );
  if (Date.now() >= fireAt) progress('fan-out baseline: the timers were not all started before their moment');
  await waitUntil('the bare timers', async () => noopCompletions.length - seen >= n, 600_000, 50);
  return Math.max(...noopCompletions.slice(seen).map((c) => c.at)) - fireAt;
}

/** N messages handed to a pooled nodemailer transport at once: ms until the catcher holds the last one. */
async function bareMails({ stack, progress }: BenchContext, n: number): Promise<number> {
  progress(`fan-out baseline: ${n} mails straight through nodemailer`);
  const url = new URL(stack.smtpUrl);
  // The worker's mailer settings (libs/notifications/src/mailer.ts).
  const transport = nodemailer.createTransport({
    host: url.hostname,
    port: Number(url.port),
    secure: false,
    ignoreTLS: true,
    pool: true,
    maxConnections: 2,
    maxRequeues: 0,
  } as SMTPTransport.Options);
  const since = stack.mail.caught.length;
  const started = Date.now();
  try {
    await Promise.all(
      Array.from({ length: n }, (_, i) =>
        transport.sendMail({
          from: 'bench@localhost',
          to: `base-${i}@bench.local`,
          subject: `[Quá hạn] Báo cáo tiến độ kỳ 1 / Overdue progress report, period 1 (${i})`,
          text: 'Đề án đã quá hạn nộp báo cáo tiến độ. / The project is overdue with its progress report.\n'.repeat(8),
          html: `<p>${'Đề án đã quá hạn nộp báo cáo tiến độ. / The project is overdue with its progress report.<br>'.repeat(8)}</p>`,
        }),
      ),
    );
    await waitUntil('the bare mails', async () => stack.mail.matching(BASE_RECIPIENT, since).length >= n, 600_000, 50);
  } finally {
    transport.close();
  }
  return Math.max(...stack.mail.matching(BASE_RECIPIENT, since).map((m) => m.at)) - started;
}

interface OverdueOutcome {
  lastMs: number;
  duplicates: number;
  missing: number;
  /** False when creating the projects took longer than the time left before their due moment. */
  dueWasAhead: boolean;
  createdInMs: number;
}

async function overdueNotices(
  { stack, progress }: BenchContext,
  n: number,
  startsPerSecond: number,
): Promise<OverdueOutcome> {
  // Time to start every project first, with room to spare, all due at the same moment.
  const everySeconds = Math.ceil(n / (0.5 * startsPerSecond)) + 5;
  const anchor = new Date().toISOString();
  const dueAt = Date.parse(anchor) + everySeconds * 1000;
  const policy = secondsPolicy({ cadence: { kind: 'EVERY', every: `PT${everySeconds}S` }, remindBefore: [] });
  const deadlines = {
    policy,
    reporting: { anchor, activeSince: anchor, cursor: null, periods: [] },
    stall: null,
  };
  progress(`fan-out: starting ${n} projects, all due in ${everySeconds} s`);
  const started = Date.now();
  await mapConcurrently(
    Array.from({ length: n }, (_, i) => i),
    32,
    (i) =>
      startDirect(
        stack.client,
        stack.taskQueue,
        directProject(`${CODE_PREFIX}${String(i).padStart(6, '0')}`, `fan-${i}@bench.local`, {
          status: inProgressStatus(),
          policy,
          deadlines,
          calendar: carriedCalendar(),
        }),
      ),
  );
  const countPeriods = async () => {
    const [row] = await stack.dataSource.query(
      `SELECT count(*)::int AS n FROM report_periods rp JOIN projects p ON p.id = rp.project_id WHERE p.code LIKE $1`,
      [`${CODE_PREFIX}%`],
    );
    return row.n as number;
  };
  await waitUntil('the fan-out projects to open their period', async () => (await countPeriods()) >= n, 1_200_000, 500);
  const createdInMs = Date.now() - started;
  const dueWasAhead = Date.now() < dueAt;
  progress(`fan-out: ${n} projects ready in ${(createdInMs / 1000).toFixed(1)} s; waiting for the due moment`);
  const since = stack.mail.caught.length;
  const perProject = () => {
    const counts = new Map<number, number>();
    for (const mail of stack.mail.caught.slice(since)) {
      for (const address of mail.to) {
        const match = FAN_UNIT.exec(address);
        if (match) counts.set(Number(match[1]), (counts.get(Number(match[1])) ?? 0) + 1);
      }
    }
    return counts;
  };
  await sleep(Math.max(0, dueAt - Date.now()));
  await waitUntil('every overdue notice', async () => perProject().size >= n, Math.max(300_000, n * 200), 50).catch(
    (err) => progress(`fan-out: ${String(err)}`),
  );
  const last = Math.max(...stack.mail.matching(FAN_UNIT, since).map((m) => m.at));
  await sleep(SETTLE_MS);
  const counts = perProject();
  let duplicates = 0;
  for (const count of counts.values()) duplicates += count - 1;
  return { lastMs: last - dueAt, duplicates, missing: n - counts.size, dueWasAhead, createdInMs };
}
