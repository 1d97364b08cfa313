/**
 * Vietnamese alphabetical order (Intl.Collator 'vi'): "Bắc Giang" < "Bắc Ninh" < "Cao Bằng", and "Đ" is its own
 * letter after "D" ("Đà Nẵng" after "Dak"). Created on first use: the workflow sandbox imports this module too.
 */
let collator: Intl.Collator | undefined;

export function compareVietnamese(a: string, b: string): number {
  collator ??= new Intl.Collator('vi', { sensitivity: 'variant' });
  return collator.compare(a, b);
}

export interface ProvinceRisk {
  provinceName: string;
  /** Projects with a missed report. */
  late: number;
  /** Projects past their state's time limit. */
  stalled: number;
}

/** How many of a province's projects need attention: late with a report or past their state's time limit. */
export function provinceRiskScore(p: ProvinceRisk): number {
  return p.late + p.stalled;
}

/** Most projects needing attention first, then more late ones, then by name in Vietnamese order. */
export function compareProvincesByRisk(a: ProvinceRisk, b: ProvinceRisk): number {
  return (
    provinceRiskScore(b) - provinceRiskScore(a) || b.late - a.late || compareVietnamese(a.provinceName, b.provinceName)
  );
}
