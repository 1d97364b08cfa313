import { groupVnd } from '@kc/domain';

/** 1234567 → "1.234.567 đồng": integer VND grouped with dots, as an official paper writes money. */
export function dong(amount: number): string {
  return `${groupVnd(amount)} đồng`;
}

/** 1234567 → "1.234.567": a figure in a money column whose header says the unit. */
export function figure(amount: number): string {
  return groupVnd(amount);
}

/** "2026-11-20" → "20/11/2026". */
export function dayMonthYear(day: string): string {
  const [y, m, d] = day.split('-');
  return `${d}/${m}/${y}`;
}

/**
 * "2026-03-05" → "ngày 05 tháng 3 năm 2026": Decree 30 (Annex I) writes a day below 10 and the months 1 and 2 with a
 * leading zero, and the other months without one.
 */
export function dayInWords(day: string): string {
  const [y, m, d] = day.split('-');
  const month = Number(m) <= 2 ? m : String(Number(m));
  return `ngày ${d} tháng ${month} năm ${y}`;
}

/** The date line of Decree 30: "Hà Nội, ngày 20 tháng 11 năm 2026". */
export function placeAndDate(place: string, day: string): string {
  return `${place}, ${dayInWords(day)}`;
}

/** "2026-11" → "tháng 11/2026". */
export function monthInWords(period: string): string {
  const [y, m] = period.split('-');
  return `tháng ${m}/${y}`;
}
