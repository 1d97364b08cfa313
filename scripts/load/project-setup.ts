/**
 * Before the clock starts: the demo users sign in, and the load projects are created through the API and walked
 * to CONTRACTED (where advances may be recorded and a report period is open), each with its first report in,
 * so that every report the run sends is a correction (a new version) that no other client's report can refuse.
 */
import { DEMO_PASSWORD } from '../demo-users';
import { TimedApiClient, TimedResponse } from './http-client';
import type { LoadProject } from './write-ledger';

/** The provinces with an officer and an approver among the demo users. */
export const LOAD_PROVINCES = ['HN', 'BN', 'TN', 'PT', 'NB', 'LCI', 'HY', 'TH', 'CB'] as const;
export type LoadProvince = (typeof LOAD_PROVINCES)[number];

/** Provinces whose implementing unit has a demo login: their reports come from the unit itself. */
const UNIT_LOGINS: Partial<Record<LoadProvince, string>> = { HN: 'unit.hn@demo.local', BN: 'unit.bn@demo.local' };

const SUPPORT_VND = 135_000_000;
/** Every fifth project is approved for this much only: its 70% cap (14,000 VND) is reached within seconds. */
const SMALL_SUPPORT_VND = 20_000;
const SETUP_CONCURRENCY = 8;
const PERIOD_WAIT_MS = 60_000;

export interface ProvinceLogins {
  officer: TimedApiClient;
  approver: TimedApiClient;
  /** Who submits this province's reports: the implementing unit where it has a login, else the officer. */
  reporter: TimedApiClient;
}

export async function signIn(apiUrl: string): Promise<Map<LoadProvince, ProvinceLogins>> {
  const entries = await Promise.all(
    LOAD_PROVINCES.map(async (province): Promise<[LoadProvince, ProvinceLogins]> => {
      const code = province.toLowerCase();
      const unit = UNIT_LOGINS[province];
      const [officer, approver, unitClient] = await Promise.all([
        TimedApiClient.login(apiUrl, `officer.${code}@demo.local`, DEMO_PASSWORD),
        TimedApiClient.login(apiUrl, `approver.${code}@demo.local`, DEMO_PASSWORD),
        unit ? TimedApiClient.login(apiUrl, unit, DEMO_PASSWORD) : undefined,
      ]);
      return [province, { officer, approver, reporter: unitClient ?? officer }];
    }),
  );
  return new Map(entries);
}

export async function createLoadProjects(
  count: number,
  runId: string,
  logins: Map<LoadProvince, ProvinceLogins>,
  log: (line: string) => void,
): Promise<LoadProject[]> {
  const projects: LoadProject[] = new Array(count);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < count) {
      const index = next++;
      projects[index] = await createOne(index, runId, logins);
      done += 1;
      if (done % 20 === 0 || done === count) log(`projects ready: ${done}/${count}`);
    }
  };
  await Promise.all(Array.from({ length: Math.min(SETUP_CONCURRENCY, count) }, worker));
  return projects;
}

async function createOne(
  index: number,
  runId: string,
  logins: Map<LoadProvince, ProvinceLogins>,
): Promise<LoadProject> {
  const province = LOAD_PROVINCES[index % LOAD_PROVINCES.length];
  const { officer, approver, reporter } = logins.get(province)!;
  const support = index % 5 === 4 ? SMALL_SUPPORT_VND : SUPPORT_VND;
  let step = 0;
  const key = () => `load-${runId}-setup-${index}-${++step}`;
  const created = expectOk(
    'create',
    await officer.post(
      '/projects',
      {
        scope: 'LOCAL',
        provinceCode: province,
        category: 'MACHINERY',
        title: `Tải thử ${index + 1}: hỗ trợ máy sấy nông sản`,
        implementingUnit: {
          name: `Trung tâm Khuyến công ${province}`,
          email: UNIT_LOGINS[province] ?? `ttkc.${province.toLowerCase()}@demo.local`,
        },
        beneficiary: `HTX tải thử ${index + 1}`,
        totalCostVnd: 450_000_000,
        requestedSupportVnd: SUPPORT_VND,
        plannedStart: '2026-03-01',
        plannedEnd: '2027-11-30',
      },
      key(),
    ),
  );
  const id: string = created.id;
  const act = async (client: TimedApiClient, body: Record<string, unknown>) =>
    expectOk(String(body.action), await client.post(`/projects/${id}/actions`, body, key()));
  await act(officer, { action: 'submit' });
  await act(officer, { action: 'open_appraisal' });
  await act(approver, {
    action: 'approve',
    approvedSupportVnd: support,
    decisionNo: `${index + 1}/QĐ-TẢI-THỬ`,
    decisionDate: '2026-11-01',
  });
  await act(officer, { action: 'sign_contract', contractNo: `${index + 1}/HĐ-TẢI-THỬ`, contractDate: '2026-11-02' });
  // A machinery advance waits for a progress report the Department certified above 70% (TT 36 Art. 12).
  await act(officer, { action: 'certify_progress', progressPercent: 75, reportDate: '2026-11-02' });
  const periodKey = await openPeriod(officer, id);
  const setupReportFunds = 1;
  expectOk(
    'first report',
    await reporter.post(
      `/projects/${id}/reports`,
      { period: periodKey, physicalProgressPct: 10, fundsUsedVnd: setupReportFunds },
      key(),
    ),
  );
  return {
    id,
    code: created.code,
    provinceCode: province,
    advanceCapVnd: Math.floor((support * 70) / 100),
    periodKey,
    // Created, submitted, appraisal opened, approved, contracted, progress certified, first report.
    setupEvents: 7,
    setupReportFunds,
  };
}

/** The period the contract opened; the worker writes it to the read model just after the signing. */
async function openPeriod(client: TimedApiClient, projectId: string): Promise<string> {
  const deadline = Date.now() + PERIOD_WAIT_MS;
  for (;;) {
    const periods = expectOk('report periods', await client.get(`/projects/${projectId}/reports`));
    const open = (periods as Array<{ period: string; status: string }>).find((p) => p.status === 'OPEN');
    if (open) return open.period;
    if (Date.now() > deadline) throw new Error(`project ${projectId}: no open report period after the contract`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

function expectOk(what: string, res: TimedResponse): any {
  if (typeof res.status === 'number' && res.status >= 200 && res.status < 300) return res.body;
  throw new Error(`setup: ${what} answered ${res.status}: ${JSON.stringify(res.body ?? res.networkError)}`);
}
