/**
 * Demo data for embedded mode: the demo users, then projects created and moved through the real API
 * (so every seeded project has a running workflow and an audit trail like any other).
 */
import 'reflect-metadata';
import type { ActionName, ProjectState, Role } from '@kc/domain';
import { UserRepository, createDataSource } from '@kc/persistence';
import { DEMO_PASSWORD, DEMO_USERS, ensureDemoUsers } from './demo-users';
import { DEMO_PROJECTS, DemoProject } from './demo-projects';
import { DEMO_POLICY } from './demo-policy';

export interface SeedOptions {
  databaseUrl: string;
  apiUrl: string;
  log: (line: string) => void;
}

export interface SeedResult {
  seeded: boolean;
  logins: Array<{ email: string; role: Role; province: string | null }>;
}

type Step = { action: ActionName; by: 'officer' | 'approver' | 'national'; extra?: Record<string, unknown> };

/** The steps that take a project from DRAFT to the target state. */
function stepsTo(project: DemoProject): Step[] {
  const support = project.requestedSupportVnd;
  const advance = Math.floor((support * 50) / 100);
  const decider = project.scope === 'NATIONAL' ? 'national' : 'approver';
  // A decision is dated on or before the day it is recorded (and before the contract it leads to).
  const decisionDate = [project.plannedStart, todayInVietnam()].sort()[0];
  const toContract: Step[] = [
    { action: 'submit', by: 'officer' },
    { action: 'open_appraisal', by: 'officer' },
    ...(project.scope === 'NATIONAL' ? [{ action: 'register', by: 'approver' } as Step] : []),
    {
      action: 'approve',
      by: decider,
      extra: { decisionNo: `${project.provinceCode}/QĐ-SCT-2026`, decisionDate, approvedSupportVnd: support },
    },
    {
      action: 'sign_contract',
      by: 'officer',
      extra: { contractNo: `${project.provinceCode}/HĐ-KC-2026`, contractDate: project.plannedStart },
    },
  ];
  const toComplete: Step[] = [
    ...toContract,
    { action: 'record_disbursement', by: 'officer', extra: { kind: 'ADVANCE', amountVnd: advance } },
    { action: 'start', by: 'officer' },
  ];
  const accepted: Step[] = [
    ...toComplete,
    { action: 'complete_work', by: 'officer' },
    {
      action: 'accept',
      by: 'approver',
      extra: { minutesNo: `${project.provinceCode}/BB-NT-2026`, minutesDate: project.plannedEnd },
    },
  ];
  const paths: Partial<Record<ProjectState, Step[]>> = {
    DRAFT: [],
    SUBMITTED: [{ action: 'submit', by: 'officer' }],
    RETURNED: [
      { action: 'submit', by: 'officer' },
      { action: 'return', by: 'officer', extra: { reason: 'Thiếu dự toán chi tiết (Mẫu 1) / cost estimate missing' } },
    ],
    BASE_APPRAISAL: toContract.slice(0, 2),
    MINISTRY_APPRAISAL: toContract.slice(0, 3),
    REJECTED: [
      ...toContract.slice(0, 2),
      {
        action: 'reject',
        by: 'approver',
        extra: { reason: 'Lò đốt than củi không thuộc ngành nghề được ưu tiên / not an eligible sector' },
      },
    ],
    WITHDRAWN: [
      { action: 'submit', by: 'officer' },
      { action: 'withdraw', by: 'officer' },
    ],
    APPROVED: toContract.slice(0, -1),
    CONTRACTED: toContract,
    IN_PROGRESS: toComplete,
    SUSPENDED: [
      ...toComplete,
      {
        action: 'suspend',
        by: 'approver',
        extra: { reason: 'Đề nghị đổi địa điểm thực hiện / change of site requested' },
      },
    ],
    TERMINATED: [
      ...toComplete,
      {
        action: 'terminate',
        by: decider,
        extra: {
          reason: 'Đơn vị thụ hưởng rút khỏi đề án / the beneficiary withdrew',
          decisionNo: `${project.provinceCode}/QĐ-NTH-2026`,
          decisionDate: todayInVietnam(),
        },
      },
    ],
    COMPLETED_WORK: accepted.slice(0, -1),
    ACCEPTED: accepted,
    SETTLED: [
      ...accepted,
      { action: 'record_disbursement', by: 'officer', extra: { kind: 'FINAL', amountVnd: support - advance } },
      { action: 'settle', by: 'officer' },
    ],
  };
  const steps = paths[project.target];
  if (!steps) throw new Error(`no demo path to ${project.target}`);
  return steps;
}

