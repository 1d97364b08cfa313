import { Injectable } from '@nestjs/common';
import { Actor, STATE_LABELS, ProjectState, findProvince, lateness, localDayOf } from '@kc/domain';
import { InvalidQueueCursor, QueueCursor, QueueFilter, QueueQueries, QueueRow } from '@kc/persistence';
import { ApiError } from '../common/api-error';
import { toVietnamTime } from '../common/local-time';
import { decodeKeyset, encodeKeyset, invalidCursorError } from '../common/keyset-cursor';
import { WorkingCalendarProvider } from './working-calendar.provider';

export type QueueName = 'late-reports' | 'stalled' | 'escalations' | 'upcoming';

export interface QueueItem {
  projectId: string;
  code: string;
  title: string;
  provinceCode: string;
  provinceName: string;
  scope: string;
  category: string;
  officer: { email: string; fullName: string | null } | null;
  what:
    | { kind: 'REPORT'; period: string; label: { vi: string; en: string } }
    | { kind: 'STALL'; state: string; stateLabel: { vi: string; en: string } };
  dueAt: string;
  /** The local day the deadline ends (a due day runs to 24:00 Vietnam time, which dueAt gives in UTC). */
  dueDay: string;
  dueAtLocal: string;
  daysOverdue: { working: number; calendar: number };
  escalationLevel: number;
  escalation: { id: string; status: string; level: number } | null;
  lastAction: { action: string; at: string; atLocal: string; by: string } | null;
}

const QUEUE_ROLES: ReadonlyArray<Actor['role']> = ['officer', 'approver', 'supervisor', 'admin'];
export const EXPORT_LIMIT = 10_000;

function encodeCursor(row: QueueRow | undefined): string | null {
  return encodeKeyset(row ? { at: new Date(row.dueAt).toISOString(), key: row.tiebreak } : null);
}

function decodeCursor(raw: string | undefined): QueueCursor | null {
  const position = decodeKeyset(raw, () => true);
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
    if (!QUEUE_ROLES.includes(actor.role)) {
      throw ApiError.forbidden(
        'Hàng đợi dành cho cán bộ, lãnh đạo và giám sát / queues are for officers, approvers and supervisors',
      );
    }
    if (query.provinceCode && actor.provinceCode !== null && query.provinceCode !== actor.provinceCode) {
      // Outside the actor's reach: answer as if there were nothing there.
      return { items: [], nextCursor: null };
    }
    const limit = exportAll ? EXPORT_LIMIT : (query.limit ?? 50);
    const cursor = decodeCursor(query.cursor);
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
    const late = lateness(dueDay, dueAt, now.getTime(), calendar);
    const state = row.stallState as ProjectState | null;
    return {
      projectId: row.projectId,
      code: row.code,
      title: row.title,
      provinceCode: row.provinceCode,
      provinceName: findProvince(row.provinceCode)?.name ?? row.provinceCode,
      scope: row.scope,
      category: row.category,
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
        ? { id: row.escalationId, status: row.escalationStatus!, level: Number(row.escalationLevel) }
        : null,
      lastAction: row.lastAction
        ? {
            action: row.lastAction,
            at: new Date(row.lastActionAt!).toISOString(),
            atLocal: toVietnamTime(row.lastActionAt!),
            by: row.lastActionBy!,
          }
        : null,
    };
  }
}
