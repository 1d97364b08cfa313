import { CUC_NAMES, endOfLocalDayUtc, findProvince, nameOnDay, provinceTitle } from '@kc/domain';

export interface Person {
  email: string;
  fullName: string;
}

export function provinceName(provinceCode: string): string {
  return findProvince(provinceCode)?.name ?? provinceCode;
}

/** The Cục by the name it bore on a day (YYYY-MM-DD; "Cục Công Thương địa phương" before 2025-03-01). */
export function cucOn(onDay: string): { vi: string; en: string } {
  return { vi: nameOnDay(CUC_NAMES, onDay), en: 'the central department (Cục)' };
}

/**
 * "Sở Công Thương thành phố Hà Nội", as the organisations name it; the Cục (by its name on `onDay`, today when
 * absent) when there is no province.
 */
export function officeOf(provinceCode: string | null, onDay?: string): { vi: string; en: string } {
  if (provinceCode === null) return cucOn(onDay ?? new Date().toISOString().slice(0, 10));
  const title = provinceTitle(provinceCode);
  return { vi: `Sở Công Thương ${title}`, en: `the Department of Industry and Trade, ${title}` };
}

/** One person by their full name; several by their office, as a Department clerk would write it. */
export function addresseeOf(people: Person[], office: { vi: string; en: string }): { vi: string; en: string } {
  return people.length === 1 ? { vi: people[0].fullName, en: people[0].fullName } : office;
}

/** The officer in charge to contact, or the office when the province has no officer on record. */
export function contactOf(officers: Person[], provinceCode: string): { name: string; email: string | null } {
  const officer = officers[0];
  return officer ? { name: officer.fullName, email: officer.email } : { name: officeOf(provinceCode).vi, email: null };
}

const CLOCK = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});
const DAY = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});

/** A moment in Vietnam time: "10:15 ngày 02/12/2026" / "10:15 on 02/12/2026". */
export function localMoment(iso: string): { vi: string; en: string } {
  const at = new Date(iso);
  return { vi: `${CLOCK.format(at)} ngày ${DAY.format(at)}`, en: `${CLOCK.format(at)} on ${DAY.format(at)}` };
}

/** A day as written on a document: "25/12/2026" from 2026-12-25. */
export function localDay(day: string): string {
  const [y, m, d] = day.split('-');
  return `${d}/${m}/${y}`;
}

/**
 * A due day reads as the day ("ngày 25/12/2026"): its deadline is the end of that day. A deadline within a day
 * (seconds-long policies) keeps its time.
 */
export function dueText(dueDay: string, dueAt: string): { vi: string; en: string } {
  if (endOfLocalDayUtc(dueDay) === new Date(dueAt).toISOString()) {
    return { vi: `ngày ${localDay(dueDay)}`, en: localDay(dueDay) };
  }
  const at = new Date(dueAt);
  return { vi: `${CLOCK.format(at)} ngày ${DAY.format(at)}`, en: `${CLOCK.format(at)} on ${DAY.format(at)}` };
}

/** Money as a Vietnamese document writes it: "135.000.000 đồng". */
export function vnd(amount: number): string {
  return `${new Intl.NumberFormat('vi-VN').format(amount)} đồng`;
}
