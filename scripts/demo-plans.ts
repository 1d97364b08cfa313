/**
 * Demo plans (issue 14), written straight to the database on a fresh demo before the API opens:
 *
 * - the 2022 local plans of the Northern region as TT 26/2014 counted it (28 provinces, with their codes then), with
 *   lines and settled projects such that the region reads 130.4 billion VND disbursed, 91.7% of the assigned
 *   142,202,835,333 VND (the seed article, DOMAIN.md §13.2). The 2022 projects are archived imports: read-model rows
 *   with `imported_from = 'ARCHIVE-2022'` and no workflow (running ~200 workflows to SETTLED would slow `npm start`
 *   by minutes); reconcile skips such rows, and the API refuses actions on them as on any settled project.
 * - this year's approved local plans of Hà Nội and Bắc Ninh, sized on the demo projects that the seed approves, so
 *   the seed's approvals fit and a further Hà Nội machinery approval of 135 M runs into the line's estimate.
 */
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { CATEGORIES, FORMER_PROVINCES, findProvince, formatProjectCode, projectSearchText } from '@kc/domain';
import type { ProjectState } from '@kc/domain';
import { demoProjects } from './demo-projects';

export const ARCHIVE_2022 = 'ARCHIVE-2022';
export const NORTH_2022_ASSIGNED_VND = 142_202_835_333n;
export const NORTH_2022_DISBURSED_VND = 130_400_000_000n;

/** Relative sizes of the 28 provinces' 2022 plans (synthetic), in TT 26/2014 order. */
const NORTH_2022: ReadonlyArray<[code: string, weight: number]> = [
  ['HT', 5],
  ['NA', 7],
  ['TH', 8],
  ['NB', 4],
  ['TB', 4],
  ['ND', 4],
  ['HNA', 3],
  ['HY', 4],
  ['HD', 4],
  ['HP', 5],
  ['QN', 4],
  ['HN', 9],
  ['VP', 3],
  ['BN', 4],
  ['BG', 5],
  ['PT', 5],
  ['YB', 3],
  ['LCI', 3],
  ['CB', 3],
  ['HG', 3],
  ['LS', 3],
  ['TN', 4],
  ['BK', 2],
  ['TQ', 3],
  ['HB', 3],
  ['SL', 4],
  ['DB', 3],
  ['LCH', 2],
];

const LINE_AREAS = [
  'MACHINERY',
  'DEMONSTRATION_MODEL',
  'TRAINING',
  'PRODUCTS_AND_FAIRS',
  'ADVISORY',
  'CLUSTERS_AND_ENVIRONMENT',
];
/** Each plan's three lines share its estimate 50 / 30 / 20. */
const LINE_SHARES = [50n, 30n, 20n];
const PROJECT_SIZE_VND = 650_000_000n;

const nameOf = (code: string) =>
  findProvince(code)?.name ?? FORMER_PROVINCES.find((p) => p.code === code)?.name ?? code;
const titleOf = (code: string) => `${['HN', 'HP'].includes(code) ? 'thành phố' : 'tỉnh'} ${nameOf(code)}`;

/** Splits `total` by `weights` in whole VND; the remainder goes to the first part. */
function split(total: bigint, weights: readonly bigint[]): bigint[] {
  const sum = weights.reduce((s, w) => s + w, 0n);
  const parts = weights.map((w) => (total * w) / sum);
  parts[0] += total - parts.reduce((s, p) => s + p, 0n);
  return parts;
}

interface ArchivedProject {
  provinceCode: string;
  category: string;
  lineId: string;
  planId: string;
  amountVnd: bigint;
}

async function userId(ds: DataSource, email: string): Promise<string> {
  const rows: Array<{ id: string }> = await ds.query(`SELECT id FROM users WHERE lower(email) = $1`, [email]);
  if (!rows[0]) throw new Error(`demo user ${email} missing`);
  return rows[0].id;
}

async function insertPlan(
  ds: DataSource,
  plan: { year: number; provinceCode: string; decisionNo: string; decisionDate: string; by: string; approver: string },
  lines: ReadonlyArray<{ category: string; assignedVnd: bigint }>,
): Promise<{ planId: string; lineIds: string[] }> {
  const planId = randomUUID();
  await ds.query(
    `INSERT INTO plans (id, level, year, province_code, title, status, decision_no, decision_date, approved_by,
       created_by, created_at, updated_at)
     VALUES ($1, 'LOCAL', $2, $3, $4, 'APPROVED', $5, $6, $7, $8, $9::date, $9::date)`,
    [
      planId,
      plan.year,
      plan.provinceCode,
      `Kế hoạch khuyến công địa phương năm ${plan.year} của ${titleOf(plan.provinceCode)}`,
      plan.decisionNo,
      plan.decisionDate,
      plan.approver,
      plan.by,
      plan.decisionDate,
    ],
  );
  const lineIds: string[] = [];
  for (const l of lines) {
    const id = randomUUID();
    lineIds.push(id);
    await ds.query(
      `INSERT INTO plan_lines (id, plan_id, category, funding_source, assigned_vnd, initial_vnd)
       VALUES ($1, $2, $3, 'PROVINCIAL', $4, $4)`,
      [id, planId, l.category, l.assignedVnd.toString()],
    );
  }
  return { planId, lineIds };
}

