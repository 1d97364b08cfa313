/** Plan years the selectors offer: 2022 (the oldest archive) to next year, plus any year the address names. */
export const FIRST_PLAN_YEAR = 2022;

export function currentYear(): number {
  return new Date().getFullYear();
}

export function planYears(selected?: number): number[] {
  const last = currentYear() + 1;
  const years: number[] = [];
  for (let year = FIRST_PLAN_YEAR; year <= last; year += 1) years.push(year);
  if (selected !== undefined && !years.includes(selected)) years.push(selected);
  return years.sort((a, b) => a - b);
}

/** The year of `?year=`, or this year when it is missing or not a year. */
export function yearOf(search: string): number {
  const text = new URLSearchParams(search).get('year');
  const year = text && /^\d{4}$/.test(text) ? Number(text) : NaN;
  return Number.isInteger(year) ? year : currentYear();
}
