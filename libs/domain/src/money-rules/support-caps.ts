/**
 * Funding caps per content area as versioned rule tables (DOMAIN.md §4.2): the share of the project's total cost and
 * the most per establishment or model that national funds may support, keyed by legal instrument; priority areas
 * may get 1.5 times the maximum (NĐ 45 Art. 6); a province's own caps (local funds) are policy data per year.
 * Pure: the API checks a project against them, the workflow checks an approval, the web app shows the cap.
 */
import type { BilingualText } from '../project-rules';
import { vndEn, vndVi } from '../money';
import type { AdvanceRule } from './advance-rules';
import { RuleShare, shareTimes } from './rule-shares';
import {
  LegalInstrument,
  MONEY_RULE_INSTRUMENTS,
  TTLT_26_2014,
  TT_28_2018,
  instrumentInForce,
} from './legal-instruments';

export interface SupportCapRule {
  /** Percent of the project's total cost (whole number); null: no share limit. */
  percentOfCost: number | null;
  /** Most support, VND, per `per`; null: no amount limit. */
  maxVnd: number | null;
  /** What the maximum is counted for: one model, one establishment. */
  per: BilingualText;
  /** Where in the instrument ('' where DOMAIN.md does not say: the instrument alone is cited). */
  article: string;
  /**
   * False where DOMAIN.md marks the figure unverified: shown as a reference and never used to refuse (a province's
   * own cap, entered by the administrator, is enforced).
   */
  verified: boolean;
}

export const PER_MODEL: BilingualText = { vi: 'mỗi mô hình', en: 'per model' };
export const PER_ESTABLISHMENT: BilingualText = { vi: 'mỗi cơ sở', en: 'per establishment' };

/**
 * The national caps of each instrument, by content area (the main supported item of the area). Areas without a
 * share-and-maximum cap (training courses, fairs, communications) are paid by cost norms: no entry.
 */
export const NATIONAL_SUPPORT_CAPS: Readonly<Record<string, Readonly<Record<string, SupportCapRule>>>> = {
  [TTLT_26_2014.code]: {
    DEMONSTRATION_MODEL: { percentOfCost: 30, maxVnd: 500_000_000, per: PER_MODEL, article: '', verified: true },
    MACHINERY: { percentOfCost: 50, maxVnd: 200_000_000, per: PER_ESTABLISHMENT, article: '', verified: true },
    ADVISORY: { percentOfCost: 50, maxVnd: 35_000_000, per: PER_ESTABLISHMENT, article: '', verified: true },
    CLUSTERS_AND_ENVIRONMENT: {
      percentOfCost: 30,
      maxVnd: 300_000_000,
      per: PER_ESTABLISHMENT,
      article: '',
      verified: true,
    },
  },
  [TT_28_2018.code]: {
    DEMONSTRATION_MODEL: {
      percentOfCost: 30,
      maxVnd: 1_000_000_000,
      per: PER_MODEL,
      article: 'Điều 8 khoản 2',
      verified: true,
    },
    MACHINERY: { percentOfCost: 50, maxVnd: 300_000_000, per: PER_ESTABLISHMENT, article: 'Điều 8', verified: false },
    ADVISORY: { percentOfCost: 50, maxVnd: 35_000_000, per: PER_ESTABLISHMENT, article: 'Điều 8', verified: false },
    CLUSTERS_AND_ENVIRONMENT: {
      percentOfCost: 30,
      maxVnd: 300_000_000,
      per: PER_ESTABLISHMENT,
      article: 'Điều 8',
      verified: false,
    },
  },
};

/** Priority areas may receive up to this many times the normal maximum (NĐ 45/2012 Art. 6): 3/2, in integers. */
export const PRIORITY_FACTOR = { numerator: 3, denominator: 2 } as const;

/** A province's own cap for local funds, for one plan year and content area (HĐND resolution, UBND regulation). */
export interface LocalSupportCap {
  provinceCode: string;
  year: number;
  category: string;
  percentOfCost: number | null;
  maxVnd: number | null;
  /** The province's document, e.g. "Quyết định số 09/2021/QĐ-UBND". */
  basis: string;
}

/** The cap a project is held to, fixed when it is created and kept with its facts. */
export interface ResolvedSupportCap {
  source: 'NATIONAL' | 'LOCAL';
  /** National: the instrument's code; local: the province's document. */
  instrument: string;
  /** How a person cites it: "Thông tư số 28/2018/TT-BTC, Điều 8 khoản 2". */
  citation: BilingualText;
  percentOfCost: number | null;
  /** After the priority factor, where it applies. */
  maxVnd: number | null;
  per: BilingualText;
  priority: boolean;
  verified: boolean;
  /** The priority factor applied when a later instrument set one other than 3/2 (absent: 3/2). */
  priorityFactor?: { numerator: number; denominator: number };
}