/** The 2022 Northern plans and their settled (archived) projects. */
async function seedNorth2022(ds: DataSource, adminId: string): Promise<void> {
  const assigned = split(
    NORTH_2022_ASSIGNED_VND,
    NORTH_2022.map(([, w]) => BigInt(w)),
  );
  // Each province disbursed between 86% and 99% of its plan (per-mille factors), scaled to the region's total.
  const raw = assigned.map((a, i) => (a * BigInt(860 + ((i * 47) % 130))) / 1000n);
  const disbursed = split(NORTH_2022_DISBURSED_VND, raw);
  const projects: ArchivedProject[] = [];
  for (const [i, [code]] of NORTH_2022.entries()) {
    if (disbursed[i] > assigned[i]) throw new Error(`demo 2022: ${code} disburses more than its plan`);
    const areas = [0, 1, 2].map((k) => LINE_AREAS[(i + k * 2) % LINE_AREAS.length]);
    const lineAssigned = split(assigned[i], LINE_SHARES);
    const lineDisbursed = split(disbursed[i], LINE_SHARES);
    const { planId, lineIds } = await insertPlan(
      ds,
      {
        year: 2022,
        provinceCode: code,
        decisionNo: `${12 + i}/QĐ-UBND`,
        decisionDate: `2022-01-${String(10 + (i % 18)).padStart(2, '0')}`,
        by: adminId,
        approver: adminId,
      },
      areas.map((category, k) => ({ category, assignedVnd: lineAssigned[k] })),
    );
    for (const [k, lineId] of lineIds.entries()) {
      const count = (lineDisbursed[k] + PROJECT_SIZE_VND - 1n) / PROJECT_SIZE_VND || 1n;
      for (const amountVnd of split(
        lineDisbursed[k],
        Array.from({ length: Number(count) }, () => 1n),
      )) {
        projects.push({ provinceCode: code, category: areas[k], lineId, planId, amountVnd });
      }
    }
  }
  const serials = new Map<string, number>();
  const rows = projects.map((p, n) => {
    const serial = (serials.get(p.provinceCode) ?? 0) + 1;
    serials.set(p.provinceCode, serial);
    const code = formatProjectCode('LOCAL', 2022, p.provinceCode, serial);
    const area = CATEGORIES.find((c) => c.code === p.category)!;
    const title = `${area.vi} cho cơ sở công nghiệp nông thôn ${titleOf(p.provinceCode)} (${serial})`;
    const unitName = `Trung tâm Khuyến công ${nameOf(p.provinceCode)}`;
    const beneficiary =
      ['HTX', 'Công ty TNHH', 'Hộ kinh doanh'][n % 3] +
      ` ${['Thành Công', 'Hưng Phát', 'Minh Long', 'An Bình'][n % 4]}`;
    const advance = p.amountVnd / 2n;
    return {
      id: randomUUID(),
      code,
      title,
      unitName,
      beneficiary,
      totalCost: ((p.amountVnd * 10n) / 3n).toString(),
      amount: p.amountVnd.toString(),
      advance: advance.toString(),
      final: (p.amountVnd - advance).toString(),
      start: `2022-03-${String(1 + (n % 28)).padStart(2, '0')}`,
      contractNo: `${serial}/2022/HĐ-KCĐP-${p.provinceCode}`,
      minutesNo: `${serial}/2022/BBNT-${p.provinceCode}`,
      search: projectSearchText({ code, title, implementingUnitName: unitName, beneficiary }),
      ...p,
    };
  });
  const state: ProjectState = 'SETTLED';
  const col = <K extends keyof (typeof rows)[number]>(k: K) => rows.map((r) => r[k]);
  await ds.query(
    `INSERT INTO projects (id, code, workflow_id, scope, province_code, category, title, implementing_unit_name,
       implementing_unit_email, beneficiary, total_cost_vnd, requested_support_vnd, approved_support_vnd,
       accepted_amount_vnd, advances_vnd, final_payments_vnd, planned_start, planned_end, state, last_seq,
       contract_no, contract_date, minutes_no, minutes_date, created_by, created_at, updated_at, search_text,
       plan_id, plan_line_id, imported_from)
     SELECT v.id, v.code, 'archive-' || v.code, 'LOCAL', v.province, v.category, v.title, v.unit,
       'luu-tru@demo.local', v.beneficiary, v.total::bigint, v.amount::bigint, v.amount::bigint, v.amount::bigint,
       v.advance::bigint, v.final::bigint, v.start::date, '2022-11-30', $1, 0, v.contract_no, v.start::date,
       v.minutes_no, '2022-12-10', $2, v.start::date, '2022-12-31', v.search, v.plan_id, v.line_id, $3
     FROM unnest($4::uuid[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[],
       $12::text[], $13::text[], $14::text[], $15::text[], $16::text[], $17::text[], $18::text[], $19::uuid[],
       $20::uuid[])
       AS v(id, code, province, category, title, unit, beneficiary, total, amount, advance, final, start,
            contract_no, minutes_no, search, plan_id, line_id)`,
    [
      state,
      adminId,
      ARCHIVE_2022,
      col('id'),
      col('code'),
      col('provinceCode'),
      col('category'),
      col('title'),
      col('unitName'),
      col('beneficiary'),
      col('totalCost'),
      col('amount'),
      col('advance'),
      col('final'),
      col('start'),
      col('contractNo'),
      col('minutesNo'),
      col('search'),
      col('planId'),
      col('lineId'),
    ],
  );
  // Later 2022 projects of these provinces (if anyone creates one) number after the archive's.
  for (const [province, last] of serials) {
    await ds.query(
      `INSERT INTO project_code_counters (scope, plan_year, province_code, last_serial) VALUES ('LOCAL', 2022, $1, $2)
       ON CONFLICT (scope, plan_year, province_code) DO UPDATE SET last_serial = GREATEST(project_code_counters.last_serial, EXCLUDED.last_serial)`,
      [province, last],
    );
  }
}

