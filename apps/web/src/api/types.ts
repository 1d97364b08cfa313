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
  /** Whether this user may edit the dossier now (DRAFT or RETURNED). */
  mayEditDraft?: boolean;
}

/** The decision (quyết định) recorded with an approval or a termination. */
export interface DecisionPaper {
  decisionNo: string;
  decisionDate: string;
  approvedSupportVnd: number | null;
}

/** The body of POST /api/projects; PATCH /api/projects/:id takes the same fields but scope and province. */
export interface ProjectInput {
  scope: Scope;
  provinceCode: string;
  category: string;
  title: string;
  implementingUnit: { name: string; email: string };
  beneficiary: string;
  totalCostVnd: number;
  requestedSupportVnd: number;
  plannedStart: string;
  plannedEnd: string;
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

export type EscalationStatus = 'OPEN' | 'ACKNOWLEDGED' | 'RESOLVED';

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
  acknowledgedAt: string | null;
  resolvedAt: string | null;
  resolutionNote: string | null;
}

export interface ProjectDetail extends ProjectSummary {
  approval?: DecisionPaper | null;
  termination?: DecisionPaper | null;
  disbursementRoom?: { advanceCapPercent: number; advanceCapVnd: number; advanceRoomVnd: number; finalRoomVnd: number };
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
  decisionNo?: string;
  decisionDate?: string;
  approvedSupportVnd?: number;
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
  escalation?: { id: string; status: EscalationStatus; level: number };
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
