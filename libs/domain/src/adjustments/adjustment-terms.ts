/**
 * The terms of an approved project that an adjustment may change, and the rules each kind of change must keep.
 * Money is integer VND; dates are local days (YYYY-MM-DD).
 */
import { CATEGORIES, CATEGORY_CODES } from '../categories';
import { isIsoDate } from '../dates';
import { vndEn, vndVi } from '../money';
import { REFUSAL_CODES, RefusalCode } from '../errors';
import type { LifecycleStatus, ProjectFacts } from '../project';
import { findBeneficiary, withBeneficiary } from '../group-projects/group-plan';
import { adjustedPilotYears, pilotCutProblem } from '../pilot-projects/pilot-plan';
import { AdjustmentKind } from './adjustment-kinds';

export interface ProjectTerms {
  beneficiary: string;
  site: string | null;
  partner: string | null;
  category: string;
  plannedStart: string;
  plannedEnd: string;
  totalCostVnd: number;
  /** The approved support (the requested support before an approval). */
  supportVnd: number;
}

/**
 * The changed terms a request asks for; each kind names the fields it may carry. In a group project whose
 * implementation plan is approved, a change of site or beneficiary names the establishment it concerns
 * (`beneficiaryId`, NT1…): the change applies to that row of the plan.
 */
export type AdjustmentChanges = Partial<ProjectTerms> & { beneficiaryId?: string };

/** The kinds that may concern one establishment of a group project. */
const ESTABLISHMENT_KINDS: readonly AdjustmentKind[] = ['SITE', 'BENEFICIARY'];

const TERM_FIELDS: ReadonlyArray<keyof ProjectTerms> = [
  'beneficiary',
  'site',
  'partner',
  'category',
  'plannedStart',
  'plannedEnd',
  'totalCostVnd',
  'supportVnd',
];

export const TERM_LABELS: Record<keyof ProjectTerms, { vi: string; en: string }> = {
  beneficiary: { vi: 'Đơn vị thụ hưởng', en: 'Beneficiary' },
  site: { vi: 'Địa điểm thực hiện', en: 'Site' },
  partner: { vi: 'Đơn vị phối hợp', en: 'Partner' },
  category: { vi: 'Nội dung khuyến công', en: 'Content area' },
  plannedStart: { vi: 'Ngày bắt đầu', en: 'Start' },
  plannedEnd: { vi: 'Ngày kết thúc', en: 'End' },
  totalCostVnd: { vi: 'Tổng kinh phí', en: 'Total cost' },
  supportVnd: { vi: 'Kinh phí hỗ trợ', en: 'Support' },
};

/** Fields a kind must carry (`oneOf`: at least one of them) and may carry besides. */
const KIND_FIELDS: Record<
  AdjustmentKind,
  { required: Array<keyof ProjectTerms>; optional: Array<keyof ProjectTerms> }
> = {
  SITE: { required: ['site'], optional: [] },
  BENEFICIARY: { required: ['beneficiary'], optional: [] },
  PARTNER: { required: ['partner'], optional: [] },
  TIMING: { required: [], optional: ['plannedStart', 'plannedEnd'] },
  CONTENT: { required: ['category'], optional: [] },
  FUNDING_INCREASE: { required: ['supportVnd'], optional: ['totalCostVnd'] },
  FUNDING_DECREASE: { required: ['supportVnd'], optional: ['totalCostVnd'] },
  EXTENSION_NEXT_YEAR: { required: ['plannedEnd'], optional: [] },
  STOP: { required: [], optional: [] },
};

export function fieldsOfKind(kind: AdjustmentKind): { required: string[]; optional: string[] } {
  return KIND_FIELDS[kind];
}

