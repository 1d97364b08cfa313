/**
 * The access census: every route of the OpenAPI document (/api/docs-json) is listed here with what it must
 * refuse: no token → 401; a role that may not → 403; a project or escalation of another province → 404 (its
 * existence is not revealed); an unknown body field → 400. A route missing from the census, or a census entry
 * for a route that no longer exists, fails the test.
 */
import { randomUUID } from 'node:crypto';
import { ApiClient, ApiHarness, startApiHarness } from '../support/api-harness';
import { samplePng, uploadAttachment } from '../support/attachment-samples';

type Who = 'admin' | 'officerHN' | 'approverHN' | 'supervisorHN' | 'unitHN' | 'officerBN' | 'supervisorNational';

const EMAILS: Record<Who, string> = {
  admin: 'admin@demo.local',
  officerHN: 'officer.hn@demo.local',
  approverHN: 'approver.hn@demo.local',
  supervisorHN: 'supervisor.hn@demo.local',
  unitHN: 'unit.hn@demo.local',
  officerBN: 'officer.bn@demo.local',
  supervisorNational: 'supervisor.national@demo.local',
};

/** Why a check does not apply to a route, in words (so every route states every rule). */
type NotApplicable = { none: string };

interface RouteCase {
  /** Answers without a token. */
  public?: string;
  /** A user whose role may not use the route, and a body that would otherwise be acceptable: 403. */
  forbidden: { as: Who; body?: unknown } | NotApplicable;
  /** A user of Hà Nội naming a Bắc Ninh project or escalation: 404. */
  otherProvince: { as: Who; body?: unknown } | NotApplicable;
  /** A route with a body refuses a field it does not know: 400 naming it. */
  unknownField: 'refused' | NotApplicable;
}

const newProject = (provinceCode: string, unitEmail: string) => ({
  scope: 'LOCAL',
  provinceCode,
  category: 'MACHINERY',
  title: 'Đề án kiểm tra quyền truy cập',
  implementingUnit: { name: 'Trung tâm Khuyến công', email: unitEmail },
  beneficiary: 'HTX Kiểm Thử',
  totalCostVnd: 450000000,
  requestedSupportVnd: 135000000,
  plannedStart: '2026-03-01',
  plannedEnd: '2026-11-30',
});
const report = { period: '2026-03', physicalProgressPct: 10, fundsUsedVnd: 1000000 };
const extension = { newDueDay: '2026-12-31', reason: 'Kiểm tra quyền' };
const fieldNote = { observedOn: '2026-01-15', text: 'Kiểm tra quyền ghi chép hiện trường' };
const adjustment = { kind: 'SITE', reason: 'Kiểm tra quyền', changes: { site: 'Cụm công nghiệp Phú Nghĩa' } };
const byRequest = {
  none: 'who may act depends on the request and its decider: 403 naming the decider and 404 across provinces are in test/api/adjustments.test.ts',
};
const anyRole = { none: 'every signed-in role may read it' };
const noProvince = { none: 'names no project or escalation' };
const noBody = { none: 'takes no body' };

