/**
 * Pilot projects (đề án điểm, DOMAIN.md §2 and §6): a national project with two or more linked content areas that
 * runs over more than one year. Its support is split by year; each year's advances stay within the advance share of
 * that year's part (with what the year before left unused carried into it), a year's advances are paid in that year,
 * and the next year's only after the Department certifies the year's progress, which carries the unused part over.
 * Pure: the workflow decides with it, the API validates a creation with it, the web app shows it.
 */
import type { BilingualText } from '../project-rules';
import { CATEGORY_CODES } from '../categories';
import { vndEn, vndVi } from '../money';

export const MAX_PILOT_YEARS = 5;

/** The terms fixed at creation: the linked content areas beside the main one, and the support asked for by year. */
export interface PilotTerms {
  linkedCategories: string[];
  years: { year: number; supportVnd: number }[];
}

/** One year of an approved pilot project, as its status holds it. Integer VND. */
export interface PilotYear {
  year: number;
  /** This year's part of the approved support. */
  allocatedVnd: number;
  /** Left unused by the year before and carried into this one. */
  carriedInVnd: number;
  /** Advances paid for this year. */
  advancesVnd: number;
  /** The Department certified the year's progress and carried the unused part over. */
  closed: boolean;
  progressPercent: number | null;
  reportDate: string | null;
  carriedOutVnd: number;
}

export interface PilotProblem {
  field: string;
  vi: string;
  en: string;
}

/** What is wrong with a pilot project's terms against the rest of its dossier; empty when nothing is. */
export function pilotTermsProblems(
  draft: { scope: string; category: string; requestedSupportVnd: number; plannedStart: string; plannedEnd: string },
  terms: PilotTerms,
): PilotProblem[] {
  const problems: PilotProblem[] = [];
  const add = (field: string, vi: string, en: string) => problems.push({ field, vi, en });
  if (draft.scope !== 'NATIONAL') {
    add(
      'pilot',
      'Đề án điểm là đề án khuyến công quốc gia (scope NATIONAL)',
      'A pilot project is a national project (scope NATIONAL)',
    );
  }
  const linked = terms.linkedCategories;
  if (linked.length === 0) {
    add(
      'pilot.linkedCategories',
      'Đề án điểm có ít nhất hai nội dung khuyến công liên kết: chọn thêm ít nhất một nội dung',
      'A pilot project links two or more content areas: add at least one',
    );
  }
  linked.forEach((code, i) => {
    if (!CATEGORY_CODES.includes(code) || code === 'PROGRAMME_MANAGEMENT') {
      add(`pilot.linkedCategories[${i}]`, `Nội dung ${code} không hợp lệ`, `${code} is not a content area`);
    } else if (code === draft.category || linked.indexOf(code) !== i) {
      add(
        `pilot.linkedCategories[${i}]`,
        `Nội dung ${code} đã có; mỗi nội dung một lần`,
        `${code} is already listed; each content area once`,
      );
    }
  });
  const first = Number(draft.plannedStart.slice(0, 4));
  const last = Number(draft.plannedEnd.slice(0, 4));
  const expected = Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i);
  if (expected.length < 2) {
    add(
      'plannedEnd',
      'Đề án điểm thực hiện trên một năm: ngày kết thúc phải ở năm sau năm bắt đầu',
      'A pilot project runs over more than one year: it must end in a later year than it starts',
    );
  } else if (expected.length > MAX_PILOT_YEARS) {
    add(
      'plannedEnd',
      `Đề án điểm tối đa ${MAX_PILOT_YEARS} năm`,
      `A pilot project runs at most ${MAX_PILOT_YEARS} years`,
    );
  } else if (terms.years.map((y) => y.year).join(',') !== expected.join(',')) {
    add(
      'pilot.years',
      `Kinh phí theo năm phải có đúng các năm ${expected.join(', ')}, theo thứ tự, từ năm bắt đầu đến năm kết thúc`,
      `Support by year must list exactly the years ${expected.join(', ')}, in order, from the start year to the end year`,
    );
  }
  terms.years.forEach((y, i) => {
    if (!Number.isSafeInteger(y.supportVnd) || y.supportVnd <= 0) {
      add(
        `pilot.years[${i}].supportVnd`,
        'Kinh phí năm phải là số nguyên VND dương',
        'A year’s support must be a positive whole number of VND',
      );
    }
  });
  const sum = terms.years.reduce((total, y) => total + (Number.isSafeInteger(y.supportVnd) ? y.supportVnd : 0), 0);
  if (problems.length === 0 && sum !== draft.requestedSupportVnd) {
    add(
      'pilot.years',
      `Tổng kinh phí các năm ${vndVi(sum)} phải bằng kinh phí đề nghị hỗ trợ ${vndVi(draft.requestedSupportVnd)}`,
      `The years add up to ${vndEn(sum)}; they must equal the requested support of ${vndEn(draft.requestedSupportVnd)}`,
    );
  }
  return problems;
}

