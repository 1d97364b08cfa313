/**
 * Demo data for embedded mode: the demo users (written straight to the database, before the API opens, so a
 * login works from its first answer), then projects created and moved through the real API (so every seeded
 * project has a running workflow and an audit trail like any other), dated around the day of the seed.
 */
import 'reflect-metadata';
import { ActionName, ProjectState, Role, localDayOf } from '@kc/domain';
import { UserRepository, createDataSource } from '@kc/persistence';
import { DEMO_PASSWORD, DEMO_USERS, ensureDemoUsers } from './demo-users';
import { DemoProject, demoProjects } from './demo-projects';
import { DEMO_POLICY, DEMO_STALL_POLICY } from './demo-policy';
import { seedDemoPlans } from './demo-plans';

export interface SeedOptions {
  databaseUrl: string;
  apiUrl: string;
  log: (line: string) => void;
}

export interface SeedResult {
  seeded: boolean;
  logins: Array<{ email: string; role: Role; province: string | null }>;
}

/**
 * Who takes a step: the province's officer and leader (approver), the Cục leader (national: enters the Minister's
 * plan decision, suspends national projects), the Cục officer (national: ministry appraisal, contract as bên A,
 * payments, settlement), the Minister (national stops).
 */
type Step = {
  action: ActionName;
  by: 'officer' | 'approver' | 'national' | 'cuc' | 'minister';
  extra?: Record<string, unknown>;
};

/** The steps that take a project from DRAFT to the target state (`today`: the seed's local day), by TT 36. */
function stepsTo(project: DemoProject, today: string, contractNo: string): Step[] {
  const support = project.requestedSupportVnd;
  const advance = Math.floor((support * 50) / 100);
  const national = project.scope === 'NATIONAL';
  const decider = national ? 'national' : 'approver';
  /** National projects are contracted, paid and settled by the Cục; local ones by the province. */
  const payer = national ? 'cuc' : 'officer';
  // A decision is dated on or before the day it is recorded (and before the contract it leads to).
  const decisionDate = [project.plannedStart, todayInVietnam()].sort()[0];
  // A group project names its establishments in Mẫu 11, approved by the Department's leader before the contract.
  const implPlan: Step[] = project.groupPlan
    ? [
        { action: 'submit_impl_plan', by: 'officer', extra: { beneficiaries: project.groupPlan } },
        {
          action: 'approve_impl_plan',
          by: 'approver',
          extra: { decisionNo: `${project.provinceCode}/QĐ-SCT-KHTK-2026`, decisionDate },
        },
      ]
    : [];
  // A group project's advance goes to its first establishment, within 70% of that one's share.
  const advanceStep: Step = project.groupPlan
    ? {
        action: 'record_disbursement',
        by: payer,
        extra: {
          kind: 'ADVANCE',
          amountVnd: Math.floor((project.groupPlan[0]!.supportVnd * 50) / 100),
          beneficiaryId: 'NT1',
        },
      }
    : { action: 'record_disbursement', by: payer, extra: { kind: 'ADVANCE', amountVnd: advance } };
  const toContract: Step[] = [
    { action: 'submit', by: 'officer' },
    { action: 'open_appraisal', by: 'officer' },
    ...(national
      ? ([
          { action: 'register', by: 'approver' },
          { action: 'open_ministry_appraisal', by: 'cuc' },
        ] as Step[])
      : []),
    {
      action: 'approve',
      by: decider,
      extra: {
        decisionNo: national ? `${project.provinceCode}/QĐ-BCT-2026` : `${project.provinceCode}/QĐ-SCT-2026`,
        decisionDate,
        approvedSupportVnd: support,
      },
    },
    ...implPlan,
    {
      action: 'sign_contract',
      by: payer,
      extra: { contractNo, contractDate: project.contractDate ?? today },
    },
  ];
  const toComplete: Step[] = [
    ...toContract,
    // The Department certifies the progress report that backs the advance (machinery, models, cluster works).
    { action: 'certify_progress', by: 'officer', extra: { progressPercent: 75, reportDate: today } },
    advanceStep,
    { action: 'start', by: 'officer' },
  ];
  const accepted: Step[] = [
    ...toComplete,
    { action: 'complete_work', by: 'officer' },
    {
      action: 'accept',
      by: 'approver',
      extra: { minutesNo: contractNo.replace('HĐ', 'BBNT'), minutesDate: today },
    },
  ];
  const stopReason = 'Đơn vị thụ hưởng rút khỏi đề án / the beneficiary withdrew';
  // A national project stops on the Minister's decision, asked by the Department; its advance is refunded first.
  const stop: Step[] = national
    ? [
        { action: 'request_stop', by: 'officer', extra: { reason: stopReason } },
        {
          action: 'decide_stop',
          by: 'minister',
          extra: { decisionNo: `${project.provinceCode}/QĐ-BCT-DỪNG-2026`, decisionDate: todayInVietnam() },
        },
        { action: 'record_refund', by: 'cuc', extra: { amountVnd: advance } },
      ]
    : [
        {
          action: 'terminate',
          by: 'approver',
          extra: {
            reason: stopReason,
            decisionNo: `${project.provinceCode}/QĐ-NTH-2026`,
            decisionDate: todayInVietnam(),
          },
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
    MINISTRY_APPRAISAL: toContract.slice(0, 4),
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
    APPROVED: toContract.slice(0, -1 - implPlan.length),
    CONTRACTED: toContract,
    IN_PROGRESS: toComplete,
    SUSPENDED: [
      ...toComplete,
      {
        action: 'suspend',
        by: decider,
        extra: { reason: 'Đề nghị đổi địa điểm thực hiện / change of site requested' },
      },
    ],
    TERMINATED: [...toComplete, ...stop],
    COMPLETED_WORK: accepted.slice(0, -1),
    ACCEPTED: accepted,
    SETTLED: [
      ...accepted,
      { action: 'record_disbursement', by: payer, extra: { kind: 'FINAL', amountVnd: support - advance } },
      { action: 'settle', by: payer },
    ],
  };
  if (project.groupPlan && !['DRAFT', 'APPROVED', 'CONTRACTED', 'IN_PROGRESS'].includes(project.target)) {
    throw new Error(`no demo path for a group project to ${project.target}`);
  }
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
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = (await res.json()) as { message?: string; [key: string]: any };
    if (!res.ok) throw new Error(`${method} ${path} → ${res.status}: ${json.message}`);
    return json;
  }
}

