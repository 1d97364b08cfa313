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