/** The terms in force; with `beneficiaryId`, the beneficiary and site are that establishment's in the plan. */
export function termsOf(facts: ProjectFacts, status: LifecycleStatus, beneficiaryId?: string): ProjectTerms {
  const row = beneficiaryId === undefined ? undefined : findBeneficiary(status.groupPlan, beneficiaryId);
  return {
    beneficiary: row ? row.name : facts.beneficiary,
    site: row ? row.site : (facts.site ?? null),
    partner: facts.partner ?? null,
    category: facts.category,
    plannedStart: facts.plannedStart,
    plannedEnd: facts.plannedEnd,
    totalCostVnd: facts.totalCostVnd,
    supportVnd: status.approvedSupportVnd ?? facts.requestedSupportVnd,
  };
}

export function applyChanges(terms: ProjectTerms, changes: AdjustmentChanges): ProjectTerms {
  const next = { ...terms };
  for (const field of TERM_FIELDS) {
    if (changes[field] !== undefined) (next as Record<string, unknown>)[field] = changes[field];
  }
  return next;
}

/** The facts and status with new terms (the approved support moves only once a support was approved). */
export function withTerms(
  facts: ProjectFacts,
  status: LifecycleStatus,
  terms: ProjectTerms,
  beneficiaryId?: string,
): { facts: ProjectFacts; status: LifecycleStatus } {
  if (beneficiaryId !== undefined && status.groupPlan && findBeneficiary(status.groupPlan, beneficiaryId)) {
    // One establishment of a group project: its row of the plan changes, the project's own terms do not.
    const groupPlan = withBeneficiary(status.groupPlan, beneficiaryId, (b) => ({
      ...b,
      name: terms.beneficiary,
      site: terms.site ?? b.site,
    }));
    return { facts, status: { ...status, groupPlan } };
  }
  const nextFacts: ProjectFacts = {
    ...facts,
    beneficiary: terms.beneficiary,
    category: terms.category,
    plannedStart: terms.plannedStart,
    plannedEnd: terms.plannedEnd,
    totalCostVnd: terms.totalCostVnd,
  };
  if (terms.site !== null) nextFacts.site = terms.site;
  if (terms.partner !== null) nextFacts.partner = terms.partner;
  const nextStatus = { ...status };
  if (status.approvedSupportVnd !== null) nextStatus.approvedSupportVnd = terms.supportVnd;
  else nextFacts.requestedSupportVnd = terms.supportVnd;
  // A pilot project's years follow: the support's change goes to the year under way, a later end adds years.
  if (status.pilotYears && status.approvedSupportVnd !== null) {
    nextStatus.pilotYears = adjustedPilotYears(
      status.pilotYears,
      terms.supportVnd - status.approvedSupportVnd,
      terms.plannedEnd,
    );
  }
  return { facts: nextFacts, status: nextStatus };
}

export interface ChangeProblem {
  code: RefusalCode;
  message: string;
}

const MAX_TEXT = 300;
const year = (day: string) => Number(day.slice(0, 4));

/**
 * What is wrong with the changes a request asks for, judged against the terms in force and the money already paid:
 * null when nothing is. A malformed field is a 400 (INVALID_COMMAND), a rule of the kind a 409 (RULE_VIOLATION).
 */
