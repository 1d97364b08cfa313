/**
 * The rules of a project's draft (what is typed when a project is created or edited), in one place: the API
 * checks them, the workflow checks an edit against them, and the web app shows them next to each field.
 * Pure: imported by the web build too (apps/web/vite.config.mjs aliases @kc/domain to this folder).
 */
import { CATEGORY_CODES } from './categories';
import { isIsoDate } from './dates';
import { vndEn, vndVi } from './money';

/** What a person types for a project; money is integer VND (null while a money field holds no whole number). */
export interface ProjectDraft {
  category: string;
  title: string;
  implementingUnit: { name: string; email: string };
  beneficiary: string;
  totalCostVnd: number | null;
  requestedSupportVnd: number | null;
  /** YYYY-MM-DD, local calendar days. */
  plannedStart: string;
  plannedEnd: string;
}

export const DRAFT_FIELDS = [
  'category',
  'title',
  'implementingUnit.name',
  'implementingUnit.email',
  'beneficiary',
  'totalCostVnd',
  'requestedSupportVnd',
  'plannedStart',
  'plannedEnd',
] as const;
export type DraftField = (typeof DRAFT_FIELDS)[number];

export interface BilingualText {
  vi: string;
  en: string;
}

export interface FieldProblem extends BilingualText {
  field: DraftField;
}

/** Text lengths, the same numbers as the API's DTO (apps/api/src/projects/create-project.dto.ts). */
export const DRAFT_TEXT_LIMITS = {
  title: { min: 5, max: 500 },
  'implementingUnit.name': { min: 2, max: 300 },
  'implementingUnit.email': { min: 3, max: 254 },
  beneficiary: { min: 2, max: 300 },
} as const;
type TextField = keyof typeof DRAFT_TEXT_LIMITS;

/** The rule of each field in words, shown next to it before anything is typed. */
export const DRAFT_FIELD_RULES: Record<DraftField, BilingualText> = {
  category: { vi: 'Bắt buộc; chọn một nội dung khuyến công.', en: 'Required; pick a content area.' },
  title: { vi: 'Bắt buộc, từ 5 đến 500 ký tự.', en: 'Required, 5 to 500 characters.' },
  'implementingUnit.name': { vi: 'Bắt buộc, từ 2 đến 300 ký tự.', en: 'Required, 2 to 300 characters.' },
  'implementingUnit.email': {
    vi: 'Bắt buộc; email nhận nhắc hạn báo cáo của đơn vị.',
    en: 'Required; the unit’s email receives the report reminders.',
  },
  beneficiary: { vi: 'Bắt buộc, từ 2 đến 300 ký tự.', en: 'Required, 2 to 300 characters.' },
  totalCostVnd: { vi: 'Bắt buộc; số nguyên, đơn vị đồng.', en: 'Required; a whole number of VND.' },
  requestedSupportVnd: {
    vi: 'Bắt buộc; số nguyên, không vượt tổng kinh phí.',
    en: 'Required; a whole number of VND, at most the total cost.',
  },
  plannedStart: { vi: 'Bắt buộc; không sau ngày kết thúc.', en: 'Required; not after the planned end.' },
  plannedEnd: { vi: 'Bắt buộc; không trước ngày bắt đầu.', en: 'Required; not before the planned start.' },
};

const LABELS: Record<DraftField, BilingualText> = {
  category: { vi: 'Nội dung khuyến công', en: 'Content area' },
  title: { vi: 'Tên đề án', en: 'Title' },
  'implementingUnit.name': { vi: 'Tên đơn vị thực hiện', en: 'Implementing unit' },
  'implementingUnit.email': { vi: 'Email đơn vị thực hiện', en: 'Implementing unit email' },
  beneficiary: { vi: 'Đơn vị thụ hưởng', en: 'Beneficiary' },
  totalCostVnd: { vi: 'Tổng kinh phí', en: 'Total cost' },
  requestedSupportVnd: { vi: 'Kinh phí đề nghị hỗ trợ', en: 'Requested support' },
  plannedStart: { vi: 'Ngày bắt đầu', en: 'Planned start' },
  plannedEnd: { vi: 'Ngày kết thúc', en: 'Planned end' },
};

export function draftFieldLabel(field: DraftField): BilingualText {
  return LABELS[field];
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function textOf(draft: ProjectDraft, field: TextField): string {
  if (field === 'implementingUnit.name') return draft.implementingUnit.name;
  if (field === 'implementingUnit.email') return draft.implementingUnit.email;
  return draft[field];
}

function problem(field: DraftField, vi: string, en: string): FieldProblem {
  // The English half names the field of the API body too, for the programs that call it.
  return { field, vi: `${LABELS[field].vi}: ${vi}`, en: `${LABELS[field].en} (${field}): ${en}` };
}

function isVnd(value: number | null): value is number {
  return value !== null && Number.isSafeInteger(value) && value > 0;
}

/** Every problem of the draft, one per field at most, in the order of the form. Empty when it may be saved. */
export function draftProblems(draft: ProjectDraft): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const has = (field: DraftField) => problems.some((p) => p.field === field);
  if (!CATEGORY_CODES.includes(draft.category)) {
    problems.push(problem('category', 'chưa chọn hoặc không tồn tại', 'missing or unknown'));
  }
  for (const field of Object.keys(DRAFT_TEXT_LIMITS) as TextField[]) {
    const text = (textOf(draft, field) ?? '').trim();
    const { min, max } = DRAFT_TEXT_LIMITS[field];
    if (text.length === 0) problems.push(problem(field, 'bắt buộc', 'required'));
    else if (text.length < min) problems.push(problem(field, `ít nhất ${min} ký tự`, `at least ${min} characters`));
    else if (text.length > max) problems.push(problem(field, `tối đa ${max} ký tự`, `at most ${max} characters`));
    else if (field === 'implementingUnit.email' && !EMAIL.test(text)) {
      problems.push(problem(field, 'không phải email hợp lệ', 'not a valid email address'));
    }
  }
  for (const field of ['totalCostVnd', 'requestedSupportVnd'] as const) {
    if (!isVnd(draft[field])) {
      problems.push(problem(field, 'phải là số nguyên dương, đơn vị đồng', 'must be a positive whole number of VND'));
    }
  }
  if (!has('totalCostVnd') && !has('requestedSupportVnd') && draft.requestedSupportVnd! > draft.totalCostVnd!) {
    problems.push(
      problem(
        'requestedSupportVnd',
        `${vndVi(draft.requestedSupportVnd!)} vượt tổng kinh phí ${vndVi(draft.totalCostVnd!)}`,
        `${vndEn(draft.requestedSupportVnd!)} is above the total cost of ${vndEn(draft.totalCostVnd!)}`,
      ),
    );
  }
  for (const field of ['plannedStart', 'plannedEnd'] as const) {
    if (!isIsoDate(draft[field])) problems.push(problem(field, 'không phải ngày có thật', 'not a real date'));
  }
  if (!has('plannedStart') && !has('plannedEnd') && draft.plannedEnd < draft.plannedStart) {
    problems.push(problem('plannedEnd', 'trước ngày bắt đầu', 'before the planned start'));
  }
  return problems;
}

/** One line for an API message: "Tên đề án: bắt buộc; … / Title: required; …". */
export function describeProblems(problems: readonly FieldProblem[]): string {
  return `${problems.map((p) => p.vi).join('; ')} / ${problems.map((p) => p.en).join('; ')}`;
}
