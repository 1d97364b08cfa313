/**
 * The annual plans (kế hoạch khuyến công, DOMAIN.md §5, §11): a national plan per year, approved by the Minister,
 * and a local plan per province per year, approved by the UBND tỉnh or the Department as the province's regulation
 * says. Each plan has lines by content area and funding source, with an assigned estimate (dự toán được giao).
 */
import { CATEGORIES } from '../categories';
import type { Scope } from '../lifecycle';

export const PLAN_LEVELS = ['NATIONAL', 'LOCAL'] as const satisfies readonly Scope[];
export type PlanLevel = (typeof PLAN_LEVELS)[number];

export const PLAN_STATUSES = ['DRAFT', 'SUBMITTED', 'APPROVED'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export const PLAN_ACTIONS = ['submit', 'approve', 'amend'] as const;
export type PlanAction = (typeof PLAN_ACTIONS)[number];

/** Funding sources of a plan line (nguồn kinh phí). */
export const FUNDING_SOURCES = ['CENTRAL', 'PROVINCIAL', 'COMMUNE', 'COUNTERPART'] as const;
export type FundingSource = (typeof FUNDING_SOURCES)[number];

export const FUNDING_SOURCE_LABELS: Record<FundingSource, { vi: string; en: string }> = {
  CENTRAL: { vi: 'Ngân sách trung ương', en: 'Central budget' },
  PROVINCIAL: { vi: 'Ngân sách địa phương', en: 'Provincial budget' },
  COMMUNE: { vi: 'Ngân sách cấp xã', en: 'Commune budget' },
  COUNTERPART: { vi: 'Vốn đối ứng của cơ sở thụ hưởng', en: "Beneficiary's counterpart funds" },
};

/** The line a project falls on when none is named: central funds for national plans, provincial for local ones. */
export function defaultFundingSource(level: PlanLevel): FundingSource {
  return level === 'NATIONAL' ? 'CENTRAL' : 'PROVINCIAL';
}

/** The short names of content areas used in line labels ("Máy móc thiết bị"). */
const SHORT: Record<string, { vi: string; en: string }> = {
  MACHINERY: { vi: 'Máy móc thiết bị', en: 'Machinery and equipment' },
};

/** A line as people name it: "Máy móc thiết bị — Ngân sách địa phương" / "Machinery and equipment — Provincial budget". */
export function planLineLabel(category: string, source: FundingSource): { vi: string; en: string } {
  const area = SHORT[category] ?? CATEGORIES.find((c) => c.code === category) ?? { vi: category, en: category };
  const funds = FUNDING_SOURCE_LABELS[source];
  return { vi: `${area.vi} — ${funds.vi}`, en: `${area.en} — ${funds.en}` };
}

/** States in which a project no longer holds money on its line (refused, not selected, withdrawn, terminated). */
export const LINE_RELEASED_STATES = ['REJECTED', 'NOT_SELECTED', 'WITHDRAWN', 'TERMINATED'] as const;