/** States the seed walks through an approval (the amount is held on the line from then on). */
const APPROVED_ON_THE_WAY: readonly ProjectState[] = [
  'APPROVED',
  'CONTRACTED',
  'IN_PROGRESS',
  'SUSPENDED',
  'TERMINATED',
  'COMPLETED_WORK',
  'ACCEPTED',
  'SETTLED',
];

const roundUp = (n: bigint, to: bigint) => ((n + to - 1n) / to) * to;

/** This year's approved local plans of Hà Nội and Bắc Ninh, sized on the demo projects of the year. */
async function seedCurrentYear(ds: DataSource, today: string): Promise<void> {
  const year = Number(today.slice(0, 4));
  const projects = demoProjects(today).filter((p) => p.scope === 'LOCAL' && p.plannedStart.startsWith(`${year}-`));
  for (const province of ['HN', 'BN']) {
    const own = projects.filter((p) => p.provinceCode === province);
    const areas = [...new Set([...own.map((p) => p.category), 'TRAINING', 'COMMUNICATION'])];
    const lines = areas.map((category) => {
      const approved = own
        .filter((p) => p.category === category && APPROVED_ON_THE_WAY.includes(p.target))
        .reduce((s, p) => s + BigInt(p.requestedSupportVnd), 0n);
      const asked = own.filter((p) => p.category === category).reduce((s, p) => s + BigInt(p.requestedSupportVnd), 0n);
      // Hà Nội's machinery line leaves 120 M after the seed's approvals: the next 135 M approval meets the estimate.
      const assignedVnd =
        province === 'HN' && category === 'MACHINERY'
          ? approved + 120_000_000n
          : roundUp((asked * 3n) / 2n + 500_000_000n, 100_000_000n);
      return { category, assignedVnd };
    });
    const approver = await userId(ds, `approver.${province.toLowerCase()}@demo.local`);
    const officer = await userId(ds, `officer.${province.toLowerCase()}@demo.local`);
    await insertPlan(
      ds,
      {
        year,
        provinceCode: province,
        decisionNo: province === 'HN' ? `86/QĐ-SCT` : `41/QĐ-SCT`,
        decisionDate: `${year}-01-20`,
        by: officer,
        approver,
      },
      lines,
    );
  }
}

/** The demo plans, on a database with the demo users and no plan yet. */
export async function seedDemoPlans(ds: DataSource, today: string): Promise<void> {
  const existing: Array<{ n: number }> = await ds.query(`SELECT count(*)::int AS n FROM plans`);
  if (existing[0].n > 0) return;
  await seedNorth2022(ds, await userId(ds, 'admin@demo.local'));
  await seedCurrentYear(ds, today);
}
