/** Projects the browser tests start from, made over HTTP (the page tests are about the pages, not the setup). */
import { DEFAULT_DEADLINE_POLICY, DeadlinePolicy, ROLE_ORGANISATIONS, Role } from '@kc/domain';
import { ApiClient } from '../support/api-harness';
import { newProjectRequest, approvalDecision, todayInVietnam } from '../support/request-bodies';

export const newProject = (title: string) => newProjectRequest(title);

/**
 * Report periods of `everySeconds`, a reminder shortly before each, a level-1 escalation a few seconds after a
 * missed one: a project page gets periods, notices and an escalation within a minute.
 */
export function secondsPolicy(everySeconds: number): DeadlinePolicy {
  return {
    reporting: {
      cadence: { kind: 'EVERY', every: `PT${everySeconds}S` },
      remindBefore: [{ duration: `PT${Math.max(1, everySeconds - 5)}S` }],
      overdueRepeatEvery: { duration: 'PT10M' },
      escalateLevel1After: { duration: 'PT3S' },
      escalateLevel1AfterMissedInARow: 2,
      escalateLevel2After: { duration: 'PT10M' },
    },
    stall: { ...DEFAULT_DEADLINE_POLICY.stall, limits: {} },
  };
}

export interface Actors {
  officer: ApiClient;
  approver: ApiClient;
  admin: ApiClient;
}

export async function loginActors(baseUrl: string): Promise<Actors> {
  const [officer, approver, admin] = await Promise.all(
    ['officer.hn', 'approver.hn', 'admin'].map((user) => ApiClient.login(baseUrl, `${user}@demo.local`)),
  );
  return { officer, approver, admin };
}

export interface TestUser {
  email: string;
  fullName: string;
  role: Role;
  provinceCode: string | null;
  /** The organisation's name as the account shows it. */
  organisationName: string;
}

/**
 * Creates the accounts a suite needs through the admin's API (password demo1234), keeping those already there (409):
 * the one place the browser tests make users, so a change to what an account needs (its organisation) is one edit.
 */
export async function ensureUsers(admin: ApiClient, users: readonly TestUser[]): Promise<void> {
  for (const user of users) {
    const organisationId = await organisationFor(admin, user);
    const res = await admin.post('/admin/users', { ...user, organisationId, password: 'demo1234' });
    if (res.status !== 201 && res.status !== 409) {
      throw new Error(`create user ${user.email}: ${res.status} ${JSON.stringify(res.body)}`);
    }
  }
}

/** The first organisation of a kind the role may belong to, at the user's level (the API lists them). */
async function organisationFor(admin: ApiClient, user: TestUser): Promise<string> {
  const national = user.provinceCode === null;
  const kind = ROLE_ORGANISATIONS[user.role][national ? 'national' : 'provincial'][0];
  const res = await admin.get(`/organisations?provinceCode=${user.provinceCode ?? 'NATIONAL'}&kind=${kind}`);
  const first = (res.body as { items: Array<{ id: string }> }).items?.[0];
  if (res.status !== 200 || !first) throw new Error(`no ${kind} organisation for ${user.email}: ${res.status}`);
  return first.id;
}

/** Accounts of the positions issue 13 added (the demo's names and password; kept when the demo seed made them). */
export const NEW_POSITION_USERS: readonly TestUser[] = [
  {
    email: 'officer.cuc@demo.local',
    fullName: 'Chuyên viên Cục',
    role: 'cuc_officer',
    provinceCode: null,
    organisationName: 'Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công',
  },
  {
    email: 'minister@demo.local',
    fullName: 'Bộ trưởng Bộ Công Thương',
    role: 'minister',
    provinceCode: null,
    organisationName: 'Bộ Công Thương',
  },
  {
    email: 'ubnd.hn@demo.local',
    fullName: 'Lãnh đạo UBND thành phố Hà Nội',
    role: 'ubnd_leader',
    provinceCode: 'HN',
    organisationName: 'Ủy ban nhân dân thành phố Hà Nội',
  },
];

type Stage = 'DRAFT' | 'CONTRACTED' | 'IN_PROGRESS';

/** A new project walked over HTTP to the given state, optionally on a seconds-long deadline policy. */
export async function projectAt(
  actors: Actors,
  stage: Stage,
  title: string,
  policy?: DeadlinePolicy,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string; code: string }> {
  const created = await actors.officer.post('/projects', { ...newProject(title), ...overrides });
  if (created.status !== 201) throw new Error(`create: ${created.status} ${JSON.stringify(created.body)}`);
  const { id, code } = created.body;
  if (policy) {
    const set = await actors.admin.put(`/projects/${id}/deadline-policy`, policy);
    if (set.status !== 200) throw new Error(`policy: ${set.status} ${JSON.stringify(set.body)}`);
  }
  if (stage === 'DRAFT') return { id, code };
  const steps: Array<[ApiClient, Record<string, unknown>]> = [
    [actors.officer, { action: 'submit' }],
    [actors.officer, { action: 'open_appraisal' }],
    [actors.approver, { action: 'approve', ...approvalDecision() }],
    [actors.officer, { action: 'sign_contract', contractNo: '09/HĐ-KCĐP-2026', contractDate: todayInVietnam() }],
  ];
  if (stage === 'IN_PROGRESS') steps.push([actors.officer, { action: 'start' }]);
  for (const [client, body] of steps) {
    const res = await client.post(`/projects/${id}/actions`, body);
    if (res.status !== 200) throw new Error(`${body.action}: ${res.status} ${JSON.stringify(res.body)}`);
  }
  return { id, code };
}
