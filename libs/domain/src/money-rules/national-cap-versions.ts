/**
 * Later versions of the national caps, entered by the administrator when a new circular replaces TT 28/2018: an
 * instrument, its effective day and its caps by content area. A project keeps the cap it was created under, so a
 * version never changes a project already created; a version already in force is therefore never edited or removed
 * (a correction is a newer version), and one not yet in force may be.
 */
import type { BilingualText } from '../project-rules';
import { CATEGORY_CODES } from '../categories';
import type { AdvanceRule } from './advance-rules';
import { MONEY_RULE_INSTRUMENTS } from './legal-instruments';
import type { RuleShare } from './rule-shares';
import { NationalCapTable, PER_ESTABLISHMENT, PER_MODEL, SupportCapRule } from './support-caps';

export const CAP_UNITS = ['MODEL', 'ESTABLISHMENT'] as const;
export type CapUnit = (typeof CAP_UNITS)[number];

export interface NationalCapRow {
  category: string;
  percentOfCost: number | null;
  maxVnd: number | null;
  per: CapUnit;
  /** Where in the instrument, e.g. "Điều 7 khoản 2"; may be empty. */
  article: string;
}

export const ADVANCE_CONDITION_KINDS = ['CONTRACT', 'CERTIFIED_PROGRESS'] as const;
export type AdvanceConditionKind = (typeof ADVANCE_CONDITION_KINDS)[number];
export const PROGRESS_MEASURES = ['VOLUME', 'INVESTMENT'] as const;
export type ProgressMeasure = (typeof PROGRESS_MEASURES)[number];

/** A content area's first advance under a later instrument: its share and the condition before it is paid. */
export interface NationalAdvanceRow {
  category: string;
  percent: number;
  condition: AdvanceConditionKind;
  /** CERTIFIED_PROGRESS: the certified report must show more than this percent done. */
  morePercentThan: number | null;
  /** CERTIFIED_PROGRESS: of the supported item's volume or of the total investment. */
  measure: ProgressMeasure | null;
  article: string;
}

export interface NationalCapVersion {
  /** A short code, e.g. "TT-15-2027". */
  code: string;
  nameVi: string;
  nameEn: string;
  /** First day in force, YYYY-MM-DD. */
  effectiveFrom: string;
  caps: NationalCapRow[];
  /**
   * The advance rules the instrument changes. A content area it does not list keeps the rule in force before it
   * (TT 36/2013 Art. 12 unless an earlier version changed it).
   */
  advances?: NationalAdvanceRow[];
  /** Priority areas' factor on the maximum, in percent (150 = 1.5 times); null or absent: unchanged. */
  priorityFactorPercent?: number | null;
  /** The implementing unit's management overhead, per mille of the project's estimate (25 = 2.5%); null: unchanged. */
  unitOverheadPermille?: number | null;
  /** Programme management, per mille of the year's allocation (15 = 1.5%); null: unchanged. */
  programmeManagementPermille?: number | null;
}

/** The version as the resolver reads it. The administrator enters figures from the signed text: they are enforced. */
export function capTableOf(version: NationalCapVersion): NationalCapTable {
  const caps: Record<string, SupportCapRule> = {};
  for (const row of version.caps) {
    caps[row.category] = {
      percentOfCost: row.percentOfCost,
      maxVnd: row.maxVnd,
      per: row.per === 'MODEL' ? PER_MODEL : PER_ESTABLISHMENT,
      article: row.article,
      verified: true,
    };
  }
  const instrument = {
    code: version.code,
    vi: version.nameVi,
    en: version.nameEn,
    effectiveFrom: version.effectiveFrom,
  };
  const advances: Record<string, AdvanceRule> = {};
  for (const row of version.advances ?? []) {
    advances[row.category] = {
      percent: row.percent,
      condition:
        row.condition === 'CONTRACT'
          ? { kind: 'CONTRACT' }
          : {
              kind: 'CERTIFIED_PROGRESS',
              morePercentThan: row.morePercentThan ?? 0,
              measure: row.measure ?? 'INVESTMENT',
            },
      citation: citeArticle(instrument, row.article),
    };
  }
  const share = (permille: number | null | undefined): RuleShare | undefined =>
    permille == null ? undefined : { numerator: permille, denominator: 1000, citation: citeArticle(instrument, '') };
  const priorityFactor =
    version.priorityFactorPercent == null
      ? undefined
      : { numerator: version.priorityFactorPercent, denominator: 100, citation: citeArticle(instrument, '') };
  return {
    instrument,
    caps,
    source: 'ADMIN',
    ...(version.advances?.length ? { advances } : {}),
    ...(priorityFactor ? { priorityFactor } : {}),
    ...(share(version.unitOverheadPermille) ? { unitOverheadShare: share(version.unitOverheadPermille) } : {}),
    ...(share(version.programmeManagementPermille)
      ? { programmeManagementShare: share(version.programmeManagementPermille) }
      : {}),
  };
}

function citeArticle(instrument: { vi: string; en: string }, article: string): BilingualText {
  if (!article) return { vi: instrument.vi, en: instrument.en };
  const articleEn = article.replace('Điều', 'Art.').replace(' khoản ', '.');
  return { vi: `${instrument.vi}, ${article}`, en: `${instrument.en}, ${articleEn}` };
}

/** The last built-in instrument's day: a version entered here starts after it. */
export const LATEST_BUILT_IN_DAY = MONEY_RULE_INSTRUMENTS[MONEY_RULE_INSTRUMENTS.length - 1].effectiveFrom;