const CENSUS: Record<string, RouteCase> = {
  'POST /api/auth/login': {
    public: 'logging in',
    forbidden: { none: 'public' },
    otherProvince: noProvince,
    unknownField: 'refused',
  },
  'POST /api/auth/logout': {
    forbidden: { none: 'every signed-in user ends their own sessions' },
    otherProvince: noProvince,
    unknownField: noBody,
  },
  'POST /api/auth/password': {
    forbidden: { none: 'every signed-in user changes their own password' },
    otherProvince: noProvince,
    unknownField: 'refused',
  },
  'GET /api/auth/me': {
    forbidden: { none: 'every signed-in user reads their own account' },
    otherProvince: noProvince,
    unknownField: noBody,
  },
  'GET /api/organisations': { forbidden: anyRole, otherProvince: noProvince, unknownField: noBody },
  'POST /api/admin/organisations': {
    forbidden: { as: 'officerHN', body: { kind: 'UBND_XA', name: 'UBND xã Kiểm Tra', provinceCode: 'HN' } },
    otherProvince: { none: 'organisations are kept by the national admin' },
    unknownField: 'refused',
  },
  'GET /api/admin/province-rules': {
    forbidden: { as: 'supervisorNational' },
    otherProvince: noProvince,
    unknownField: noBody,
  },
  'PUT /api/admin/province-rules/{provinceCode}': {
    forbidden: { as: 'approverHN', body: { localApprover: 'UBND' } },
    otherProvince: { none: 'the regulations are kept by the national admin' },
    unknownField: 'refused',
  },
  'GET /api/projects/{id}/attachments': {
    forbidden: anyRole,
    otherProvince: { as: 'officerHN' },
    unknownField: noBody,
  },
  'POST /api/projects/{id}/attachments': {
    forbidden: { as: 'supervisorHN', body: {} },
    otherProvince: { as: 'officerHN', body: {} },
    unknownField: 'refused',
  },
  'GET /api/attachments/{id}': {
    forbidden: anyRole,
    otherProvince: { as: 'officerHN' },
    unknownField: noBody,
  },
  'DELETE /api/attachments/{id}': {
    forbidden: { as: 'supervisorHN' },
    otherProvince: { as: 'officerHN' },
    unknownField: noBody,
  },
  'GET /api/projects/{id}/field-notes': {
    forbidden: anyRole,
    otherProvince: { as: 'officerHN' },
    unknownField: noBody,
  },
  'POST /api/projects/{id}/field-notes': {
    forbidden: { as: 'approverHN', body: fieldNote },
    otherProvince: { as: 'officerHN', body: fieldNote },
    unknownField: 'refused',
  },
  'POST /api/projects/{id}/adjustments': {
    forbidden: { as: 'supervisorHN', body: adjustment },
    otherProvince: { as: 'officerHN', body: adjustment },
    unknownField: 'refused',
  },
  'GET /api/projects/{id}/adjustments': {
    forbidden: anyRole,
    otherProvince: { as: 'officerHN' },
    unknownField: noBody,
  },
  'GET /api/projects/{id}/terms': { forbidden: anyRole, otherProvince: { as: 'officerHN' }, unknownField: noBody },
  'GET /api/adjustments/{id}': { forbidden: anyRole, otherProvince: byRequest, unknownField: noBody },
  'POST /api/adjustments/{id}/actions': { forbidden: byRequest, otherProvince: byRequest, unknownField: 'refused' },
  'GET /api/health': {
    public: 'probes',
    forbidden: { none: 'public' },
    otherProvince: noProvince,
    unknownField: noBody,
  },
  'GET /api/livez': {
    public: 'Kubernetes liveness probe',
    forbidden: { none: 'public' },
    otherProvince: noProvince,
    unknownField: noBody,
  },
  'GET /api/readyz': {
    public: 'Kubernetes readiness probe',
    forbidden: { none: 'public' },
    otherProvince: noProvince,
    unknownField: noBody,
  },
  'GET /api/metrics': {
    public: 'Prometheus scrapes without a user token (METRICS_TOKEN guards it when set; see observability.test.ts)',
    forbidden: { none: 'public' },
    otherProvince: noProvince,
    unknownField: noBody,
  },
  'GET /api/provinces': { forbidden: anyRole, otherProvince: noProvince, unknownField: noBody },
  'GET /api/categories': { forbidden: anyRole, otherProvince: noProvince, unknownField: noBody },
  'GET /api/states': { forbidden: anyRole, otherProvince: noProvince, unknownField: noBody },
  'GET /api/actions': { forbidden: anyRole, otherProvince: noProvince, unknownField: noBody },
  'GET /api/roles': { forbidden: anyRole, otherProvince: noProvince, unknownField: noBody },
  'POST /api/projects': {
    forbidden: { as: 'supervisorHN', body: newProject('HN', 'unit.hn@demo.local') },
    otherProvince: { none: 'creates; another province is a 403 (see projects-api.test.ts)' },
    unknownField: 'refused',
  },
  'GET /api/projects': {
    forbidden: { none: 'every role lists the projects of its own reach' },
    otherProvince: noProvince,
    unknownField: noBody,
  },
  'GET /api/projects/{id}': { forbidden: anyRole, otherProvince: { as: 'officerHN' }, unknownField: noBody },
  'GET /api/projects/{id}/history': { forbidden: anyRole, otherProvince: { as: 'officerHN' }, unknownField: noBody },
  'GET /api/projects/{id}/disbursements': {
    forbidden: anyRole,
    otherProvince: { as: 'officerHN' },
    unknownField: noBody,
  },
  'PATCH /api/projects/{id}': {
    forbidden: { as: 'approverHN', body: { title: 'Đề án đổi tên khi còn dự thảo' } },
    otherProvince: { as: 'officerHN', body: { title: 'Đề án đổi tên khi còn dự thảo' } },
    unknownField: 'refused',
  },
  'POST /api/projects/{id}/actions': {
    forbidden: { as: 'approverHN', body: { action: 'submit' } },
    otherProvince: { as: 'officerHN', body: { action: 'submit' } },
    unknownField: 'refused',
  },
  'POST /api/projects/{id}/reports': {
    forbidden: { as: 'supervisorHN', body: report },
    otherProvince: { as: 'unitHN', body: report },
    unknownField: 'refused',
  },
  'GET /api/projects/{id}/reports': { forbidden: anyRole, otherProvince: { as: 'officerHN' }, unknownField: noBody },
  'GET /api/projects/{id}/documents': { forbidden: anyRole, otherProvince: { as: 'officerHN' }, unknownField: noBody },
  'GET /api/projects/{id}/documents/{form}': {
    forbidden: { none: 'everyone who may read the project may download its papers; the reach is the project’s (404)' },
    otherProvince: { as: 'officerHN' },
    unknownField: noBody,
  },
  'GET /api/projects/{id}/deadlines': {
    forbidden: anyRole,
    otherProvince: { as: 'officerHN' },
    unknownField: noBody,
  },
  'POST /api/projects/{id}/deadlines/extend': {
    forbidden: { as: 'unitHN', body: extension },
    otherProvince: { as: 'officerHN', body: extension },
    unknownField: 'refused',
  },
  'PUT /api/projects/{id}/deadline-policy': {
    forbidden: { as: 'officerHN', body: {} },
    otherProvince: { none: 'admin only, and admins are national' },
    unknownField: 'refused',
  },
  'POST /api/escalations/{id}/ack': {
    forbidden: { as: 'supervisorHN' },
    otherProvince: { as: 'approverHN' },
    unknownField: noBody,
  },
  'POST /api/escalations/{id}/resolve': {
    forbidden: { as: 'supervisorHN', body: { note: 'Đã xử lý' } },
    otherProvince: { as: 'approverHN', body: { note: 'Đã xử lý' } },
    unknownField: 'refused',
  },
  'GET /api/queues/late-reports': { forbidden: { as: 'unitHN' }, otherProvince: noProvince, unknownField: noBody },
  'GET /api/queues/stalled': { forbidden: { as: 'unitHN' }, otherProvince: noProvince, unknownField: noBody },
  'GET /api/queues/escalations': { forbidden: { as: 'unitHN' }, otherProvince: noProvince, unknownField: noBody },
  'GET /api/queues/upcoming': { forbidden: { as: 'unitHN' }, otherProvince: noProvince, unknownField: noBody },
  'GET /api/dashboard': { forbidden: { as: 'unitHN' }, otherProvince: noProvince, unknownField: noBody },
  'GET /api/plans': {
    forbidden: { as: 'unitHN' },
    otherProvince: { none: "lists the plans of the caller's reach (another province's are left out)" },
    unknownField: noBody,
  },
  'GET /api/plans/{id}': { forbidden: { as: 'unitHN' }, otherProvince: { as: 'officerHN' }, unknownField: noBody },
  'GET /api/plans/{id}/lines/{lineId}/ranking': {
    forbidden: { as: 'unitHN' },
    otherProvince: { as: 'officerHN' },
    unknownField: noBody,
  },
  'POST /api/plans': {
    forbidden: {
      as: 'supervisorHN',
      body: {
        level: 'LOCAL',
        year: 2026,
        provinceCode: 'HN',
        lines: [{ category: 'MACHINERY', fundingSource: 'PROVINCIAL', assignedVnd: 1000000000 }],
      },
    },
    otherProvince: { none: 'creates; another province is a 403 (see plans.test.ts)' },
    unknownField: 'refused',
  },
  'POST /api/plans/{id}/actions': {
    forbidden: { as: 'supervisorHN', body: { action: 'submit' } },
    otherProvince: { as: 'officerHN', body: { action: 'submit' } },
    unknownField: 'refused',
  },
  'GET /api/inbox': { forbidden: anyRole, otherProvince: noProvince, unknownField: noBody },
  'GET /api/inbox/counts': { forbidden: anyRole, otherProvince: noProvince, unknownField: noBody },
  'POST /api/reviews/nine-month': {
    forbidden: { as: 'officerHN', body: {} },
    otherProvince: noProvince,
    unknownField: 'refused',
  },
  'GET /api/reports/periodic': {
    forbidden: { as: 'unitHN' },
    otherProvince: {
      none: 'names a province, not a project: another province is 403 (test/api/periodic-report.test.ts)',
    },
    unknownField: noBody,
  },
  'GET /api/reports/registration-summary': {
    forbidden: { as: 'unitHN' },
    otherProvince: {
      none: 'names a province, not a project: another province is 403 (test/api/periodic-report.test.ts)',
    },
    unknownField: noBody,
  },
  'GET /api/reports/periodic-archive': {
    forbidden: { as: 'unitHN' },
    otherProvince: {
      none: 'names a province, not a project: another province is 403 (test/api/periodic-report-archive.test.ts)',
    },
    unknownField: noBody,
  },
  'POST /api/reports/periodic-archive/regenerate': {
    forbidden: { as: 'officerHN', body: { provinceCode: 'HN', period: '2026-Q1' } },
    otherProvince: {
      none: 'names a province, not a project: another province is 403 (test/api/periodic-report-archive.test.ts)',
    },
    unknownField: {
      none: 'a Department leader’s route: the capability guard answers the census admin 403 before the body is read; its DTO refuses unknown fields as every DTO does',
    },
  },
  'GET /api/reports/periodic-archive/{provinceCode}/{period}/{format}/{version}': {
    forbidden: { as: 'unitHN' },
    otherProvince: {
      none: 'names a province, not a project: another province is 403 (test/api/periodic-report-archive.test.ts)',
    },
    unknownField: noBody,
  },
  'GET /api/plans/lapse-radar': {
    forbidden: { as: 'unitHN' },
    otherProvince: { none: 'lists only projects within the reach; names no project' },
    unknownField: noBody,
  },
  'GET /api/reviews/nine-month/latest': {
    forbidden: { as: 'unitHN' },
    otherProvince: noProvince,
    unknownField: noBody,
  },
  'GET /api/admin/deadline-policies': {
    forbidden: { as: 'supervisorNational' },
    otherProvince: noProvince,
    unknownField: noBody,
  },
  'PUT /api/admin/deadline-policies/{scopeKey}': {
    forbidden: { as: 'officerHN', body: {} },
    otherProvince: noProvince,
    unknownField: 'refused',
  },
  'PUT /api/admin/calendar/{year}': {
    forbidden: { as: 'supervisorNational', body: { extraDaysOff: [], makeUpWorkdays: [] } },
    otherProvince: noProvince,
    unknownField: 'refused',
  },
  'GET /api/admin/calendar-policies': {
    forbidden: { as: 'supervisorNational' },
    otherProvince: noProvince,
    unknownField: noBody,
  },
  'PUT /api/admin/calendar-policies/{level}/{milestone}': {
    forbidden: { as: 'officerHN', body: { day: 15 } },
    otherProvince: { none: 'the calendar’s dates of every province are kept by the national admin' },
    unknownField: 'refused',
  },
  'DELETE /api/admin/calendar-policies/{level}/{milestone}': {
    forbidden: { as: 'supervisorHN' },
    otherProvince: { none: 'the calendar’s dates of every province are kept by the national admin' },
    unknownField: noBody,
  },
  'DELETE /api/admin/calendar-policies/{level}': {
    forbidden: { as: 'unitHN' },
    otherProvince: { none: 'the calendar’s dates of every province are kept by the national admin' },
    unknownField: noBody,
  },
  'GET /api/support-caps': {
    forbidden: { none: 'every role that lists projects reads the caps (the unit sees its cap on the creation form)' },
    otherProvince: noProvince,
    unknownField: noBody,
  },
  'GET /api/support-caps/resolve': {
    forbidden: { none: 'every role that lists projects reads the cap its form needs' },
    otherProvince: noProvince,
    unknownField: noBody,
  },
  'PUT /api/admin/support-caps/{provinceCode}/{year}/{category}': {
    forbidden: { as: 'officerHN', body: { maxVnd: 100000000, basis: 'Quyết định số 1/2027/QĐ-UBND' } },
    otherProvince: { none: 'the provinces’ caps are kept by the national admin' },
    unknownField: 'refused',
  },
  'DELETE /api/admin/support-caps/{provinceCode}/{year}/{category}': {
    forbidden: { as: 'supervisorHN' },
    otherProvince: { none: 'the provinces’ caps are kept by the national admin' },
    unknownField: noBody,
  },
  'PUT /api/admin/support-cap-versions/{code}': {
    forbidden: {
      as: 'officerHN',
      body: {
        nameVi: 'Thông tư số 99/2090/TT-BTC',
        effectiveFrom: '2090-01-01',
        caps: [{ category: 'MACHINERY', percentOfCost: 40, per: 'ESTABLISHMENT' }],
      },
    },
    otherProvince: { none: 'the national caps are kept by the national admin' },
    unknownField: 'refused',
  },
  'DELETE /api/admin/support-cap-versions/{code}': {
    forbidden: { as: 'supervisorHN' },
    otherProvince: { none: 'the national caps are kept by the national admin' },
    unknownField: noBody,
  },
  'GET /api/dev/mail': {
    forbidden: { none: "embedded-mode mail page, each user sees its province's mail (404 outside embedded mode)" },
    otherProvince: noProvince,
    unknownField: noBody,
  },
  'GET /api/audit': { forbidden: { as: 'supervisorNational' }, otherProvince: noProvince, unknownField: noBody },
  'GET /api/admin/calendar/{year}': {
    forbidden: { as: 'supervisorNational' },
    otherProvince: noProvince,
    unknownField: noBody,
  },
  'GET /api/admin/users': { forbidden: { as: 'supervisorNational' }, otherProvince: noProvince, unknownField: noBody },
  'POST /api/admin/users': {
    forbidden: {
      as: 'officerHN',
      body: { email: 'census.new@demo.local', fullName: 'Kiểm tra', role: 'officer', provinceCode: 'HN' },
    },
    otherProvince: { none: 'accounts are kept by the national admin' },
    unknownField: 'refused',
  },
  'PUT /api/admin/users/{userId}': {
    forbidden: { as: 'approverHN', body: { role: 'approver' } },
    otherProvince: { none: 'accounts are kept by the national admin' },
    unknownField: 'refused',
  },
  'POST /api/admin/users/{userId}/disable': {
    forbidden: { as: 'supervisorHN' },
    otherProvince: { none: 'accounts are kept by the national admin' },
    unknownField: noBody,
  },
  'POST /api/admin/users/{userId}/enable': {
    forbidden: { as: 'supervisorHN' },
    otherProvince: { none: 'accounts are kept by the national admin' },
    unknownField: noBody,
  },
  'POST /api/admin/users/{userId}/reset-password': {
    forbidden: { as: 'unitHN', body: {} },
    otherProvince: { none: 'accounts are kept by the national admin' },
    unknownField: 'refused',
  },
};

