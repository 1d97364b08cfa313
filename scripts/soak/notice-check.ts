/**
 * After the worker has stopped: every notice the notification log says was sent is in the mail catcher exactly
 * once (by the Message-ID the sender derives from its idempotency key), no mail is there that the log does not
 * hold as sent, and every deadline notice that fell due before the cutoff went out: the overdue notice and the
 * escalations of each period still unreported, the stall notice and escalations of each project still waiting
 * past its step's limit.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Client as PgClient } from 'pg';
import { caughtMessageArrival } from '@kc/devstack';
import type { DeadlinePolicy } from '@kc/domain';
import { spanSeconds } from './soak-policy';

export interface NoticeCheck {
  /** Rows of the notification log by status. */
  logged: Record<string, number>;
  /** Sent notices by kind (REMINDER, OVERDUE, ESCALATION_1, STALLED, hand-off kinds...). */
  sentByKind: Record<string, number>;
  mails: number;
  /** Keys mailed more than once (a mail beyond the first counts once each), other than those below. */
  duplicates: number;
  /**
   * Mails again of a notice whose first copy the relay accepted just before the worker was killed (within
   * KILL_CUT_WINDOW_MS): the worker died between the relay's answer and the log's SENT mark, so the retried activity
   * could not know it was delivered. No sender can tell that apart from a send that never reached the relay; the
   * copies carry one Message-ID, by which a mailbox drops the second. Counted apart, not a failure.
   */
  mailedAgainAfterWorkerKill: number;
  /** Notices due before the cutoff that are not in the log as sent, or sent but not mailed. */
  missing: number;
  /** Mails whose key the log does not hold as sent. */
  unlogged: number;
  /** Deadline notices the soak's policy made due before the cutoff. */
  due: number;
  problems: string[];
}

const MAX_LISTED = 30;

/**
 * From the relay's answer to the SENT mark: the reply reaching the worker and one UPDATE, milliseconds on an idle
 * machine; the bound allows a loaded one.
 */
export const KILL_CUT_WINDOW_MS = 2_000;

export async function checkNotices(
  databaseUrl: string,
  mailDir: string,
  policy: DeadlinePolicy,
  cutoff: Date,
  /** When the worker was killed (epoch ms). */
  workerKillsAt: readonly number[] = [],
): Promise<NoticeCheck> {
  const problems: string[] = [];
  const arrivals = mailArrivals(mailDir);
  const pg = new PgClient({ connectionString: databaseUrl });
  await pg.connect();
  try {
    const rows = (
      await pg.query<{ key: string; kind: string; status: string }>(
        'SELECT idempotency_key AS key, kind, status FROM notification_log',
      )
    ).rows;
    const logged: Record<string, number> = {};
    const sentByKind: Record<string, number> = {};
    const sent = new Set<string>();
    let missing = 0;
    let duplicates = 0;
    for (const row of rows) {
      logged[row.status] = (logged[row.status] ?? 0) + 1;
      if (row.status !== 'SENT') continue;
      sent.add(row.key);
      sentByKind[row.kind] = (sentByKind[row.kind] ?? 0) + 1;
      if (!arrivals.has(row.key)) {
        missing += 1;
        problems.push(`${row.key}: logged as sent, not in the mail catcher`);
      }
    }
    let unlogged = 0;
    let mailedAgainAfterWorkerKill = 0;
    for (const [key, copies] of arrivals) {
      const times = copies.length;
      if (times > 1) {
        const cutBy = killThatCutTheMark(copies, workerKillsAt);
        if (cutBy === null) {
          duplicates += times - 1;
          problems.push(`${key}: mailed ${times} times`);
        } else {
          // The kill explains one copy more, the retried attempt's; a third would be a fault.
          mailedAgainAfterWorkerKill += 1;
          duplicates += times - 2;
          problems.push(
            `${key}: mailed ${times} times; the first copy ${cutBy} ms before the worker was killed (one copy more is not a failure)`,
          );
        }
      }
      if (!sent.has(key)) {
        unlogged += 1;
        problems.push(`${key}: mailed, but the log does not hold it as sent`);
      }
    }

    const due = await dueNoticeKeys(pg, policy, cutoff);
    for (const key of due) {
      if (!sent.has(key)) {
        missing += 1;
        problems.push(`${key}: fell due before the cutoff, not sent`);
      }
    }
    const mails = [...arrivals.values()].reduce((n, copies) => n + copies.length, 0);
    return {
      logged,
      sentByKind,
      mails,
      duplicates,
      mailedAgainAfterWorkerKill,
      missing,
      unlogged,
      due: due.length,
      problems: problems.slice(0, MAX_LISTED),
    };
  } finally {
    await pg.end();
  }
}