const POLICIES = { MINUTES: DEMO_POLICY, STALL: DEMO_STALL_POLICY };

/** This year's local plan lines by province and content area (provincial budget), to put the demo projects on. */
async function planLinesOf(api: DemoApi, today: string): Promise<Map<string, string>> {
  const lines = new Map<string, string>();
  const plans = await api.call('GET', `/plans?year=${today.slice(0, 4)}`, undefined, await api.as('admin@demo.local'));
  for (const plan of plans.items as Array<{ level: string; provinceCode: string | null; lines: any[] }>) {
    if (plan.level !== 'LOCAL') continue;
    for (const line of plan.lines) {
      if (line.fundingSource === 'PROVINCIAL') lines.set(`${plan.provinceCode}/${line.category}`, line.id);
    }
  }
  return lines;
}

async function seedProject(
  api: DemoApi,
  project: DemoProject,
  today: string,
  n: number,
  planLines: Map<string, string> = new Map(),
): Promise<SeededProject> {
  const planLineId =
    project.scope === 'LOCAL' && project.plannedStart.startsWith(today.slice(0, 4))
      ? planLines.get(`${project.provinceCode}/${project.category}`)
      : undefined;
  const province = project.provinceCode.toLowerCase();
  const who = {
    officer: `officer.${province}@demo.local`,
    approver: `approver.${province}@demo.local`,
    national: 'approver.national@demo.local',
    cuc: 'officer.cuc@demo.local',
    minister: 'minister@demo.local',
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
      ...(planLineId ? { planLineId } : {}),
      ...(project.groupPlan ? { group: true } : {}),
      ...(project.pilot ? { pilot: project.pilot } : {}),
    },
    await api.as(who.officer),
  );
  // Before any move: a stall limit is fixed when the state is entered, reporting starts at the contract.
  if (project.demoPolicy) {
    const policy = POLICIES[project.demoPolicy];
    await api.call('PUT', `/projects/${created.id}/deadline-policy`, policy, await api.as('admin@demo.local'));
  }
  const year = today.slice(0, 4);
  const contractNo = `${String(n + 1).padStart(2, '0')}/${year}/HĐ-${project.scope === 'NATIONAL' ? 'KCQG' : 'KCĐP'}`;
  for (const step of stepsTo(project, today, contractNo)) {
    await api.call(
      'POST',
      `/projects/${created.id}/actions`,
      { action: step.action, ...step.extra },
      await api.as(who[step.by]),
    );
  }
  const late = project.lateReportsIn ? await submitLateReports(api, project, created.id, who.officer) : [];
  const notes = [
    project.demoPolicy === 'MINUTES' ? 'a report every 2 minutes' : null,
    project.demoPolicy === 'STALL' ? 'waiting limits of seconds' : null,
    project.contractDate ? `contract ${project.contractDate}` : null,
    late.length ? `reports in late: ${late.join(', ')}` : null,
  ].filter(Boolean);
  return {
    line: `${created.code} → ${project.target}${notes.length ? ` (${notes.join('; ')})` : ''}`,
    id: created.id,
    code: created.code,
    project,
  };
}

