/**
 * The shapes the API answers with. Those the OpenAPI document describes are generated from it (schema.d.ts, by
 * `npm run api:types`; CI fails when it drifts from the API). The only shape written by hand is `Page<T>`, what
 * every keyset-paged answer shares (for use-paged-list).
 */
import type { components, paths } from './schema';

type Schemas = components['schemas'];

export type Role = Schemas['Role'];
export type Scope = Schemas['ProjectScope'];
export type DisbursementKind = Schemas['DisbursementKind'];
export type SessionUser = Schemas['SessionUserResponse'];
export type LoginResponse = Schemas['LoginResponseDto'];
export type CodeLabel = Schemas['CodeLabelResponse'];
export type Province = Schemas['ProvinceResponse'];
export type ProjectSummary = Schemas['ProjectSummaryResponse'];
export type HistoryEntry = Schemas['HistoryEntryResponse'];
export type Disbursement = Schemas['DisbursementResponse'];
export type Notice = Schemas['NoticeResponse'];
export type EscalationStatus = Schemas['EscalationStatus'];
export type Escalation = Schemas['EscalationResponse'];
/** A level an escalation reached (the queue's rows carry these fields; the project page's also the notice key). */
export type EscalationLevel = Schemas['EscalationLevelReachedResponse'];
export type AutoCloseReason = Schemas['AutoCloseReason'];
/** The status filter of GET /queues/escalations: the open ones (OPEN and ACKNOWLEDGED) when absent. */
export type EscalationStatusFilter = EscalationStatus | 'ALL';
export type ProjectDetail = Schemas['ProjectDetailResponse'];
/** The decision (quyết định) recorded with an approval or a termination. */
export type DecisionPaper = Schemas['DecisionPaperResponse'];
/** The body of POST /api/projects; PATCH /api/projects/:id takes the same fields but scope and province. */
export type ProjectInput = Schemas['CreateProjectDto'];
export type ReportStatus = Schemas['ReportStatus'];
export type ReportVersion = Schemas['ReportVersionResponse'];
export type ReportPeriod = Schemas['ReportPeriodResponse'];
export type ReportInput = Schemas['SubmitReportDto'];
export type ReportReceipt = Schemas['ReportReceiptResponse'];
/** The action's name is any of `allowedActions` (strings in the forms); the API refuses one it does not know. */
export type ActionInput = Omit<Schemas['ProjectActionDto'], 'action'> & { action: string };
export type ProjectListQuery = NonNullable<paths['/api/projects']['get']['parameters']['query']>;

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export type QueueName = 'late-reports' | 'stalled' | 'escalations' | 'upcoming';

export type QueueItem = Schemas['QueueItemResponse'];
export type QueuePage = Schemas['QueuePageResponse'];

export type Figures = Schemas['FiguresResponse'];
export type ProvinceFigures = Schemas['ProvinceFiguresResponse'];
export type Dashboard = Schemas['DashboardResponse'];
export type NineMonthReview = Schemas['NineMonthReviewResponse'];
export type ReviewRow = Schemas['ReviewRowResponse'];
export type NineMonthReviewRun = Schemas['NineMonthReviewRunResponse'];

export type Plan = Schemas['PlanResponse'];
export type PlanLine = Schemas['PlanLineResponse'];
export type PlanAmendment = Schemas['PlanAmendmentResponse'];
export type PlanLevel = Schemas['PlanLevel'];
/** GET /api/plans/:id/lines/:lineId/ranking: a line's candidates in the order of allocation. */
export type PlanLineRanking = Schemas['PlanLineRankingResponse'];
/** The body of POST /api/plans: a draft plan with its lines. */
export type PlanInput = Schemas['CreatePlanDto'];
/** The body of POST /api/plans/:id/actions: submit, approve (a decision) or amend (a line by a decision). */
export type PlanActionInput = Schemas['PlanActionDto'];

export type CaughtMail = Schemas['CaughtMailResponse'];

export type DeadlineTone = Schemas['DeadlineTone'];
/** A deadline as the inbox shows it (GET /api/inbox). */
export type InboxDeadline = Schemas['InboxDeadlineResponse'];
export type InboxCounts = Schemas['InboxCountsResponse'];
export type InboxProject = Schemas['InboxProjectResponse'];
export type InboxReport = Schemas['InboxReportResponse'];
export type InboxEscalation = Schemas['InboxEscalationResponse'];
export type InboxAdjustment = Schemas['InboxAdjustmentResponse'];
export type Inbox = Schemas['InboxResponse'];
