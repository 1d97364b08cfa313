import { Injectable } from '@nestjs/common';
import { Actor, STATE_LABELS, ProjectState, findProvince, localDayOf, may } from '@kc/domain';
import { InvalidQueueCursor, QueueCursor, QueueFilter, QueueQueries, QueueRow } from '@kc/persistence';
import { ApiError } from '../common/api-error';
import { toVietnamTime } from '../common/local-time';
import { UUID_PATTERN, decodeKeyset, encodeKeyset, invalidCursorError } from '../common/keyset-cursor';
import { WorkingCalendarProvider } from './working-calendar.provider';
import { cachedLateness } from './cached-lateness';
import type { QueueItemResponse } from './queue.responses';

export type QueueName = 'late-reports' | 'stalled' | 'escalations' | 'upcoming';

export type QueueItem = QueueItemResponse;

export const EXPORT_LIMIT = 10_000;

function encodeCursor(row: QueueRow | undefined): string | null {
  return encodeKeyset(row ? { at: new Date(row.dueAt).toISOString(), key: row.tiebreak } : null);
}

const PERIOD_KEY = /^[A-Za-z0-9_.-]{1,64}$/;
const isUuid = (value: unknown) => typeof value === 'string' && UUID_PATTERN.test(value);

/** Each queue's row key, as the JSON array its query writes (queue-queries.ts): checked before it reaches SQL. */
const TIEBREAK_IS_VALID: Record<QueueName, (values: unknown[]) => boolean> = {
  'late-reports': (v) => v.length === 2 && isUuid(v[0]) && typeof v[1] === 'string' && PERIOD_KEY.test(v[1]),
  stalled: (v) => v.length === 1 && isUuid(v[0]),
  escalations: (v) => v.length === 1 && isUuid(v[0]),
  upcoming: (v) => {
    if (v.length !== 1 || typeof v[0] !== 'string') return false;
    const [projectId, periodKey, ...rest] = v[0].split(':');
    return rest.length === 0 && isUuid(projectId) && (periodKey === undefined || PERIOD_KEY.test(periodKey));
  },
};

function tiebreakIsValid(queue: QueueName, key: string): boolean {
  try {
    const values: unknown = JSON.parse(key);
    return Array.isArray(values) && TIEBREAK_IS_VALID[queue](values);
  } catch {
    return false;
  }
}

function decodeCursor(raw: string | undefined, queue: QueueName): QueueCursor | null {
  const position = decodeKeyset(raw, (key) => tiebreakIsValid(queue, key));
  return position && { dueAt: position.at, tiebreak: position.key };
}

/** The supervisors' queues: who is late, with what, by how long, and how far it has been escalated. */
@Injectable()
export class QueuesService {
  constructor(
    private readonly queues: QueueQueries,
    private readonly calendars: WorkingCalendarProvider,
  ) {}

  async list(
    actor: Actor,
    queue: QueueName,
    query: QueueFilter & { cursor?: string; limit?: number; days?: number; status?: string },
    exportAll = false,
  ): Promise<{ items: QueueItem[]; nextCursor: string | null }> {
    const answer = may(actor, 'queues.read');
    if (!answer.ok) {
      throw ApiError.forbidden(answer.message);
    }
    if (query.provinceCode && actor.provinceCode !== null && query.provinceCode !== actor.provinceCode) {
      // Outside the actor's reach: answer as if there were nothing there.
      return { items: [], nextCursor: null };
    }
    const limit = exportAll ? EXPORT_LIMIT : (query.limit ?? 50);
    const cursor = decodeCursor(query.cursor, queue);
    const now = new Date();
    const rows = await this.fetch(actor, queue, query, cursor, limit, now).catch((err: unknown) => {
      // A cursor of another queue (or a forged one) does not fit this query's keys.
      if (err instanceof InvalidQueueCursor || (err as { code?: string }).code === '22P02') throw invalidCursorError();
      throw err;
    });
    const page = rows.slice(0, limit);
    const calendar = await this.calendars.current(now);
    const items = page.map((row) => this.toItem(row, now, calendar));
    return { items, nextCursor: rows.length > limit ? encodeCursor(page[page.length - 1]) : null };
  }

  private fetch(
    actor: Actor,
    queue: QueueName,
    query: QueueFilter & { days?: number; status?: string },
    cursor: QueueCursor | null,
    limit: number,
    now: Date,
  ) {
    switch (queue) {
      case 'late-reports':
        return this.queues.lateReports(actor, query, cursor, limit, now);
      case 'stalled':
        return this.queues.stalled(actor, query, cursor, limit, now);
      case 'escalations':
        return this.queues.escalations(actor, query, cursor, limit, now);
      case 'upcoming':
        return this.queues.upcoming(
          actor,
          query,
          cursor,
          limit,
          now,
          new Date(now.getTime() + (query.days ?? 7) * 86_400_000),
        );
    }
  }

  private toItem(
    row: QueueRow,
    now: Date,
    calendar: Awaited<ReturnType<WorkingCalendarProvider['current']>>,
  ): QueueItem {
    const dueAt = new Date(row.dueAt).toISOString();
    // From dueAt: an extended report period's row keeps its original due_day.
    const dueDay = localDayOf(new Date(Date.parse(dueAt) - 1).toISOString());
    const late = cachedLateness(dueDay, dueAt, now.getTime(), calendar);
    const state = row.stallState as ProjectState | null;
    return {
      projectId: row.projectId,
      code: row.code,
      title: row.title,
      provinceCode: row.provinceCode,
      provinceName: findProvince(row.provinceCode)?.name ?? row.provinceCode,
      scope: row.scope,
      category: row.category,
      implementingUnitName: row.implementingUnitName,
      projectState: {
        code: row.projectState,
        ...(STATE_LABELS[row.projectState as ProjectState] ?? { vi: '', en: '' }),
      },
      officer: row.officerEmail ? { email: row.officerEmail, fullName: row.officerName } : null,
      what:
        row.kind === 'REPORT'
          ? {
              kind: 'REPORT',
              period: row.periodKey!,
              label: { vi: row.labelVi ?? row.periodKey!, en: row.labelEn ?? row.periodKey! },
            }
          : { kind: 'STALL', state: state!, stateLabel: state ? STATE_LABELS[state] : { vi: '', en: '' } },
      dueAt,
      dueDay,
      dueAtLocal: toVietnamTime(dueAt),
      daysOverdue: { working: late.workingDays, calendar: late.calendarDays },
      escalationLevel: Number(row.escalationLevel),
      escalation: row.escalationId
        ? {
            id: row.escalationId,
            status: row.escalationStatus!,
            level: Number(row.escalationLevel),
            ...(row.escalationDetail ?? {}),
          }
        : null,
      lastAction: row.lastAction
        ? {
            action: row.lastAction,
            at: new Date(row.lastActionAt!).toISOString(),
            atLocal: toVietnamTime(row.lastActionAt!),
            by: row.lastActionBy!,
            byName: row.lastActionByName,
          }
        : null,
    };
  }
}
