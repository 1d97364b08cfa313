/** Every API call the app makes, typed; each takes the session's token. */
import { Query, requestFile, requestJson, withQuery } from './http';
import type {
  ActionInput,
  CaughtMail,
  CodeLabel,
  Dashboard,
  Escalation,
  LoginResponse,
  Page,
  ProjectDetail,
  ProjectInput,
  ProjectSummary,
  Province,
  QueueItem,
  QueueName,
  ReportInput,
  ReportPeriod,
  ReportReceipt,
} from './types';

export type ExportFormat = 'csv' | 'xlsx';

export function login(email: string, password: string): Promise<LoginResponse> {
  return requestJson('/auth/login', { method: 'POST', body: { email, password } });
}

export function createApi(token: string) {
  const get = <T>(path: string, query?: Query) => requestJson<T>(withQuery(path, query), { token });
  const post = <T>(path: string, body: unknown = {}) => requestJson<T>(path, { method: 'POST', body, token });
  const project = (id: string) => `/projects/${encodeURIComponent(id)}`;
  return {
    provinces: () => get<Province[]>('/provinces'),
    categories: () => get<CodeLabel[]>('/categories'),
    states: () => get<CodeLabel[]>('/states'),
    actions: () => get<CodeLabel[]>('/actions'),
    roles: () => get<CodeLabel[]>('/roles'),
    projects: (query: Query) => get<Page<ProjectSummary>>('/projects', query),
    project: (id: string) => get<ProjectDetail>(project(id)),
    act: (id: string, input: ActionInput) => post<ProjectDetail>(`${project(id)}/actions`, input),
    createProject: (input: ProjectInput) => post<ProjectDetail>('/projects', input),
    editProject: (id: string, changes: Partial<ProjectInput>) =>
      requestJson<ProjectDetail>(project(id), { method: 'PATCH', body: changes, token }),
    extendDeadline: (id: string, input: { periodKey?: string; newDueDay: string; reason: string }) =>
      post<unknown>(`${project(id)}/deadlines/extend`, input),
    reports: (id: string) => get<ReportPeriod[]>(`${project(id)}/reports`),
    submitReport: (id: string, input: ReportInput) => post<ReportReceipt>(`${project(id)}/reports`, input),
    queue: (name: QueueName, query: Query) => get<Page<QueueItem>>(`/queues/${name}`, query),
    exportQueue: (name: QueueName, query: Query, format: ExportFormat) =>
      requestFile(withQuery(`/queues/${name}`, { ...query, cursor: undefined, format }), token, `${name}.${format}`),
    acknowledge: (escalationId: string) => post<Escalation>(`/escalations/${escalationId}/ack`),
    resolve: (escalationId: string, note: string) => post<Escalation>(`/escalations/${escalationId}/resolve`, { note }),
    dashboard: () => get<Dashboard>('/dashboard'),
    devMail: () => get<CaughtMail[]>('/dev/mail'),
  };
}

export type Api = ReturnType<typeof createApi>;
