import { Injectable } from '@nestjs/common';
import {
  ACTION_LABELS,
  Actor,
  POSITIONS,
  ProjectState,
  STATE_LABELS,
  actionsAwaiting,
  awaitedSituations,
  escalationsAddressedTo,
  findProvince,
} from '@kc/domain';
import { AddressedEscalationRow, AwaitingProjectRow, DueReportRow, InboxQueries } from '@kc/persistence';
import { toVietnamTime } from '../common/local-time';
import { WorkingCalendarProvider } from '../queues/working-calendar.provider';
import { InboxDeadline, inboxDeadline } from './inbox-deadline';
import type {
  InboxEscalationResponse,
  InboxProjectResponse,
  InboxReportResponse,
  InboxResponse,
} from './inbox.responses';

export type InboxProject = InboxProjectResponse;
export type InboxReport = InboxReportResponse;
export type InboxEscalation = InboxEscalationResponse;
export type Inbox = InboxResponse;

/**
 * "Việc cần xử lý": what waits for this user: projects at a step the user takes, report periods the unit
 * owes, escalations addressed to the user. Who waits for whom is the domain's answer; reach is the read model's.
 */
@Injectable()
export class InboxService {
  constructor(
    private readonly queries: InboxQueries,
    private readonly calendars: WorkingCalendarProvider,
  ) {}

  async counts(actor: Actor): Promise<Inbox['counts']> {
    const counts = await this.queries.counts(
      actor,
      awaitedSituations(actor),
      escalationsAddressedTo(actor),
      owesReports(actor),
    );
    return { ...counts, total: counts.projects + counts.reports + counts.escalations };
  }

  async inbox(actor: Actor, limit = 50): Promise<Inbox> {
    const now = new Date();
    const [projects, reports, escalations, counts, calendar] = await Promise.all([
      this.queries.awaitingProjects(actor, awaitedSituations(actor), limit),
      owesReports(actor) ? this.queries.dueReports(actor, limit) : Promise.resolve([]),
      this.queries.addressedEscalations(actor, escalationsAddressedTo(actor), limit),
      this.counts(actor),
      this.calendars.current(now),
    ]);
    const deadline = (dueDay: string, dueAt: Date) => inboxDeadline(dueDay, dueAt, now, calendar);
    return {
      counts,
      projects: projects.map((row) => this.project(actor, row, deadline)).filter((p): p is InboxProject => p !== null),
      reports: reports.map((row) => this.report(row, deadline)),
      escalations: escalations.map((row) => this.escalation(row, deadline)),
    };
  }

  private project(
    actor: Actor,
    row: AwaitingProjectRow,
    deadline: (dueDay: string, dueAt: Date) => InboxDeadline,
  ): InboxProject | null {
    const state = row.state as ProjectState;
    const actions = actionsAwaiting(
      actor,
      {
        scope: row.scope,
        provinceCode: row.provinceCode,
        implementingUnitEmail: row.implementingUnitEmail,
        localApprover: row.localApprover,
      },
      state,
    );
    if (actions.length === 0) return null;
    return {
      projectId: row.projectId,
      code: row.code,
      title: row.title,
      scope: row.scope,
      state,
      stateLabel: STATE_LABELS[state],
      provinceCode: row.provinceCode,
      provinceName: findProvince(row.provinceCode)?.name ?? row.provinceCode,
      implementingUnit: { name: row.implementingUnitName, email: row.implementingUnitEmail },
      actions: actions.map((action) => ({ action, label: ACTION_LABELS[action] })),
      deadline: row.dueAt && row.dueDay ? deadline(row.dueDay, row.dueAt) : null,
      sinceLocal: toVietnamTime(row.since),
    };
  }

  private report(row: DueReportRow, deadline: (dueDay: string, dueAt: Date) => InboxDeadline): InboxReport {
    return {
      projectId: row.projectId,
      code: row.code,
      title: row.title,
      period: row.periodKey,
      label: { vi: row.labelVi, en: row.labelEn },
      extended: row.extended,
      deadline: deadline(row.dueDay, row.dueAt),
    };
  }

  private escalation(
    row: AddressedEscalationRow,
    deadline: (dueDay: string, dueAt: Date) => InboxDeadline,
  ): InboxEscalation {
    const state = row.stalledState as ProjectState | null;
    return {
      id: row.escalationId,
      projectId: row.projectId,
      code: row.code,
      title: row.title,
      provinceName: findProvince(row.provinceCode)?.name ?? row.provinceCode,
      level: Number(row.level),
      status: row.status,
      what:
        row.reason === 'STALLED' && state
          ? { kind: 'STALL', state, stateLabel: STATE_LABELS[state] }
          : {
              kind: 'REPORT',
              period: row.periodKey ?? '',
              label: { vi: row.labelVi ?? row.periodKey ?? '', en: row.labelEn ?? row.periodKey ?? '' },
            },
      deadline: deadline(row.dueDay, row.dueAt),
      openedAtLocal: toVietnamTime(row.openedAt),
    };
  }
}

/** Progress reports are owed by the implementing unit (the officer may file one for it, but nothing waits on them). */
function owesReports(actor: Actor): boolean {
  return POSITIONS.anyImplementer.allows(actor);
}
