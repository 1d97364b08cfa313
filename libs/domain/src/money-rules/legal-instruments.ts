/**
 * The legal instruments that set the money rules of national khuyến công funds, each in force from its effective
 * day until the next one's (DOMAIN.md §4.2). A project is held to the instrument in force on the day it was created.
 */
export interface LegalInstrument {
  code: string;
  /** As a Department clerk cites it. */
  vi: string;
  en: string;
  /** First day in force (YYYY-MM-DD, local calendar day). */
  effectiveFrom: string;
}

export const TTLT_26_2014: LegalInstrument = {
  code: 'TTLT-26-2014',
  vi: 'Thông tư liên tịch số 26/2014/TTLT-BTC-BCT',
  en: 'Joint Circular 26/2014/TTLT-BTC-BCT',
  effectiveFrom: '2014-04-08',
};

/** Signed 28/03/2018; in force 45 days later as a circular usually is (DOMAIN.md gives only the signing day). */
export const TT_28_2018: LegalInstrument = {
  code: 'TT-28-2018',
  vi: 'Thông tư số 28/2018/TT-BTC',
  en: 'Circular 28/2018/TT-BTC',
  effectiveFrom: '2018-05-12',
};

/** Oldest first. A new circular is one more entry here, with its caps in support-caps.ts. */
export const MONEY_RULE_INSTRUMENTS: readonly LegalInstrument[] = [TTLT_26_2014, TT_28_2018];

/**
 * The instrument in force on a day among `instruments` (oldest first; by default the built-in ones); before the first
 * one, the first (the system holds no older projects).
 */
export function instrumentInForce(
  day: string,
  instruments: readonly LegalInstrument[] = MONEY_RULE_INSTRUMENTS,
): LegalInstrument {
  let found = instruments[0];
  for (const instrument of instruments) if (instrument.effectiveFrom <= day) found = instrument;
  return found;
}
