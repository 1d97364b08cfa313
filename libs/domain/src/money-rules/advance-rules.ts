/**
 * The first advance of each content area (TT 36/2013 Art. 12, DOMAIN.md §7): its share of the contracted support and
 * the condition that must hold before it is paid. The remainder is paid after base acceptance.
 */
import type { BilingualText } from '../project-rules';

export type AdvanceCondition =
  /** On the signed contract. */
  | { kind: 'CONTRACT' }
  /**
   * After a progress report, certified by the Department, shows more than `morePercentThan` percent done: of the
   * supported item's volume (cluster infrastructure) or of the total investment (machinery, demonstration models).
   */
  | { kind: 'CERTIFIED_PROGRESS'; morePercentThan: number; measure: 'VOLUME' | 'INVESTMENT' }
  /** Nothing before base acceptance; then all of it, with the business registration (forming an enterprise). */
  | { kind: 'BASE_ACCEPTANCE' };

export interface AdvanceRule {
  /** Advances together may reach this percent of the approved support. */
  percent: number;
  condition: AdvanceCondition;
  /** Where the rule is written. */
  citation: BilingualText;
}

const ART_12: BilingualText = { vi: 'Thông tư số 36/2013/TT-BCT, Điều 12', en: 'Circular 36/2013/TT-BCT, Art. 12' };
const ON_CONTRACT: AdvanceRule = { percent: 70, condition: { kind: 'CONTRACT' }, citation: ART_12 };
const AFTER_70_PERCENT_INVESTED: AdvanceRule = {
  percent: 70,
  condition: { kind: 'CERTIFIED_PROGRESS', morePercentThan: 70, measure: 'INVESTMENT' },
  citation: ART_12,
};

/**
 * By content area. Cluster infrastructure (and pollution treatment in a cluster) is the main item of its area;
 * training, advisory, fairs, communications and the rest advance on the contract.
 */
export const ADVANCE_RULES: Readonly<Record<string, AdvanceRule>> = {
  TRAINING: ON_CONTRACT,
  CAPACITY_BUILDING: ON_CONTRACT,
  DEMONSTRATION_MODEL: AFTER_70_PERCENT_INVESTED,
  MACHINERY: AFTER_70_PERCENT_INVESTED,
  PRODUCTS_AND_FAIRS: ON_CONTRACT,
  ADVISORY: ON_CONTRACT,
  COMMUNICATION: ON_CONTRACT,
  CLUSTERS_AND_ENVIRONMENT: {
    percent: 30,
    condition: { kind: 'CERTIFIED_PROGRESS', morePercentThan: 50, measure: 'VOLUME' },
    citation: ART_12,
  },
  INTERNATIONAL: ON_CONTRACT,
  PROGRAMME_MANAGEMENT: ON_CONTRACT,
};

/**
 * Support items with their own rule inside a content area: forming an enterprise (advisory support, NĐ 45 Art. 4) is
 * paid 100% after base acceptance with the business registration (TT 36 Art. 12).
 */
export const SUPPORT_ITEMS = ['ENTERPRISE_FORMATION'] as const;
export type SupportItem = (typeof SUPPORT_ITEMS)[number];
/** The content area each item belongs to. */
export const SUPPORT_ITEM_CATEGORY: Readonly<Record<SupportItem, string>> = { ENTERPRISE_FORMATION: 'ADVISORY' };
export const SUPPORT_ITEM_LABELS: Readonly<Record<SupportItem, BilingualText>> = {
  ENTERPRISE_FORMATION: { vi: 'Hỗ trợ thành lập doanh nghiệp', en: 'Support for forming an enterprise' },
};

export const ENTERPRISE_FORMATION_ADVANCE: AdvanceRule = {
  percent: 100,
  condition: { kind: 'BASE_ACCEPTANCE' },
  citation: ART_12,
};

export function advanceRuleFor(category: string, item?: SupportItem): AdvanceRule {
  if (item === 'ENTERPRISE_FORMATION') return ENTERPRISE_FORMATION_ADVANCE;
  return Object.hasOwn(ADVANCE_RULES, category) ? ADVANCE_RULES[category] : ON_CONTRACT;
}

/** A business registration number (mã số doanh nghiệp): 10 digits, or 13 with a branch's "-xxx". */
export const BUSINESS_REGISTRATION_NO = /^\d{10}(-\d{3})?$/;

/** The condition in words, for a refusal and for the disbursement form. */
export function describeAdvanceCondition(condition: AdvanceCondition): BilingualText {
  if (condition.kind === 'CONTRACT') return { vi: 'khi đã ký hợp đồng', en: 'once the contract is signed' };
  if (condition.kind === 'BASE_ACCEPTANCE') {
    return {
      vi: 'sau khi nghiệm thu cơ sở, kèm Giấy chứng nhận đăng ký doanh nghiệp',
      en: 'after base acceptance, with the business registration certificate',
    };
  }
  const measure =
    condition.measure === 'VOLUME'
      ? { vi: 'khối lượng hạng mục được hỗ trợ', en: 'of the supported item’s volume' }
      : { vi: 'tổng vốn đầu tư', en: 'of the total investment' };
  return {
    vi: `khi báo cáo tiến độ được Sở Công Thương xác nhận đã thực hiện trên ${condition.morePercentThan}% ${measure.vi}`,
    en: `once a progress report certified by the Department shows more than ${condition.morePercentThan}% ${measure.en} done`,
  };
}
