import type { DisbursementKind, Scope } from '@kc/domain';

/** One report period as the progress report lists it; the figures are those of its latest version. */
export interface ReportLine {
  period: string;
  label: string;
  dueDay: string;
  /** Local day of the first submission; null when none came. */
  submittedDay: string | null;
  physicalProgressPct: number | null;
  fundsUsedVnd: number | null;
  issues: string | null;
}

export interface DisbursementLine {
  kind: DisbursementKind;
  amountVnd: number;
  /** Local day it was recorded. */
  day: string;
}

/**
 * What the forms read of a project: its facts, decisions and figures as the read model has them. Built by the
 * documents service from the project's detail and report periods; the forms are pure functions of it.
 */
export interface ProjectRecord {
  code: string;
  title: string;
  scope: Scope;
  provinceCode: string;
  categoryName: string;
  implementingUnit: string;
  beneficiary: string;
  site: string | null;
  totalCostVnd: number;
  requestedSupportVnd: number;
  approvedSupportVnd: number | null;
  acceptedAmountVnd: number | null;
  plannedStart: string;
  plannedEnd: string;
  approval: { decisionNo: string; decisionDate: string } | null;
  contract: { contractNo: string; contractDate: string } | null;
  acceptance: { minutesNo: string; minutesDate: string } | null;
  /** Local day of the settlement (thanh lý, quyết toán); null before it. */
  settledDay: string | null;
  disbursements: DisbursementLine[];
  reports: ReportLine[];
  /** Local day the paper is made: the date line of a paper whose day no event fixes. */
  today: string;
}