/**
 * The approved support split by year in the proportions asked for, in whole VND: each year floors its share and
 * the last year takes what rounding left, so the parts add up to the approved support exactly.
 */
export function pilotYearsOf(terms: PilotTerms, approvedVnd: number): PilotYear[] {
  const asked = terms.years.reduce((total, y) => total + y.supportVnd, 0);
  let given = 0;
  return terms.years.map((y, i) => {
    const last = i === terms.years.length - 1;
    const part = last ? approvedVnd - given : Number((BigInt(approvedVnd) * BigInt(y.supportVnd)) / BigInt(asked));
    given += part;
    return {
      year: y.year,
      allocatedVnd: part,
      carriedInVnd: 0,
      advancesVnd: 0,
      closed: false,
      progressPercent: null,
      reportDate: null,
      carriedOutVnd: 0,
    };
  });
}

/** The year whose work is under way: the first one not closed (the last year ends with the project's acceptance). */
export function openPilotYear(years: readonly PilotYear[]): PilotYear {
  return years.find((y) => !y.closed) ?? years[years.length - 1];
}

/** What this year may still receive as advances: its advance share of its part and what was carried into it. */
export function pilotAdvanceCapVnd(year: PilotYear, advancePercent: number): number {
  return Number((BigInt(year.allocatedVnd + year.carriedInVnd) * BigInt(advancePercent)) / 100n);
}

/** Why an advance of `amountVnd` on `day` (YYYY-MM-DD, local) is refused, or null when it may be paid. */
export function pilotAdvanceProblem(
  years: readonly PilotYear[],
  amountVnd: number,
  advancePercent: number,
  day: string,
): string | null {
  const open = openPilotYear(years);
  const thisYear = Number(day.slice(0, 4));
  if (thisYear < open.year) {
    return (
      `Chưa đến năm ${open.year} của đề án điểm: tạm ứng kinh phí năm ${open.year} từ ngày 01/01/${open.year} / ` +
      `the pilot project's year ${open.year} has not begun: its advances are paid from 1 January ${open.year}`
    );
  }
  if (thisYear > open.year && !isLastYear(years, open)) {
    return (
      `Năm ${open.year} của đề án điểm chưa được tổng kết: Sở Công Thương xác nhận tiến độ năm ${open.year} (Tổng kết năm, chuyển kinh phí chưa dùng sang năm sau) trước khi tạm ứng năm ${thisYear} / ` +
      `year ${open.year} of the pilot project is not closed: the Department certifies its progress (close the year, carrying the unused part over) before any advance for ${thisYear}`
    );
  }
  const cap = pilotAdvanceCapVnd(open, advancePercent);
  if (open.advancesVnd + amountVnd > cap) {
    return (
      `Tạm ứng năm ${open.year} sẽ là ${vndVi(open.advancesVnd + amountVnd)}, vượt ${advancePercent}% kinh phí của năm (${vndVi(open.allocatedVnd)} kế hoạch năm, ${vndVi(open.carriedInVnd)} chuyển từ năm trước): tối đa ${vndVi(cap)}; còn được tạm ứng ${vndVi(cap - open.advancesVnd)} / ` +
      `advances for ${open.year} would total ${vndEn(open.advancesVnd + amountVnd)}, above ${advancePercent}% of the year's funds (${vndEn(open.allocatedVnd)} planned, ${vndEn(open.carriedInVnd)} carried in): at most ${vndEn(cap)}; ${vndEn(cap - open.advancesVnd)} may still be advanced`
    );
  }
  return null;
}