/**
 * How many notices due before the cutoff are not yet in the log as sent: the soak waits for this to reach 0 (a
 * kill near the end of the run delays timers by the time its component takes to come back).
 */
export async function countDueUnsent(databaseUrl: string, policy: DeadlinePolicy, cutoff: Date): Promise<number> {
  const pg = new PgClient({ connectionString: databaseUrl });
  await pg.connect();
  try {
    const sent = new Set(
      (
        await pg.query<{ key: string }>("SELECT idempotency_key AS key FROM notification_log WHERE status = 'SENT'")
      ).rows.map((r) => r.key),
    );
    return (await dueNoticeKeys(pg, policy, cutoff)).filter((key) => !sent.has(key)).length;
  } finally {
    await pg.end();
  }
}

/** The deadline notices due before the cutoff by the policy, from the periods and stall clocks in the read model. */
async function dueNoticeKeys(pg: PgClient, policy: DeadlinePolicy, cutoff: Date): Promise<string[]> {
  const r = policy.reporting;
  const keys: string[] = [];
  const periods = await pg.query<{ code: string; period: string; late: number }>(
    `SELECT p.code, rp.period_key AS period,
       extract(epoch FROM ($1::timestamptz - COALESCE(rp.extended_due_at, rp.due_at)))::float8 AS late
     FROM report_periods rp JOIN projects p ON p.id = rp.project_id
     WHERE rp.first_submitted_at IS NULL AND COALESCE(rp.extended_due_at, rp.due_at) < $1`,
    [cutoff.toISOString()],
  );
  for (const { code, period, late } of periods.rows) {
    keys.push(`${code}:${period}:OVERDUE:1`);
    if (late > spanSeconds(r.escalateLevel1After as { duration: string }))
      keys.push(`${code}:${period}:ESCALATION_1:1`);
    if (late > spanSeconds(r.escalateLevel2After as { duration: string }))
      keys.push(`${code}:${period}:ESCALATION_2:1`);
  }
  const stalls = await pg.query<{ code: string; state: string; late: number }>(
    `SELECT code, stall_state AS state, extract(epoch FROM ($1::timestamptz - stall_limit_at))::float8 AS late
     FROM projects WHERE stall_state IS NOT NULL AND stall_limit_at < $1`,
    [cutoff.toISOString()],
  );
  const s = policy.stall;
  for (const { code, state, late } of stalls.rows) {
    keys.push(`${code}:STATE-${state}:STALLED:1`);
    if (late > spanSeconds(s.escalateLevel1After as { duration: string }))
      keys.push(`${code}:STATE-${state}:ESCALATION_1:1`);
    if (late > spanSeconds(s.escalateLevel2After as { duration: string }))
      keys.push(`${code}:STATE-${state}:ESCALATION_2:1`);
  }
  return keys;
}

/**
 * The worker kill that cut a delivered notice off its SENT mark, as the milliseconds from the first copy's arrival to
 * it: a kill within KILL_CUT_WINDOW_MS after the first copy and before the second (the retried attempt's). Null when
 * there is none: then the second copy is a fault.
 */
export function killThatCutTheMark(arrivalsMs: readonly number[], workerKillsAt: readonly number[]): number | null {
  const [first, second] = [...arrivalsMs].sort((a, b) => a - b);
  const kill = workerKillsAt.find((at) => at >= first && at - first <= KILL_CUT_WINDOW_MS && at < second);
  return kill === undefined ? null : kill - first;
}

/**
 * Each notice key in the catcher (read from the Message-ID, `<encoded key@khuyencong-flow>`) with the arrival times of
 * its copies (epoch ms, from the file names).
 */
function mailArrivals(mailDir: string): Map<string, number[]> {
  const arrivals = new Map<string, number[]>();
  let names: string[] = [];
  try {
    names = readdirSync(mailDir).filter((n) => n.endsWith('.eml'));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  for (const name of names) {
    const raw = readFileSync(join(mailDir, name), 'latin1');
    const end = raw.indexOf('\r\n\r\n');
    const headers = (end >= 0 ? raw.slice(0, end) : raw).replace(/\r\n[ \t]+/g, ' ');
    const match = /^Message-ID:\s*<([^>]+)@khuyencong-flow>/im.exec(headers);
    if (!match) continue;
    const key = decodeURIComponent(match[1]);
    arrivals.set(key, [...(arrivals.get(key) ?? []), caughtMessageArrival(name)]);
  }
  return arrivals;
}
