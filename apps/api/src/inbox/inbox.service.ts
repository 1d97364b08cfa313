import { Injectable } from '@nestjs/common';
import {
  ACTION_LABELS,
  ADJUSTMENT_ACTION_LABELS,
  ADJUSTMENT_KIND_LABELS,
  ADJUSTMENT_STATUS_LABELS,
  Actor,
  adjustmentActionsFor,
  reachFilterOf,
  POSITIONS,
  ProjectState,
  STATE_LABELS,
  actionsAwaiting,
  awaitedSituations,
  escalationsAddressedTo,
  findProvince,
  registrationDeadline,
  AWAITING_REGISTRATION,
} from '@kc/domain';
import type { StallPolicy } from '@kc/domain';
import {
  AdjustmentQueries,
  localApproverOfRow,
  AddressedEscalationRow,
  AwaitingProjectRow,
  DeadlinePolicies,
  DueReportRow,
  InboxQueries,
} from '@kc/persistence';
import { toVietnamTime } from '../common/local-time';
import { WorkingCalendarProvider } from '../queues/working-calendar.provider';
import { InboxDeadline, inboxDeadline } from './inbox-deadline';
import type {
  InboxAdjustmentResponse,
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
    private readonly policies: DeadlinePolicies,
    private readonly adjustmentQueries: AdjustmentQueries,
  ) {}

  async counts(actor: Actor): Promise<Inbox['counts']> {
    const [counts, adjustments] = await Promise.all([
      this.queries.counts(actor, awaitedSituations(actor), escalationsAddressedTo(actor), owesReports(actor)),
      this.adjustmentsAwaiting(actor),
    ]);
    return {
      ...counts,
      adjustments: adjustments.length,
      total: counts.projects + counts.reports + counts.escalations + adjustments.length,
    };
  }

  /**
   * Open adjustment requests this user certifies or decides (a unit's own request waits on others: not listed).
   * The domain says who acts on each; the query narrows to the user's province, if any.
   */
  private async adjustmentsAwaiting(actor: Actor): Promise<InboxAdjustmentResponse[]> {
    const reach = reachFilterOf(actor);
    if (reach.kind === 'UNIT') return [];
    const rows = await this.adjustmentQueries.open(reach.kind === 'PROVINCE' ? reach.provinceCode : null);
    return rows.flatMap((row) => {
      const context = {
        scope: row.scope,
        provinceCode: row.provinceCode,
        implementingUnitEmail: row.unitEmail,
        localApprover: row.scope === 'LOCAL' ? localApproverOfRow(row.localApprover) : undefined,
      };
      const actions = adjustmentActionsFor(context, row, actor).filter((a) => a !== 'withdraw');
      // It waits on the Department until certified, then on its decider (who may also refuse it earlier).
      const waitsOnActor = row.status === 'REQUESTED' ? actions.includes('certify') : actions.includes('approve');
      if (!waitsOnActor) return [];
      return [
        {
          id: row.id,
          projectId: row.projectId,
          code: row.projectCode,
          title: row.projectTitle,
          provinceName: findProvince(row.provinceCode)?.name ?? row.provinceCode,
          implementingUnit: { name: row.unitName, email: row.unitEmail },
          kind: row.kind,
          kindLabel: ADJUSTMENT_KIND_LABELS[row.kind],
          status: row.status,
          statusLabel: ADJUSTMENT_STATUS_LABELS[row.status],
          actions: actions.map((action) => ({ action, label: ADJUSTMENT_ACTION_LABELS[action] })),
          requestedAtLocal: toVietnamTime(new Date(row.requestedAt)),
        },
      ];
    });
  }

  async inbox(actor: Actor, limit = 50): Promise<Inbox> {
    const now = new Date();
    const [projects, reports, escalations, counts, calendar, adjustments] = await Promise.all([
      this.queries.awaitingProjects(actor, awaitedSituations(actor), limit),
      owesReports(actor) ? this.queries.dueReports(actor, limit) : Promise.resolve([]),
      this.queries.addressedEscalations(actor, escalationsAddressedTo(actor), limit),
      this.counts(actor),
      this.calendars.current(now),
      this.adjustmentsAwaiting(actor),
    ]);
    const deadline = (dueDay: string, dueAt: Date) => inboxDeadline(dueDay, dueAt, now, calendar);
    const stallPolicies = await this.stallPolicies(projects);
    return {
      counts,
      projects: projects
        .map((row) => this.project(actor, row, deadline, stallPolicies.get(row.provinceCode)))
        .filter((p): p is InboxProject => p !== null),
      reports: reports.map((row) => this.report(row, deadline)),
      escalations: escalations.map((row) => this.escalation(row, deadline)),
      adjustments: adjustments.slice(0, limit),
    };
  }

  /** The national stall policy as each awaiting project's province resolves it (the registration day lives there). */
  private async stallPolicies(rows: AwaitingProjectRow[]): Promise<Map<string, StallPolicy>> {
    // Only a national project awaiting registration has a registration deadline: no policy read for the rest.
    const awaitingRegistration = rows.filter((r) => r.scope === 'NATIONAL' && r.state === AWAITING_REGISTRATION);
    const provinces = [...new Set(awaitingRegistration.map((r) => r.provinceCode))];
    const resolved = await Promise.all(provinces.map((code) => this.policies.resolve('NATIONAL', code)));
    return new Map(provinces.map((code, i) => [code, resolved[i].policy.stall]));
  }

  /** The step's time limit, or the national registration deadline when that comes first (or no limit runs). */
  private projectDeadline(
    row: AwaitingProjectRow,
    state: ProjectState,
    deadline: (dueDay: string, dueAt: Date) => InboxDeadline,
    stallPolicy: StallPolicy | undefined,
  ): InboxDeadline | null {
    const own = row.dueAt && row.dueDay ? deadline(row.dueDay, row.dueAt) : null;
    const registration =
      stallPolicy && registrationDeadline({ scope: row.scope, state, plannedStart: row.plannedStart }, stallPolicy);
    if (!registration || (own && Date.parse(own.dueAt) <= Date.parse(registration.dueAt))) return own;
    return {
      ...deadline(registration.dueDay, new Date(registration.dueAt)),
      basis: {
        vi: `Hạn Sở đăng ký với Cục cho kế hoạch năm ${registration.planYear}`,
        en: `The Department's deadline to register it with the Cục for the ${registration.planYear} plan`,
      },
    };
  }

  private project(
    actor: Actor,
    row: AwaitingProjectRow,
    deadline: (dueDay: string, dueAt: Date) => InboxDeadline,
    stallPolicy: StallPolicy | undefined,
  ): InboxProject | null {
    const state = row.state as ProjectState;
    const actions = actionsAwaiting(
      actor,
      {
        scope: row.scope,
        provinceCode: row.provinceCode,
        implementingUnitEmail: row.implementingUnitEmail,
        localApprover: row.localApprover,
        group: row.group,
        implPlanApproved: row.implPlanApproved,
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
      deadline: this.projectDeadline(row, state, deadline, stallPolicy),
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