/**
 * One version of the national caps: an instrument with its effective day and its caps by content area. The built-in
 * versions are the instruments DOMAIN.md gives; the administrator adds later ones (a new circular) as policy data.
 */
export interface NationalCapTable {
  instrument: LegalInstrument;
  caps: Readonly<Record<string, SupportCapRule>>;
  source: 'BUILT_IN' | 'ADMIN';
  /** Advance rules a later instrument changes, by content area; the others stay as before it. */
  advances?: Readonly<Record<string, AdvanceRule>>;
  /** A later instrument's priority factor; absent: the one before it holds. */
  priorityFactor?: RuleShare;
  /** A later instrument's share for the implementing unit's management overhead. */
  unitOverheadShare?: RuleShare;
  /** A later instrument's share for programme management. */
  programmeManagementShare?: RuleShare;
}

/** The last value `pick` finds among the versions in force on `day` (oldest first), or `fallback`. */
export function latestInForce<T>(
  day: string,
  tables: readonly NationalCapTable[],
  pick: (table: NationalCapTable) => T | undefined,
  fallback: T,
): T {
  let found = fallback;
  for (const table of tables) {
    const value = pick(table);
    if (table.instrument.effectiveFrom <= day && value !== undefined) found = value;
  }
  return found;
}

/** The built-in versions, oldest first. */
export const BUILT_IN_CAP_TABLES: readonly NationalCapTable[] = MONEY_RULE_INSTRUMENTS.map((instrument) => ({
  instrument,
  caps: NATIONAL_SUPPORT_CAPS[instrument.code] ?? {},
  source: 'BUILT_IN' as const,
}));

/** The built-in versions and the administrator's, oldest first (effective days are unique). */
export function capTablesWith(added: readonly NationalCapTable[]): NationalCapTable[] {
  return [...BUILT_IN_CAP_TABLES, ...added].sort((a, b) =>
    a.instrument.effectiveFrom.localeCompare(b.instrument.effectiveFrom),
  );
}

/** The version in force on a day (YYYY-MM-DD) among `tables`, oldest first. */
export function capTableInForce(
  day: string,
  tables: readonly NationalCapTable[] = BUILT_IN_CAP_TABLES,
): NationalCapTable {
  const instrument = instrumentInForce(
    day,
    tables.map((t) => t.instrument),
  );
  return tables.find((t) => t.instrument.code === instrument.code) ?? tables[0];
}

export interface SupportCapQuery {
  scope: 'NATIONAL' | 'LOCAL';
  provinceCode: string;
  category: string;
  /** The day the project is created (YYYY-MM-DD): it picks the instrument and the local plan year. */
  day: string;
  /** In a priority area (NĐ 45 Art. 6): 1.5 times the national maximum. */
  priority: boolean;
}

/**
 * The cap for a project: for a local project the province's own cap for the year when it has set one, otherwise
 * (and for a national project) the national cap of the instrument in force. Null: the content area has no cap.
 */
export function resolveSupportCap(
  query: SupportCapQuery,
  localCaps: readonly LocalSupportCap[] = [],
  tables: readonly NationalCapTable[] = BUILT_IN_CAP_TABLES,
): ResolvedSupportCap | null {
  const year = Number(query.day.slice(0, 4));
  if (query.scope === 'LOCAL') {
    const local = localCaps.find(
      (c) => c.provinceCode === query.provinceCode && c.year === year && c.category === query.category,
    );
    if (local) {
      return {
        source: 'LOCAL',
        instrument: local.basis,
        citation: { vi: local.basis, en: local.basis },
        percentOfCost: local.percentOfCost,
        maxVnd: local.maxVnd,
        per: PER_ESTABLISHMENT,
        priority: query.priority,
        verified: true,
      };
    }
  }
  const { instrument, caps } = capTableInForce(query.day, tables);
  const rule = Object.hasOwn(caps, query.category) ? caps[query.category] : undefined;
  if (!rule) return null;
  const factor = latestInForce(query.day, tables, (t) => t.priorityFactor, undefined);
  const fraction = factor ? { numerator: factor.numerator, denominator: factor.denominator } : PRIORITY_FACTOR;
  return {
    source: 'NATIONAL',
    instrument: instrument.code,
    citation: citationOf(instrument, rule),
    percentOfCost: rule.percentOfCost,
    maxVnd: rule.maxVnd === null ? null : withPriority(rule.maxVnd, query.priority, fraction),
    per: rule.per,
    priority: query.priority,
    verified: rule.verified,
    ...(factor ? { priorityFactor: fraction } : {}),
  };
}

