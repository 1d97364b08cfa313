import { localDayOf } from '@kc/domain';
import type { ProjectDetailView } from '../projects/project-view';
import type { ReportPeriodResponse } from '../reports/report.responses';
import type { ProjectRecord, ReportLine } from '@kc/documents';

function reportLine(period: ReportPeriodResponse): ReportLine {
  const latest = [...period.versions].sort((a, b) => a.version - b.version).at(-1);
  return {
    period: period.period,
    label: period.label.vi,
    dueDay: period.dueDay,
    submittedDay: period.submittedAt ? localDayOf(period.submittedAt) : null,
    physicalProgressPct: latest?.physicalProgressPct ?? null,
    fundsUsedVnd: latest?.fundsUsedVnd ?? null,
    issues: latest?.issues ?? null,
  };
}

/** What the forms read, from the project's detail (the read model) and its report periods; days in Vietnam's time. */
export function projectRecordOf(detail: ProjectDetailView, periods: ReportPeriodResponse[], now: Date): ProjectRecord {
  const settle = [...detail.history].reverse().find((h) => h.action === 'settle');
  return {
    code: detail.code,
    title: detail.title,
    scope: detail.scope,
    provinceCode: detail.provinceCode,
    categoryName: detail.categoryName?.vi ?? detail.category,
    implementingUnit: detail.implementingUnit.name,
    beneficiary: detail.beneficiary,
    site: detail.site,
    totalCostVnd: detail.totalCostVnd,
    requestedSupportVnd: detail.requestedSupportVnd,
    approvedSupportVnd: detail.approvedSupportVnd,
    acceptedAmountVnd: detail.acceptedAmountVnd,
    plannedStart: detail.plannedStart,
    plannedEnd: detail.plannedEnd,
    approval: detail.approval
      ? { decisionNo: detail.approval.decisionNo, decisionDate: detail.approval.decisionDate }
      : null,
    contract: detail.contract,
    acceptance: detail.acceptance,
    settledDay: settle ? localDayOf(settle.occurredAt) : null,
    disbursements: [...detail.disbursements]
      .sort((a, b) => a.seq - b.seq)
      .map((d) => ({ kind: d.kind, amountVnd: d.amountVnd, day: localDayOf(d.occurredAt) })),
    reports: [...periods].sort((a, b) => a.dueDay.localeCompare(b.dueDay)).map(reportLine),
    today: localDayOf(now.toISOString()),
  };
}