export function checkChanges(
  kind: AdjustmentKind,
  changes: unknown,
  terms: ProjectTerms,
  status: LifecycleStatus,
): ChangeProblem | null {
  const invalid = (vi: string, en: string): ChangeProblem => ({
    code: REFUSAL_CODES.INVALID_COMMAND,
    message: `${vi} / ${en}`,
  });
  const rule = (vi: string, en: string): ChangeProblem => ({
    code: REFUSAL_CODES.RULE_VIOLATION,
    message: `${vi} / ${en}`,
  });
  if (changes === undefined || changes === null) changes = {};
  if (typeof changes !== 'object' || Array.isArray(changes)) {
    return invalid('"changes" phải là một đối tượng', '"changes" must be an object');
  }
  const given = changes as Record<string, unknown>;
  const { required, optional } = KIND_FIELDS[kind];
  const establishment = establishmentProblem(kind, given.beneficiaryId, status);
  if (establishment) return invalid(establishment.vi, establishment.en);
  const allowed: string[] = [...required, ...optional, ...(given.beneficiaryId !== undefined ? ['beneficiaryId'] : [])];
  const foreign = Object.keys(given).filter((key) => !allowed.includes(key));
  if (foreign.length) {
    const may = allowed.length ? allowed.join(', ') : 'không trường nào / none';
    return invalid(
      `Loại điều chỉnh ${kind} không thay đổi: ${foreign.join(', ')}; chỉ được: ${may}`,
      `a ${kind} request does not change ${foreign.join(', ')}; it may change: ${may}`,
    );
  }
  const missing = required.filter((field) => given[field] === undefined);
  if (missing.length) {
    return invalid(`Thiếu thông tin thay đổi: ${missing.join(', ')}`, `missing changed terms: ${missing.join(', ')}`);
  }
  if (kind === 'TIMING' && given.plannedStart === undefined && given.plannedEnd === undefined) {
    return invalid('Cần ngày bắt đầu hoặc ngày kết thúc mới', 'a new plannedStart or plannedEnd is needed');
  }
  for (const field of ['beneficiary', 'site', 'partner'] as const) {
    const value = given[field];
    if (value === undefined) continue;
    if (typeof value !== 'string' || !value.trim() || value.length > MAX_TEXT) {
      return invalid(
        `${TERM_LABELS[field].vi} mới phải là văn bản, không rỗng, tối đa ${MAX_TEXT} ký tự`,
        `the new ${field} must be non-empty text of at most ${MAX_TEXT} characters`,
      );
    }
    if (value.trim() === terms[field]) {
      return rule(`${TERM_LABELS[field].vi} mới trùng với hiện tại`, `the new ${field} is the current one`);
    }
  }
  if (given.category !== undefined) {
    if (typeof given.category !== 'string' || !CATEGORY_CODES.includes(given.category)) {
      return invalid(
        `Nội dung khuyến công không hợp lệ; chọn một trong: ${CATEGORY_CODES.join(', ')}`,
        `unknown content area; one of: ${CATEGORY_CODES.join(', ')}`,
      );
    }
    if (given.category === terms.category) {
      const label = CATEGORIES.find((c) => c.code === terms.category)?.vi ?? terms.category;
      return rule(`Đề án đã thuộc nội dung "${label}"`, `the project is already in ${terms.category}`);
    }
  }
  for (const field of ['plannedStart', 'plannedEnd'] as const) {
    if (given[field] !== undefined && !isIsoDate(given[field])) {
      return invalid(`${TERM_LABELS[field].vi} phải có dạng YYYY-MM-DD`, `${field} must be a day, YYYY-MM-DD`);
    }
  }
  const next = applyChanges(terms, given as AdjustmentChanges);
  if (next.plannedStart > next.plannedEnd) {
    return invalid('Ngày bắt đầu phải trước ngày kết thúc', 'the start must not be after the end');
  }
  if (
    kind === 'TIMING' &&
    (year(next.plannedEnd) !== year(terms.plannedEnd) || year(next.plannedStart) !== year(terms.plannedStart))
  ) {
    return rule(
      `Điều chỉnh thời gian trong năm phải giữ năm ${year(terms.plannedEnd)}; kéo sang năm sau là đề nghị gia hạn (EXTENSION_NEXT_YEAR) do Bộ trưởng quyết định`,
      `timing within the fiscal year keeps the year ${year(terms.plannedEnd)}; moving into the next year is an EXTENSION_NEXT_YEAR request, decided by the Minister`,
    );
  }
  if (kind === 'EXTENSION_NEXT_YEAR' && year(next.plannedEnd) !== year(terms.plannedEnd) + 1) {
    return rule(
      `Gia hạn sang năm sau: ngày kết thúc mới phải thuộc năm ${year(terms.plannedEnd) + 1}`,
      `an extension into the next year ends in ${year(terms.plannedEnd) + 1}`,
    );
  }
  for (const field of ['supportVnd', 'totalCostVnd'] as const) {
    const value = given[field];
    if (value !== undefined && !(Number.isSafeInteger(value) && (value as number) > 0)) {
      return invalid(
        `${TERM_LABELS[field].vi} phải là số nguyên đồng dương`,
        `${field} must be a positive whole number of VND`,
      );
    }
  }
  if (next.supportVnd > next.totalCostVnd) {
    return rule(
      `Kinh phí hỗ trợ ${vndVi(next.supportVnd)} vượt tổng kinh phí ${vndVi(next.totalCostVnd)}`,
      `support ${vndEn(next.supportVnd)} exceeds the total cost ${vndEn(next.totalCostVnd)}`,
    );
  }
  if (kind === 'FUNDING_INCREASE' && next.supportVnd <= terms.supportVnd) {
    return rule(
      `Đề nghị tăng kinh phí phải lớn hơn mức hiện tại ${vndVi(terms.supportVnd)} (đề nghị: ${vndVi(next.supportVnd)}); giữ nguyên hoặc giảm là FUNDING_DECREASE`,
      `a funding increase must exceed the current ${vndEn(terms.supportVnd)} (asked: ${vndEn(next.supportVnd)}); same or lower is FUNDING_DECREASE`,
    );
  }
  if (kind === 'FUNDING_DECREASE') {
    if (next.supportVnd > terms.supportVnd) {
      return rule(
        `Kinh phí đề nghị ${vndVi(next.supportVnd)} cao hơn mức hiện tại ${vndVi(terms.supportVnd)}: đây là đề nghị tăng kinh phí (FUNDING_INCREASE), do Bộ trưởng quyết định`,
        `${vndEn(next.supportVnd)} is above the current ${vndEn(terms.supportVnd)}: that is a FUNDING_INCREASE, decided by the Minister`,
      );
    }
    const paid = status.advancesVnd + status.finalPaymentsVnd - (status.refundedVnd ?? 0);
    if (next.supportVnd < paid) {
      return rule(
        `Kinh phí hỗ trợ mới ${vndVi(next.supportVnd)} thấp hơn số đã giải ngân ${vndVi(paid)}; thu hồi phần chênh lệch trước`,
        `the new support ${vndEn(next.supportVnd)} is below the ${vndEn(paid)} already paid; recover the difference first`,
      );
    }
    const pilotCut = status.pilotYears ? pilotCutProblem(status.pilotYears, next.supportVnd - terms.supportVnd) : null;
    if (pilotCut) return rule(pilotCut.vi, pilotCut.en);
  }
  return null;
}

