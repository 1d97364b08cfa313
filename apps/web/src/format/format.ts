/** Money, numbers and times as people in Vietnam read them. */

const VND = new Intl.NumberFormat('vi-VN', { style: 'currency', currency: 'VND', maximumFractionDigits: 0 });
const TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** 94500000 → "94.500.000 ₫" (always vi-VN, in both languages). */
export function formatVnd(amount: number | null | undefined): string {
  return amount === null || amount === undefined ? '—' : VND.format(amount);
}

/** Short money for chart labels: 1.2 tỷ / 1.2B. */
export function formatCompact(amount: number, locale: string): string {
  return new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(amount);
}

export function formatNumber(value: number, locale: string, fractionDigits = 0): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: fractionDigits }).format(value);
}

/** An instant in Vietnam's time zone: "10:05 27/11/2026" in Vietnamese. */
export function formatDateTime(iso: string | null | undefined, locale: string): string {
  if (!iso) return '—';
  return new Intl.DateTimeFormat(locale, {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(new Date(iso));
}

/** A calendar day "2026-04-01" → "01/04/2026" (no time zone shift: it is a day, not an instant). */
export function formatDay(day: string | null | undefined, locale: string): string {
  if (!day) return '—';
  const [year, month, date] = day.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { timeZone: 'UTC', year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(Date.UTC(year, month - 1, date)),
  );
}

const DAY_MS = 86_400_000;
/** Vietnam keeps UTC+7 all year (no daylight saving). */
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/**
 * The day a deadline ends, when it ends a day: a due day runs to 24:00 Vietnam time, which the API sends as the
 * next day's 00:00 ('2026-12-25T17:00:00Z' → '2026-12-25'). Null for a deadline at another moment (a
 * seconds-long demo policy).
 */
export function dueDayOf(dueAt: string | null | undefined): string | null {
  const ms = dueAt ? Date.parse(dueAt) : NaN;
  if (Number.isNaN(ms) || (ms + VIETNAM_OFFSET_MS) % DAY_MS !== 0) return null;
  return new Date(ms + VIETNAM_OFFSET_MS - DAY_MS).toISOString().slice(0, 10);
}

/** A deadline as people read it: the due day "25/12/2026" (never "00:00 26/12/2026"), or a real moment with its time. */
export function formatDue(dueAt: string | null | undefined, locale: string): string {
  const day = dueDayOf(dueAt);
  return day ? formatDay(day, locale) : formatDateTime(dueAt, locale);
}

/** Today in Vietnam as YYYY-MM-DD (the default of date fields). */
export function todayInVietnam(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }).format(new Date());
}

/**
 * A whole number typed by a person: "94.500.000", "94,500,000", "94 500 000" and "94500000" are the same.
 * Null when it is not a whole number.
 */
export function parseWholeNumber(text: string): number | null {
  const digits = text.replace(/[\s.,_₫đ]/gi, '');
  if (!/^\d+$/.test(digits)) return null;
  const value = Number(digits);
  return Number.isSafeInteger(value) ? value : null;
}