class DemoApi {
  private readonly tokens = new Map<string, string>();

  constructor(private readonly apiUrl: string) {}

  async as(email: string): Promise<string> {
    const cached = this.tokens.get(email);
    if (cached) return cached;
    const res = await this.call('POST', '/auth/login', { email, password: DEMO_PASSWORD });
    this.tokens.set(email, res.accessToken);
    return res.accessToken;
  }

  async call(method: string, path: string, body: unknown, token?: string): Promise<any> {
    const res = await fetch(`${this.apiUrl}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    const json = (await res.json()) as { message?: string; [key: string]: any };
    if (!res.ok) throw new Error(`${method} ${path} → ${res.status}: ${json.message}`);
    return json;
  }
}

async function seedProject(api: DemoApi, project: DemoProject): Promise<{ line: string; id: string }> {
  const province = project.provinceCode.toLowerCase();
  const who = {
    officer: `officer.${province}@demo.local`,
    approver: `approver.${province}@demo.local`,
    national: 'approver.national@demo.local',
  };
  const created = await api.call(
    'POST',
    '/projects',
    {
      scope: project.scope,
      provinceCode: project.provinceCode,
      category: project.category,
      title: project.title,
      implementingUnit: project.unit,
      beneficiary: project.beneficiary,
      totalCostVnd: project.totalCostVnd,
      requestedSupportVnd: project.requestedSupportVnd,
      plannedStart: project.plannedStart,
      plannedEnd: project.plannedEnd,
    },
    await api.as(who.officer),
  );
  for (const step of stepsTo(project)) {
    await api.call(
      'POST',
      `/projects/${created.id}/actions`,
      { action: step.action, ...step.extra },
      await api.as(who[step.by]),
    );
  }
  if (project.demoTimers) {
    await api.call('PUT', `/projects/${created.id}/deadline-policy`, DEMO_POLICY, await api.as('admin@demo.local'));
  }
  return {
    line: `${created.code} → ${project.target}${project.demoTimers ? ' (demo policy: a report every 2 minutes)' : ''}`,
    id: created.id,
  };
}

export function demoLogins(): SeedResult['logins'] {
  return DEMO_USERS.map((u) => ({ email: u.email, role: u.role, province: u.provinceCode }));
}

/** Seeds only an empty database (no users yet), so a restart never duplicates the demo. */
export async function seedDemoIfEmpty(options: SeedOptions): Promise<SeedResult> {
  const dataSource = await createDataSource(options.databaseUrl, 2).initialize();
  try {
    if ((await new UserRepository(dataSource).count()) > 0) return { seeded: false, logins: demoLogins() };
    await ensureDemoUsers(dataSource);
  } finally {
    await dataSource.destroy();
  }
  const api = new DemoApi(options.apiUrl);
  const started = Date.now();
  // A few projects at a time: fast, without crowding the dev server.
  const queue = [...DEMO_PROJECTS];
  const workers = Array.from({ length: 4 }, async () => {
    for (let project = queue.shift(); project; project = queue.shift()) {
      options.log(`seed: ${(await seedProject(api, project)).line}`);
    }
  });
  await Promise.all(workers);
  options.log(`seed: ${DEMO_PROJECTS.length} demo projects in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return { seeded: true, logins: demoLogins() };
}

function todayInVietnam(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
}