/** Why the open year may not be closed on `day`, or null. */
export function closePilotYearProblem(years: readonly PilotYear[], day: string): string | null {
  const open = openPilotYear(years);
  if (isLastYear(years, open)) {
    return (
      `Năm ${open.year} là năm cuối của đề án điểm: kết thúc bằng nghiệm thu, không tổng kết chuyển năm / ` +
      `${open.year} is the pilot project's last year: it ends with acceptance, not with closing the year`
    );
  }
  if (Number(day.slice(0, 4)) < open.year) {
    return (
      `Năm ${open.year} của đề án điểm chưa bắt đầu, chưa thể tổng kết / ` +
      `year ${open.year} of the pilot project has not begun and cannot be closed`
    );
  }
  return null;
}

/** The unused part the open year carries into the next when it is closed. */
export function carriedOverVnd(year: PilotYear): number {
  return Math.max(0, year.allocatedVnd + year.carriedInVnd - year.advancesVnd);
}

/** The years after the open one is closed with its certified progress, carrying its unused part into the next. */
export function closedPilotYears(
  years: readonly PilotYear[],
  close: { year: number; progressPercent: number; reportDate: string; carriedOverVnd: number },
): PilotYear[] {
  return years.map((y) => {
    if (y.year === close.year) {
      return {
        ...y,
        closed: true,
        progressPercent: close.progressPercent,
        reportDate: close.reportDate,
        carriedOutVnd: close.carriedOverVnd,
      };
    }
    if (y.year === close.year + 1) return { ...y, carriedInVnd: y.carriedInVnd + close.carriedOverVnd };
    return y;
  });
}

/** The years after an advance for `year`. */
export function withPilotAdvance(years: readonly PilotYear[], year: number, amountVnd: number): PilotYear[] {
  return years.map((y) => (y.year === year ? { ...y, advancesVnd: y.advancesVnd + amountVnd } : y));
}

/**
 * The years after an approved adjustment: a change of the approved support goes to the year under way (more, or
 * less down to what that year has advanced); an end moved into a later year adds that year, with nothing of its
 * own, into which the year before carries its unused part when it is closed.
 */
export function adjustedPilotYears(
  years: readonly PilotYear[],
  supportDeltaVnd: number,
  plannedEnd: string,
): PilotYear[] {
  const open = openPilotYear(years);
  const next = years.map((y) => (y.year === open.year ? { ...y, allocatedVnd: y.allocatedVnd + supportDeltaVnd } : y));
  const lastYear = Number(plannedEnd.slice(0, 4));
  for (let year = next[next.length - 1].year + 1; year <= lastYear; year += 1) {
    next.push({
      year,
      allocatedVnd: 0,
      carriedInVnd: 0,
      advancesVnd: 0,
      closed: false,
      progressPercent: null,
      reportDate: null,
      carriedOutVnd: 0,
    });
  }
  return next;
}

/** Why a cut of the approved support would leave the year under way below what it has advanced, or null. */
export function pilotCutProblem(years: readonly PilotYear[], supportDeltaVnd: number): BilingualText | null {
  const open = openPilotYear(years);
  const funds = open.allocatedVnd + open.carriedInVnd + supportDeltaVnd;
  if (supportDeltaVnd >= 0 || funds >= open.advancesVnd) return null;
  return {
    vi: `Đề án điểm: phần giảm trừ vào kinh phí năm ${open.year}, khi đó còn ${vndVi(funds)}, thấp hơn số đã tạm ứng của năm ${vndVi(open.advancesVnd)}`,
    en: `a pilot project: the cut comes off year ${open.year}, which would keep ${vndEn(funds)}, below the ${vndEn(open.advancesVnd)} advanced for it`,
  };
}

function isLastYear(years: readonly PilotYear[], year: PilotYear): boolean {
  return years[years.length - 1].year === year.year;
}

export const PILOT_LABEL: BilingualText = { vi: 'Đề án điểm', en: 'Pilot project' };
