/**
 * A share a money rule sets (an overhead's part of an estimate, the priority factor on a maximum) as an integer
 * fraction, so every limit is computed without floating point, with the instrument that sets it.
 */
import type { BilingualText } from '../project-rules';

export interface RuleShare {
  numerator: number;
  denominator: number;
  citation: BilingualText;
}

/** floor(amount × share), in integer VND. */
export function shareOfVnd(amountVnd: number, share: Pick<RuleShare, 'numerator' | 'denominator'>): number {
  return Number((BigInt(amountVnd) * BigInt(share.numerator)) / BigInt(share.denominator));
}

/** The share in percent as a clerk writes it ("2,5%") and in English ("2.5%"). */
export function sharePercent(share: Pick<RuleShare, 'numerator' | 'denominator'>): BilingualText {
  const en = String(Math.round((share.numerator * 100 * 1000) / share.denominator) / 1000);
  return { vi: `${en.replace('.', ',')}%`, en: `${en}%` };
}

/** The factor as "1,5 lần" / "1.5 times". */
export function shareTimes(share: Pick<RuleShare, 'numerator' | 'denominator'>): BilingualText {
  const en = String(Math.round((share.numerator * 1000) / share.denominator) / 1000);
  return { vi: `${en.replace('.', ',')} lần`, en: `${en} times` };
}
