/**
 * Whole VND amounts as people in Vietnam write them: "135.000.000". Pure string work (no Intl), so the workflow's
 * refusal messages, the API and the web app group figures the same way.
 */

function group(digits: string, separator: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/** 135000000 → "135.000.000" (vi-VN separators); a negative amount keeps its sign. */
export function groupVnd(amount: number): string {
  const sign = amount < 0 ? '-' : '';
  return sign + group(String(Math.trunc(Math.abs(amount))), '.');
}

/** 135000000 → "135,000,000" (the English half of a bilingual message). */
export function groupVndEn(amount: number): string {
  const sign = amount < 0 ? '-' : '';
  return sign + group(String(Math.trunc(Math.abs(amount))), ',');
}

/** "94.500.000 đ" for the Vietnamese half of a message, "94,500,000 VND" for the English half. */
export function vndVi(amount: number): string {
  return `${groupVnd(amount)} đ`;
}

export function vndEn(amount: number): string {
  return `${groupVndEn(amount)} VND`;
}

/**
 * A whole number typed by a person: "94.500.000", "94,500,000", "94 500 000", "94500000 đ" are the same amount.
 * Null when it is not a whole number of VND (a decimal part, letters, beyond the safe integer range).
 */
export function parseVnd(text: string): number | null {
  const bare = text.replace(/(₫|đồng|đ|vnd)\s*$/i, '').trim();
  // Separators only between groups of three digits: "94,5" is a decimal, not 945.
  if (!/^\d+$/.test(bare) && !/^\d{1,3}([., \u00a0]\d{3})+$/.test(bare)) return null;
  const value = Number(bare.replace(/\D/g, ''));
  return Number.isSafeInteger(value) ? value : null;
}

/**
 * What a money field shows while the person types: the digits typed so far, grouped ("1350000" → "1.350.000").
 * Anything that is not a digit is dropped, so a pasted "135,000,000 VND" becomes "135.000.000".
 */
export function groupAsTyped(text: string): string {
  const digits = text.replace(/\D/g, '').replace(/^0+(?=\d)/, '');
  return group(digits, '.');
}