/**
 * A group project with an approved plan names the establishment a site or beneficiary change concerns; other
 * projects and other kinds name none.
 */
function establishmentProblem(
  kind: AdjustmentKind,
  beneficiaryId: unknown,
  status: LifecycleStatus,
): { vi: string; en: string } | null {
  const byRow = ESTABLISHMENT_KINDS.includes(kind) && status.groupPlan?.approval != null;
  if (!byRow) {
    return beneficiaryId === undefined
      ? null
      : {
          vi: 'beneficiaryId chỉ dùng khi thay đổi địa điểm hoặc đơn vị thụ hưởng của một cơ sở trong kế hoạch triển khai đã duyệt của đề án nhóm',
          en: 'beneficiaryId names an establishment of a group project’s approved plan, for a change of its site or beneficiary only',
        };
  }
  if (findBeneficiary(status.groupPlan, beneficiaryId)) return null;
  const ids = status.groupPlan!.beneficiaries.map((b) => b.id).join(', ');
  return {
    vi: `Đề án nhóm: chọn cơ sở cần thay đổi (beneficiaryId, một trong: ${ids})`,
    en: `a group project: name the establishment to change (beneficiaryId, one of: ${ids})`,
  };
}

/** Each term that differs, for the side-by-side of old and new terms. */
export function changedTerms(before: ProjectTerms, after: ProjectTerms): Array<keyof ProjectTerms> {
  return TERM_FIELDS.filter((field) => before[field] !== after[field]);
}
