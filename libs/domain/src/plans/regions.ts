import { PROVINCE_CODES, findProvince } from '../provinces';
/**
 * Regions, with membership by date as data (DOMAIN.md §13.1, §13.1b). Figures of a year read the units that
 * existed on 1 January of that year (plans are assigned at the start of the year): 2025 and earlier use the 63
 * provinces before Nghị quyết 202/2025/QH15 (in force 1/7/2025), 2026 on the 34 units after it.
 */

/** The provinces merged away on 1/7/2025 that the domain knows (the Northern region's ten), with their codes then. */
export const FORMER_PROVINCES: ReadonlyArray<{ code: string; name: string; mergedInto: string }> = [
  { code: 'HD', name: 'Hải Dương', mergedInto: 'HP' },
  { code: 'YB', name: 'Yên Bái', mergedInto: 'LCI' },
  { code: 'HG', name: 'Hà Giang', mergedInto: 'TQ' },
  { code: 'BK', name: 'Bắc Kạn', mergedInto: 'TN' },
  { code: 'VP', name: 'Vĩnh Phúc', mergedInto: 'PT' },
  { code: 'HB', name: 'Hòa Bình', mergedInto: 'PT' },
  { code: 'BG', name: 'Bắc Giang', mergedInto: 'BN' },
  { code: 'TB', name: 'Thái Bình', mergedInto: 'HY' },
  { code: 'HNA', name: 'Hà Nam', mergedInto: 'NB' },
  { code: 'ND', name: 'Nam Định', mergedInto: 'NB' },
];

/** How figures read a province: by its code in the plan year, or by the unit it is part of today (DOMAIN §13.1). */
export const PROVINCE_READINGS = ['AT_THE_TIME', 'CURRENT'] as const;
export type ProvinceReading = (typeof PROVINCE_READINGS)[number];

/** The day the 34 units took effect. */
export const MERGER_DAY = '2025-07-01';

export const REGION_KEYS = ['NORTH_TT26', 'TDMNPB', 'DBSH', 'BTB_DHMT', 'TAY_NGUYEN', 'DNB', 'DBSCL'] as const;
export type RegionKey = (typeof REGION_KEYS)[number];

export const REGION_LABELS: Record<RegionKey, { vi: string; en: string; basis: string }> = {
  NORTH_TT26: {
    vi: 'Khu vực phía Bắc',
    en: 'Northern region',
    basis: 'TT 26/2014/TTLT-BTC-BCT Art. 3 (28 tỉnh); từ 1/7/2025 cùng địa bàn là 18 đơn vị (NQ 202/2025/QH15)',
  },
  TDMNPB: { vi: 'Trung du và miền núi phía Bắc', en: 'Northern midlands and mountains', basis: 'NQ 81/2023/QH15' },
  DBSH: { vi: 'Đồng bằng sông Hồng', en: 'Red River Delta', basis: 'NQ 81/2023/QH15' },
  BTB_DHMT: {
    vi: 'Bắc Trung Bộ và duyên hải miền Trung',
    en: 'North Central and Central Coast',
    basis: 'NQ 81/2023/QH15',
  },
  TAY_NGUYEN: { vi: 'Tây Nguyên', en: 'Central Highlands', basis: 'NQ 81/2023/QH15' },
  DNB: { vi: 'Đông Nam Bộ', en: 'Southeast', basis: 'NQ 81/2023/QH15' },
  DBSCL: { vi: 'Đồng bằng sông Cửu Long', en: 'Mekong Delta', basis: 'NQ 81/2023/QH15' },
};

interface Membership {
  region: RegionKey;
  /** First day (inclusive) and last day (inclusive) the list holds; absent means open. */
  from?: string;
  until?: string;
  provinces: readonly string[];
}

/**
 * Before the merger the six regions list only the provinces the domain has codes for (the 34 names kept after the
 * merger, at their size then, and the ten former Northern provinces); the other 19 former provinces of the Centre
 * and the South have no code here yet. [D] After the merger a merged unit sits in the region of its seat.
 */