function citationOf(instrument: LegalInstrument, rule: SupportCapRule): BilingualText {
  if (!rule.article) return { vi: instrument.vi, en: instrument.en };
  const articleEn = rule.article.replace('Điều', 'Art.').replace(' khoản ', '.');
  return { vi: `${instrument.vi}, ${rule.article}`, en: `${instrument.en}, ${articleEn}` };
}

function withPriority(
  maxVnd: number,
  priority: boolean,
  factor: { numerator: number; denominator: number } = PRIORITY_FACTOR,
): number {
  if (!priority) return maxVnd;
  return Number((BigInt(maxVnd) * BigInt(factor.numerator)) / BigInt(factor.denominator));
}

/** The most support the cap allows for a project of this total cost: integer VND, floor of the share. */
export function supportLimitVnd(cap: ResolvedSupportCap, totalCostVnd: number): number {
  const share =
    cap.percentOfCost === null ? Infinity : Number((BigInt(totalCostVnd) * BigInt(cap.percentOfCost)) / 100n);
  return Math.min(share, cap.maxVnd ?? Infinity);
}

/** The cap in words: "30% tổng kinh phí, tối đa 1.000.000.000 đ mỗi mô hình (Thông tư số 28/2018/TT-BTC, Điều 8 khoản 2)". */
export function describeSupportCap(cap: ResolvedSupportCap): BilingualText {
  const vi: string[] = [];
  const en: string[] = [];
  if (cap.percentOfCost !== null) {
    vi.push(`${cap.percentOfCost}% tổng kinh phí`);
    en.push(`${cap.percentOfCost}% of the total cost`);
  }
  if (cap.maxVnd !== null) {
    const times = shareTimes(cap.priorityFactor ?? PRIORITY_FACTOR);
    const prioritised = cap.priority && cap.source === 'NATIONAL';
    vi.push(`tối đa ${vndVi(cap.maxVnd)} ${cap.per.vi}${prioritised ? ` (địa bàn ưu tiên: ${times.vi})` : ''}`);
    en.push(`at most ${vndEn(cap.maxVnd)} ${cap.per.en}${prioritised ? ` (priority area: ${times.en})` : ''}`);
  }
  const unverified = cap.verified ? '' : '; mức tham khảo, chưa được xác minh nên không dùng để từ chối';
  const unverifiedEn = cap.verified ? '' : '; a reference figure, not yet verified, so never used to refuse';
  return {
    vi: `${vi.join(', ')} (${cap.citation.vi}${unverified})`,
    en: `${en.join(', ')} (${cap.citation.en}${unverifiedEn})`,
  };
}

/**
 * The problem, in Vietnamese and English, when the support asked for is above the cap: it names the rule, its
 * instrument and the figures. Null when it is within (or there is no cap).
 */
export function supportCapProblem(
  cap: ResolvedSupportCap | null | undefined,
  totalCostVnd: number,
  supportVnd: number,
  what: BilingualText = { vi: 'Kinh phí đề nghị hỗ trợ', en: 'The requested support' },
): BilingualText | null {
  // A figure DOMAIN.md marks unverified is shown as a reference, never used to refuse: a wrong number would stop a
  // lawful project. An administrator who knows the province's figure enters it as a local cap, which is enforced.
  if (!cap || !cap.verified) return null;
  const limit = supportLimitVnd(cap, totalCostVnd);
  if (supportVnd <= limit) return null;
  const rule = describeSupportCap(cap);
  return {
    vi: `${what.vi} ${vndVi(supportVnd)} vượt mức hỗ trợ tối đa ${vndVi(limit)} của đề án có tổng kinh phí ${vndVi(totalCostVnd)}: ${rule.vi}`,
    en: `${what.en} of ${vndEn(supportVnd)} is above the cap of ${vndEn(limit)} for a total cost of ${vndEn(totalCostVnd)}: ${rule.en}`,
  };
}

/** The same as one "vi / en" message, as the workflow's refusals are written. */
export function supportCapViolation(
  cap: ResolvedSupportCap | null | undefined,
  totalCostVnd: number,
  supportVnd: number,
  what?: BilingualText,
): string | null {
  const problem = supportCapProblem(cap, totalCostVnd, supportVnd, what);
  return problem && `${problem.vi} / ${problem.en}`;
}

/** Every built-in instrument with its caps, oldest first. */
export function nationalCapTables(): { instrument: LegalInstrument; caps: Record<string, SupportCapRule> }[] {
  return BUILT_IN_CAP_TABLES.map(({ instrument, caps }) => ({ instrument, caps: { ...caps } }));
}