interface Operation {
  key: string;
  method: string;
  path: string;
  hasBody: boolean;
}

let api: ApiHarness;
const tokens = {} as Record<Who, string>;
let operations: Operation[];
/** Path parameters: ours are in Hà Nội, theirs in Bắc Ninh. */
const ours: Record<string, string> = {
  scopeKey: 'DEFAULT',
  year: '2027',
  provinceCode: 'HN',
  level: 'LOCAL',
  milestone: 'GUIDANCE',
  category: 'MACHINERY',
  code: 'TT-99-2090',
  form: 'progress-report',
  period: '2026-Q1',
  format: 'pdf',
  version: '1',
};
const theirs: Record<string, string> = { ...ours };
/** The admin's user routes name an account; the census checks refuse before it is looked up. */
ours.userId = theirs.userId = randomUUID();
/** No request exists under it: the checks that apply (401, an unknown field) refuse before it is looked up. */
ours.adjustmentId = theirs.adjustmentId = randomUUID();

async function call(method: string, path: string, token?: string, body?: unknown) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(`${api.baseUrl.replace(/\/api$/, '')}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  let parsed: any = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // not JSON: kept as text for the failure message
  }
  return { status: res.status, body: parsed };
}

/** The path with its parameters filled, taking an escalation id for /escalations/{id} and a project id elsewhere. */
function fill(path: string, values: Record<string, string>): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const key =
      name === 'id'
        ? path.startsWith('/api/escalations/')
          ? 'escalationId'
          : path.startsWith('/api/plans/')
            ? 'planId'
            : path.startsWith('/api/adjustments/')
              ? 'adjustmentId'
              : path.startsWith('/api/attachments/')
                ? 'attachmentId'
                : 'projectId'
        : name;
    const value = values[key];
    if (!value) throw new Error(`no value for {${name}} in ${path}`);
    return encodeURIComponent(value);
  });
}

async function openEscalation(projectId: string, provinceCode: string): Promise<string> {
  const id = randomUUID();
  await api.worker.dataSource.query(
    `INSERT INTO escalations (id, idempotency_key, project_id, province_code, reason, period_key, stalled_state, level,
       due_at, status, opened_at)
     VALUES ($1, $2, $3, $4, 'STALLED', NULL, 'DRAFT', 1, now(), 'OPEN', now())`,
    [id, `census-${id}`, projectId, provinceCode],
  );
  return id;
}

/** A draft local plan of the province and its line, in a year no other suite of the run uses (2060–2079). */
async function draftPlan(officer: ApiClient, provinceCode: string): Promise<{ id: string; lineId: string }> {
  for (let year = 2060; year < 2080; year += 1) {
    const res = await officer.post('/plans', {
      level: 'LOCAL',
      year,
      provinceCode,
      lines: [{ category: 'MACHINERY', fundingSource: 'PROVINCIAL', assignedVnd: 1000000000 }],
    });
    if (res.status === 201) return { id: res.body.id, lineId: res.body.lines[0].id };
    if (res.status !== 409) throw new Error(`plan for the census: ${res.status} ${JSON.stringify(res.body)}`);
  }
  throw new Error('no free plan year for the census');
}

beforeAll(async () => {
  api = await startApiHarness();
  for (const who of Object.keys(EMAILS) as Who[]) {
    tokens[who] = (
      await call('POST', '/api/auth/login', undefined, { email: EMAILS[who], password: 'demo1234' })
    ).body.accessToken;
  }
  const officerHN = new ApiClient(api.baseUrl, tokens.officerHN);
  const officerBN = new ApiClient(api.baseUrl, tokens.officerBN);
  const hn = await officerHN.post('/projects', newProject('HN', 'unit.hn@demo.local'));
  const bn = await officerBN.post('/projects', newProject('BN', 'unit.bn@demo.local'));
  expect([hn.status, bn.status]).toEqual([201, 201]);
  ours.projectId = hn.body.id;
  theirs.projectId = bn.body.id;
  ours.escalationId = await openEscalation(hn.body.id, 'HN');
  theirs.escalationId = await openEscalation(bn.body.id, 'BN');
  ({ id: ours.planId, lineId: ours.lineId } = await draftPlan(officerHN, 'HN'));
  ours.attachmentId = (
    await uploadAttachment(api.baseUrl, tokens.officerHN, hn.body.id, { bytes: samplePng(), name: 'a.png' })
  ).body.id;
  theirs.attachmentId = (
    await uploadAttachment(api.baseUrl, tokens.officerBN, bn.body.id, { bytes: samplePng(), name: 'b.png' })
  ).body.id;
  ({ id: theirs.planId, lineId: theirs.lineId } = await draftPlan(officerBN, 'BN'));

  const doc = (await call('GET', '/api/docs-json', tokens.admin)).body;
  operations = Object.entries(doc.paths as Record<string, Record<string, { requestBody?: unknown }>>).flatMap(
    ([path, methods]) =>
      Object.entries(methods).map(([method, op]) => ({
        key: `${method.toUpperCase()} ${path}`,
        method: method.toUpperCase(),
        path,
        hasBody: op.requestBody !== undefined,
      })),
  );
});

afterAll(async () => {
  await api?.stop();
});

it('lists every route of the OpenAPI document, and only those', () => {
  const documented = operations.map((o) => o.key).sort();
  expect(documented.filter((key) => !(key in CENSUS))).toEqual([]);
  expect(Object.keys(CENSUS).filter((key) => !documented.includes(key))).toEqual([]);
  // A route the document shows with a body says what happens to an unknown field.
  const bodiesCalledNone = operations.filter((op) => op.hasBody && CENSUS[op.key].unknownField === noBody);
  expect(bodiesCalledNone.map((op) => op.key)).toEqual([]);
});

it('answers 401 without a token on every route that is not public', async () => {
  const answers = [];
  for (const op of operations) {
    const res = await call(op.method, fill(op.path, ours), undefined, op.hasBody ? {} : undefined);
    answers.push({ route: op.key, status: res.status });
  }
  const expected = operations.map((op) => ({ route: op.key, status: CENSUS[op.key].public ? 'public' : 401 }));
  expect(answers.map((a) => ({ ...a, status: CENSUS[a.route].public ? 'public' : a.status }))).toEqual(expected);
  for (const a of answers.filter((a) => CENSUS[a.route].public)) expect(a.status).not.toBe(401);
});

it('answers 401 to a forged or tampered token on every route that is not public', async () => {
  const [header, payload] = tokens.officerHN.split('.');
  const tampered = `${header}.${payload}.${'x'.repeat(43)}`;
  for (const op of operations.filter((o) => !CENSUS[o.key].public)) {
    const res = await call(op.method, fill(op.path, ours), tampered, op.hasBody ? {} : undefined);
    expect({ route: op.key, status: res.status }).toEqual({ route: op.key, status: 401 });
  }
});

it('answers 403 to a role that may not, on every route that some role may not use', async () => {
  for (const op of operations) {
    const rule = CENSUS[op.key].forbidden;
    if ('none' in rule) continue;
    const res = await call(op.method, fill(op.path, ours), tokens[rule.as], rule.body);
    expect({ route: op.key, as: rule.as, status: res.status }).toEqual({ route: op.key, as: rule.as, status: 403 });
    expect(res.body.error).toMatch(/FORBIDDEN$/); // FORBIDDEN, or the domain's ROLE_FORBIDDEN
    expect(res.body.message).toMatch(/ \/ /); // Vietnamese, then English
  }
});

it('answers 404 for a project or escalation of another province, as for one that does not exist', async () => {
  for (const op of operations) {
    const rule = CENSUS[op.key].otherProvince;
    if ('none' in rule) continue;
    const foreign = await call(op.method, fill(op.path, theirs), tokens[rule.as], rule.body);
    const missing = await call(
      op.method,
      fill(op.path, { ...theirs, projectId: randomUUID() }),
      tokens[rule.as],
      rule.body,
    );
    expect({ route: op.key, status: foreign.status }).toEqual({ route: op.key, status: 404 });
    if (!op.path.startsWith('/api/escalations/')) {
      // The same answer, bar the id it names: nothing tells the two apart.
      const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
      expect(foreign.body.message.replace(uuid, 'X')).toBe(missing.body.message.replace(uuid, 'X'));
    }
  }
});

it('answers 400 naming the field to an unknown body field, on every route that takes a body', async () => {
  for (const op of operations) {
    if (CENSUS[op.key].unknownField !== 'refused') continue;
    const res = await call(op.method, fill(op.path, ours), tokens.admin, { unexpectedField: 1 });
    expect({ route: op.key, status: res.status }).toEqual({ route: op.key, status: 400 });
    expect(res.body.message).toContain('unexpectedField');
  }
});