export const REGION_MEMBERSHIP: readonly Membership[] = [
  {
    region: 'NORTH_TT26',
    until: '2025-06-30',
    provinces: [
      'HT',
      'NA',
      'TH',
      'NB',
      'TB',
      'ND',
      'HNA',
      'HY',
      'HD',
      'HP',
      'QN',
      'HN',
      'VP',
      'BN',
      'BG',
      'PT',
      'YB',
      'LCI',
      'CB',
      'HG',
      'LS',
      'TN',
      'BK',
      'TQ',
      'HB',
      'SL',
      'DB',
      'LCH',
    ],
  },
  {
    region: 'NORTH_TT26',
    from: MERGER_DAY,
    provinces: [
      'HN',
      'QN',
      'CB',
      'LS',
      'LCH',
      'DB',
      'SL',
      'TH',
      'NA',
      'HT',
      'HP',
      'LCI',
      'TQ',
      'TN',
      'PT',
      'BN',
      'HY',
      'NB',
    ],
  },
  {
    region: 'TDMNPB',
    until: '2025-06-30',
    provinces: ['HG', 'CB', 'LCI', 'BK', 'LS', 'TQ', 'YB', 'TN', 'PT', 'BG', 'HB', 'SL', 'LCH', 'DB'],
  },
  { region: 'TDMNPB', from: MERGER_DAY, provinces: ['CB', 'LS', 'LCH', 'DB', 'SL', 'LCI', 'TQ', 'TN', 'PT'] },
  {
    region: 'DBSH',
    until: '2025-06-30',
    provinces: ['HN', 'HP', 'QN', 'VP', 'BN', 'HD', 'HY', 'TB', 'HNA', 'ND', 'NB'],
  },
  { region: 'DBSH', from: MERGER_DAY, provinces: ['HN', 'HP', 'QN', 'BN', 'HY', 'NB'] },
  { region: 'BTB_DHMT', until: '2025-06-30', provinces: ['TH', 'NA', 'HT', 'QT', 'HUE', 'DN', 'QNG', 'KH'] },
  { region: 'BTB_DHMT', from: MERGER_DAY, provinces: ['TH', 'NA', 'HT', 'QT', 'HUE', 'DN', 'QNG', 'KH'] },
  { region: 'TAY_NGUYEN', until: '2025-06-30', provinces: ['GL', 'DL', 'LD'] },
  { region: 'TAY_NGUYEN', from: MERGER_DAY, provinces: ['GL', 'DL', 'LD'] },
  { region: 'DNB', until: '2025-06-30', provinces: ['HCM', 'DNA', 'TNI'] },
  { region: 'DNB', from: MERGER_DAY, provinces: ['HCM', 'DNA', 'TNI'] },
  { region: 'DBSCL', until: '2025-06-30', provinces: ['CT', 'VL', 'DT', 'CM', 'AG'] },
  { region: 'DBSCL', from: MERGER_DAY, provinces: ['CT', 'VL', 'DT', 'CM', 'AG'] },
];

const holdsOn = (m: Membership, day: string) => (!m.from || m.from <= day) && (!m.until || day <= m.until);

/** The province codes of a region on a day (YYYY-MM-DD). */
export function regionProvinces(region: RegionKey, day: string): readonly string[] {
  return REGION_MEMBERSHIP.find((m) => m.region === region && holdsOn(m, day))?.provinces ?? [];
}

/** The province codes of a region for a plan year: the units of 1 January of that year. */
export function regionProvincesInYear(region: RegionKey, year: number): readonly string[] {
  return regionProvinces(region, `${String(year).padStart(4, '0')}-01-01`);
}

/** The regions a province belonged to on a day. */
export function regionsOf(provinceCode: string, day: string): RegionKey[] {
  return REGION_MEMBERSHIP.filter((m) => holdsOn(m, day) && m.provinces.includes(provinceCode)).map((m) => m.region);
}

/** 'NORTH' is accepted for the Northern region (the word the web app and the article use). */
export function parseRegion(text: string): RegionKey | null {
  const key = text.trim().toUpperCase();
  if (key === 'NORTH') return 'NORTH_TT26';
  return (REGION_KEYS as readonly string[]).includes(key) ? (key as RegionKey) : null;
}

/** A province's name, current or former (figures of 2022 name Hải Dương). */
export function provinceNameAnyTime(code: string): string {
  return findProvince(code)?.name ?? FORMER_PROVINCES.find((p) => p.code === code)?.name ?? code;
}

/** The code a province has today: a province merged in 2025 reads as the unit it joined (Hải Dương → Hải Phòng). */
export function currentProvinceCode(code: string): string {
  return FORMER_PROVINCES.find((p) => p.code === code)?.mergedInto ?? code;
}

/** Every code, current or former, that reads today as `currentCode` (itself and the provinces merged into it). */
export function provinceCodesNowIn(currentCode: string): string[] {
  return [currentCode, ...FORMER_PROVINCES.filter((p) => p.mergedInto === currentCode).map((p) => p.code)];
}

/** Known province codes, current and former, for input checks. */
export const ANY_TIME_PROVINCE_CODES: readonly string[] = [...PROVINCE_CODES, ...FORMER_PROVINCES.map((p) => p.code)];