export interface SeededProject {
  line: string;
  id: string;
  code: string;
  project: DemoProject;
}

interface OwedPeriod {
  key: string;
  dueAt: string;
  submittedAt: string | null;
}

/**
 * The unit sends in the oldest `lateReportsIn` reports already past due (late, as they were), once the workflow
 * has opened the periods since the contract; the later ones stay missing.
 */
async function submitLateReports(api: DemoApi, project: DemoProject, id: string, officer: string): Promise<string[]> {
  const officerToken = await api.as(officer);
  const deadline = Date.now() + 30_000;
  let periods: OwedPeriod[] = [];
  // The workflow opens every period up to the first one still to come in one step, right after the signing.
  while (!periods.some((p) => Date.parse(p.dueAt) > Date.now())) {
    if (Date.now() > deadline) throw new Error(`${project.title}: report periods not opened within 30 s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    periods = ((await api.call('GET', `/projects/${id}/deadlines`, undefined, officerToken)).periods ??
      []) as OwedPeriod[];
  }
  const due = periods
    .filter((p) => Date.parse(p.dueAt) <= Date.now() && !p.submittedAt)
    .slice(0, project.lateReportsIn);
  // Units of Hà Nội and Bắc Ninh have demo logins; elsewhere the province's officer records the paper report.
  const reporter = ['HN', 'BN'].includes(project.provinceCode) ? project.unit.email : officer;
  for (const [i, period] of due.entries()) {
    const pct = Math.min(90, 15 * (i + 1));
    await api.call(
      'POST',
      `/projects/${id}/reports`,
      {
        period: period.key,
        physicalProgressPct: pct,
        fundsUsedVnd: Math.floor((project.requestedSupportVnd * pct) / 100 / 1_000_000) * 1_000_000,
        issues: 'Nộp chậm do chờ bàn giao, lắp đặt thiết bị / late: equipment delivery and installation pending',
      },
      await api.as(reporter),
    );
  }
  return due.map((p) => p.key);
}

export function demoLogins(): SeedResult['logins'] {
  return DEMO_USERS.map((u) => ({ email: u.email, role: u.role, province: u.provinceCode }));
}

/**
 * The demo users, on a database without any user yet (so a restart never duplicates the demo). Runs before
 * the API opens: a login works from the API's first answer. True when the database was empty.
 */
export async function seedDemoUsersIfEmpty(databaseUrl: string): Promise<boolean> {
  const dataSource = await createDataSource(databaseUrl, 2).initialize();
  try {
    if ((await new UserRepository(dataSource).count()) > 0) return false;
    await ensureDemoUsers(dataSource);
    // The plans (2022 Northern region, this year's Hà Nội and Bắc Ninh) before the projects that draw on them.
    await seedDemoPlans(dataSource, todayInVietnam());
    return true;
  } finally {
    await dataSource.destroy();
  }
}

/** The demo projects, through the API (which must be up), dated around `now`. */
export async function seedDemoProjects(
  options: Omit<SeedOptions, 'databaseUrl'>,
  now = new Date(),
): Promise<SeededProject[]> {
  const api = new DemoApi(options.apiUrl);
  const today = localDayOf(now.toISOString());
  const started = Date.now();
  const projects = demoProjects(today);
  const planLines = await planLinesOf(api, today);
  // A few projects at a time: fast, without crowding the dev server.
  const queue = projects.map((project, n) => ({ project, n }));
  const seeded: SeededProject[] = [];
  const workers = Array.from({ length: 4 }, async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const done = await seedProject(api, next.project, today, next.n, planLines);
      seeded.push(done);
      options.log(`seed: ${done.line}`);
    }
  });
  await Promise.all(workers);
  options.log(`seed: ${projects.length} demo projects in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return seeded;
}

/** Users, then projects, on an empty database only. */
export async function seedDemoIfEmpty(options: SeedOptions): Promise<SeedResult> {
  if (!(await seedDemoUsersIfEmpty(options.databaseUrl))) return { seeded: false, logins: demoLogins() };
  await seedDemoProjects(options);
  return { seeded: true, logins: demoLogins() };
}

function todayInVietnam(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
}
