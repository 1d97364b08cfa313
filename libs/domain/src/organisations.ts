/**
 * The organisations people work for (DOMAIN.md §3): the Ministry, its central department (Cục), and in each
 * province the Department of Industry and Trade (Sở Công Thương), the People's Committee (UBND tỉnh) and the
 * promotion centre (Trung tâm Khuyến công); commune People's Committees and other implementing units as needed.
 */
import { PROVINCES, provinceTitle } from './provinces';

export const ORGANISATION_KINDS = [
  'MINISTRY',
  'CUC',
  'SO_CONG_THUONG',
  'UBND_TINH',
  'TTKC',
  'UBND_XA',
  'UNIT',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const ORGANISATION_KIND_LABELS: Record<OrganisationKind, { vi: string; en: string }> = {
  MINISTRY: { vi: 'Bộ Công Thương', en: 'Ministry of Industry and Trade' },
  CUC: { vi: 'Cục (cơ quan quản lý khuyến công quốc gia)', en: 'Central department' },
  SO_CONG_THUONG: { vi: 'Sở Công Thương', en: 'Provincial Department of Industry and Trade' },
  UBND_TINH: { vi: 'Ủy ban nhân dân tỉnh', en: "Provincial People's Committee" },
  TTKC: { vi: 'Trung tâm Khuyến công', en: 'Industrial promotion centre' },
  UBND_XA: { vi: 'Ủy ban nhân dân xã', en: "Commune People's Committee" },
  UNIT: { vi: 'Đơn vị thực hiện', en: 'Implementing unit' },
};

/** National organisations have no province; every other kind belongs to one. */
export const NATIONAL_KINDS: readonly OrganisationKind[] = ['MINISTRY', 'CUC'];

export function isNationalKind(kind: OrganisationKind): boolean {
  return NATIONAL_KINDS.includes(kind);
}

/** A name an organisation bore from a day on (the Cục was renamed in 2025 by Nghị định 40/2025/NĐ-CP). */
export interface DatedName {
  from: string;
  name: string;
}

/** The central department's names through time [F]: records before 2025 keep the old name. */
export const CUC_NAMES: readonly DatedName[] = [
  { from: '2017-01-01', name: 'Cục Công Thương địa phương' },
  { from: '2025-03-01', name: 'Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công' },
];

/** The name in force on a day (YYYY-MM-DD): the last entry whose `from` is not after it, else the first. */
export function nameOnDay(names: readonly DatedName[], day: string): string {
  let current = names[0].name;
  for (const entry of names) if (entry.from <= day) current = entry.name;
  return current;
}

export interface OrganisationSeed {
  /** Stable code: MOIT, CUC, SCT-HN, UBND-HN, TTKC-HN, ... */
  code: string;
  kind: OrganisationKind;
  name: string;
  provinceCode: string | null;
}

/** The organisations every installation has: the Ministry, the Cục, and each province's Sở, UBND and centre. */
export function standardOrganisations(): OrganisationSeed[] {
  const seeds: OrganisationSeed[] = [
    { code: 'MOIT', kind: 'MINISTRY', name: 'Bộ Công Thương', provinceCode: null },
    { code: 'CUC', kind: 'CUC', name: CUC_NAMES[CUC_NAMES.length - 1].name, provinceCode: null },
  ];
  for (const province of PROVINCES) {
    seeds.push(
      {
        code: `SCT-${province.code}`,
        kind: 'SO_CONG_THUONG',
        name: `Sở Công Thương ${provinceTitle(province.code)}`,
        provinceCode: province.code,
      },
      {
        code: `UBND-${province.code}`,
        kind: 'UBND_TINH',
        name: `Ủy ban nhân dân ${provinceTitle(province.code)}`,
        provinceCode: province.code,
      },
      {
        code: `TTKC-${province.code}`,
        kind: 'TTKC',
        name: `Trung tâm Khuyến công ${provinceTitle(province.code)}`,
        provinceCode: province.code,
      },
    );
  }
  return seeds;
}
