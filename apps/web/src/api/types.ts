/** The shapes the API answers with (see the OpenAPI document at /api/docs and apps/api/src/*). */
import type { Bilingual } from '../i18n/i18n';

export type Role = 'implementer' | 'officer' | 'approver' | 'supervisor' | 'admin';
export type Scope = 'NATIONAL' | 'LOCAL';
export type DisbursementKind = 'ADVANCE' | 'FINAL';

export interface SessionUser {
  id: string;
  email: string;
  fullName: string;
  role: Role;
  provinceCode: string | null;
}

export interface LoginResponse {
  accessToken: string;
  tokenType: 'Bearer';
  expiresIn: number;
  user: SessionUser;
}

export interface CodeLabel extends Bilingual {
  code: string;
}

export interface Province {
  code: string;
  name: string;
  region: string;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface ProjectSummary {
  id: string;
  code: string;
  scope: Scope;
  provinceCode: string;
  provinceName: string;
  category: string;
  categoryName: Bilingual | null;
  title: string;
  implementingUnit: { name: string; email: string };
  beneficiary: string;
  totalCostVnd: number;
  requestedSupportVnd: number;
  approvedSupportVnd: number | null;
  acceptedAmountVnd: number | null;
  disbursedVnd: { advances: number; final: number; total: number };
  plannedStart: string;
  plannedEnd: string;
  state: string;
  stateLabel: Bilingual;
  contract: { contractNo: string; contractDate: string } | null;
  acceptance: { minutesNo: string; minutesDate: string } | null;
  createdAtLocal: string;
  updatedAtLocal: string;
  allowedActions: string[];
}

export interface HistoryEntry {
  seq: number;
  action: string;
  fromState: CodeLabel | null;
  toState: CodeLabel;
  actor: { userId: string; email: string; role: Role; provinceCode: string | null };
  reason: string | null;
  details: Record<string, unknown> | null;
  occurredAt: string;
  occurredAtLocal: string;
}

export interface Disbursement {
  seq: number;
  kind: DisbursementKind;
  amountVnd: number;
  recordedBy: string;
  occurredAt: string;
  occurredAtLocal: string;
}

export interface Notice {
  idempotencyKey: string;
  kind: string;
  periodKey: string | null;
  stalledState: string | null;
  repetition: number;
  recipients: string[];
  subject: string;
  status: string;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
}

export type EscalationStatus = 'OPEN' | 'ACKNOWLEDGED' | 'RESOLVED' | 'AUTO_CLOSED';

/** The status filter of GET /queues/escalations: the open ones (OPEN and ACKNOWLEDGED) when absent. */
export type EscalationStatusFilter = EscalationStatus | 'ALL';

export type AutoCloseReason = 'REPORT_SUBMITTED' | 'LEFT_STALLED_STATE' | 'PROJECT_CLOSED';

/** One level an escalation reached: when, and who was told. */
export interface EscalationLevel {
  level: number;
  reachedAt: string;
  notified: string[];
  /** The same people by name (an address that is not a user's stays an address). */
  notifiedNames?: string[];
}

export interface Escalation {
  id: string;
  projectId: string;
  projectCode: string;
  provinceCode: string;
  reason: string;
  periodKey: string | null;
  stalledState: string | null;
  level: number;
  dueAt: string;
  status: EscalationStatus;
  openedAt: string;
  levels: EscalationLevel[];
  acknowledgedByName: string | null;
  acknowledgedAt: string | null;
  resolvedByName: string | null;
  resolvedAt: string | null;
  resolutionNote: string | null;
  closedReason: AutoCloseReason | null;
  closedDetail: string | null;
  closedAt: string | null;
  periodLabel?: Bilingual | null;
}

export interface ProjectDetail extends ProjectSummary {
  history: HistoryEntry[];
  disbursements: Disbursement[];
  notifications: Notice[];
  escalations: Escalation[];
}

export type ReportStatus = 'ON_TIME' | 'LATE' | 'MISSING' | 'OPEN';

export interface ReportVersion {
  version: number;
  physicalProgressPct: number;
  fundsUsedVnd: number;
  issues: string | null;
  isCorrection: boolean;
  submittedByEmail: string;
  submittedAt: string;
}

export interface ReportPeriod {
  period: string;
  label: Bilingual;
  dueDay: string;
  dueAt: string;
  dueAtLocal: string;
  extended: boolean;
  submittedAt: string | null;
  submittedAtLocal: string | null;
  status: ReportStatus;
  versions: ReportVersion[];
}

export interface ReportInput {
  period: string;
  physicalProgressPct: number;
  fundsUsedVnd: number;
  issues?: string;
  correction?: boolean;
}

export interface ReportReceipt {
  periodKey: string;
  version: number;
  onTime: boolean;
  submittedAtLocal: string;
}

export interface ActionInput {
  action: string;
  reason?: string;
  contractNo?: string;
  contractDate?: string;
  minutesNo?: string;
  minutesDate?: string;
  amountVnd?: number;
  kind?: DisbursementKind;
}

export type QueueName = 'late-reports' | 'stalled' | 'escalations' | 'upcoming';

export interface QueueItem {
  projectId: string;
  code: string;
  title: string;
  provinceCode: string;
  provinceName: string;
  officer: { email: string; fullName: string } | null;
  what: { kind: 'REPORT'; period: string; label: Bilingual } | { kind: 'STALL'; state: string; stateLabel: Bilingual };
  dueAt: string;
  dueAtLocal: string;
  daysOverdue: { working: number; calendar: number };
  escalationLevel: number;
  escalation?: {
    id: string;
    status: EscalationStatus;
    level: number;
    /** Escalations queue only. */
    openedAt?: string;
    levels?: EscalationLevel[];
    acknowledged?: { by: string | null; at: string } | null;
    resolved?: { by: string | null; at: string; note: string | null } | null;
    closed?: { reason: AutoCloseReason; detail: string | null; at: string } | null;
  };
  lastAction: { action: string; at: string; atLocal: string; by: string } | null;
}

export interface Figures {
  plannedSupportVnd: number;
  disbursedVnd: { advances: number; final: number; total: number };
  percentOfPlan: number | null;
  countsByState: Record<string, number>;
  late: number;
  stalled: number;
  avgDaysOverdue: number | null;
}

export interface ProvinceFigures extends Figures {
  provinceCode: string;
  provinceName: string;
}

export interface Dashboard {
  reach: Figures;
  provinces: ProvinceFigures[];
}

export interface CaughtMail {
  id: string;
  from: string;
  to: string[];
  subject: string;
  date: string;
  text: string;
}