export function isInForce(version: { effectiveFrom: string }, today: string): boolean {
  return version.effectiveFrom <= today;
}

/** Problems of the rows themselves, by field (400). */
export function capVersionFieldProblems(version: NationalCapVersion): Record<string, string> {
  const fields: Record<string, string> = {};
  if (version.effectiveFrom <= LATEST_BUILT_IN_DAY) {
    fields.effectiveFrom = `effectiveFrom phải sau ngày hiệu lực của văn bản mới nhất đã có (${dayVi(LATEST_BUILT_IN_DAY)}) / effectiveFrom must be after ${LATEST_BUILT_IN_DAY}, the day the latest built-in instrument took effect`;
  }
  const seen = new Set<string>();
  version.caps.forEach((row, i) => {
    if (!CATEGORY_CODES.includes(row.category)) {
      fields[`caps[${i}].category`] =
        'category phải là mã một nội dung khuyến công (GET /api/categories) / category must be a content area code';
    } else if (seen.has(row.category)) {
      fields[`caps[${i}].category`] =
        `Nội dung ${row.category} đã có ở dòng trên; mỗi nội dung một dòng / ${row.category} appears twice; one row per content area`;
    }
    seen.add(row.category);
    if (row.percentOfCost === null && row.maxVnd === null) {
      fields[`caps[${i}]`] =
        'Cần ít nhất một trong hai: tỷ lệ trên tổng kinh phí (percentOfCost) hoặc mức tối đa (maxVnd) / give percentOfCost, maxVnd or both';
    }
  });
  const advanced = new Set<string>();
  (version.advances ?? []).forEach((row, i) => {
    if (!CATEGORY_CODES.includes(row.category)) {
      fields[`advances[${i}].category`] =
        'category phải là mã một nội dung khuyến công (GET /api/categories) / category must be a content area code';
    } else if (advanced.has(row.category)) {
      fields[`advances[${i}].category`] =
        `Nội dung ${row.category} đã có ở dòng tạm ứng trên; mỗi nội dung một dòng / ${row.category} appears twice among the advance rows; one row per content area`;
    }
    advanced.add(row.category);
    if (row.condition === 'CERTIFIED_PROGRESS') {
      if (row.morePercentThan === null) {
        fields[`advances[${i}].morePercentThan`] =
          'Tạm ứng theo tiến độ cần tỷ lệ khối lượng/vốn đã thực hiện (morePercentThan, 1–99) / an advance on certified progress needs morePercentThan (1–99)';
      }
      if (row.measure === null) {
        fields[`advances[${i}].measure`] =
          'Tạm ứng theo tiến độ cần nói rõ đo theo khối lượng (VOLUME) hay tổng vốn đầu tư (INVESTMENT) / an advance on certified progress needs measure VOLUME or INVESTMENT';
      }
    } else if (row.morePercentThan !== null || row.measure !== null) {
      fields[`advances[${i}].condition`] =
        'Tạm ứng khi ký hợp đồng (CONTRACT) không kèm tỷ lệ tiến độ; chọn CERTIFIED_PROGRESS nếu cần báo cáo tiến độ / an advance on the contract takes no progress figure; choose CERTIFIED_PROGRESS for one';
    }
  });
  return fields;
}

/**
 * Why saving this version would be refused against the versions already kept (409), or null. `existing` holds the
 * administrator's versions; a built-in instrument's code is never taken.
 */
export function capVersionConflict(
  version: NationalCapVersion,
  existing: readonly NationalCapVersion[],
  today: string,
): BilingualText | null {
  if (MONEY_RULE_INSTRUMENTS.some((i) => i.code === version.code)) {
    return {
      vi: `${version.code} là văn bản có sẵn trong hệ thống, không sửa được; hãy thêm văn bản mới với mã khác`,
      en: `${version.code} is a built-in instrument and cannot be changed; add a new instrument with another code`,
    };
  }
  const same = existing.find((v) => v.code === version.code);
  if (same && isInForce(same, today)) return inForceProblem(same);
  const clash = existing.find((v) => v.code !== version.code && v.effectiveFrom === version.effectiveFrom);
  if (clash) {
    return {
      vi: `Đã có văn bản ${clash.code} hiệu lực từ ${dayVi(clash.effectiveFrom)}; mỗi ngày hiệu lực chỉ một văn bản`,
      en: `${clash.code} already takes effect on ${clash.effectiveFrom}; one instrument per effective day`,
    };
  }
  return null;
}

/** Why this version may not be removed (409), or null. */
export function capVersionRemovalProblem(version: NationalCapVersion, today: string): BilingualText | null {
  return isInForce(version, today) ? inForceProblem(version) : null;
}

function inForceProblem(version: NationalCapVersion): BilingualText {
  return {
    vi: `Văn bản ${version.code} đã có hiệu lực từ ${dayVi(version.effectiveFrom)} và các đề án tạo từ ngày đó đã áp dụng định mức này; không sửa hay xóa được. Muốn đổi định mức, hãy thêm văn bản mới với ngày hiệu lực mới`,
    en: `${version.code} has been in force since ${version.effectiveFrom} and projects created since then hold its caps; it cannot be changed or removed. To change the caps, add a new instrument with a new effective day`,
  };
}

function dayVi(day: string): string {
  const [y, m, d] = day.split('-');
  return `${d}/${m}/${y}`;
}
