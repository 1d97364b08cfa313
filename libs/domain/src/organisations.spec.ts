/** The organisations people work for, and the Cục's dated names. */
import {
  CUC_NAMES,
  ORGANISATION_KINDS,
  ORGANISATION_KIND_LABELS,
  isNationalKind,
  nameOnDay,
  standardOrganisations,
} from './organisations';
import { PROVINCES } from './provinces';

describe('the Cục’s names through time', () => {
  test.each([
    ['2016-06-30', 'Cục Công Thương địa phương'],
    ['2017-01-01', 'Cục Công Thương địa phương'],
    ['2024-12-31', 'Cục Công Thương địa phương'],
    ['2025-02-28', 'Cục Công Thương địa phương'],
    ['2025-03-01', 'Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công'],
    ['2026-05-04', 'Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công'],
  ])('on %s: %s', (day, name) => {
    expect(nameOnDay(CUC_NAMES, day)).toBe(name);
  });

  test('names are in order of their first day', () => {
    const days = CUC_NAMES.map((n) => n.from);
    expect(days).toEqual([...days].sort());
  });
});

describe('standardOrganisations', () => {
  const seeds = standardOrganisations();

  test('the Ministry and the Cục (by its current name) are national', () => {
    expect(seeds.slice(0, 2)).toEqual([
      { code: 'MOIT', kind: 'MINISTRY', name: 'Bộ Công Thương', provinceCode: null },
      { code: 'CUC', kind: 'CUC', name: 'Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công', provinceCode: null },
    ]);
  });

  test('each province has its Sở Công Thương, UBND tỉnh and Trung tâm Khuyến công', () => {
    expect(seeds).toHaveLength(2 + 3 * PROVINCES.length);
    expect(seeds.filter((s) => s.provinceCode === 'BN')).toEqual([
      { code: 'SCT-BN', kind: 'SO_CONG_THUONG', name: 'Sở Công Thương tỉnh Bắc Ninh', provinceCode: 'BN' },
      { code: 'UBND-BN', kind: 'UBND_TINH', name: 'Ủy ban nhân dân tỉnh Bắc Ninh', provinceCode: 'BN' },
      { code: 'TTKC-BN', kind: 'TTKC', name: 'Trung tâm Khuyến công tỉnh Bắc Ninh', provinceCode: 'BN' },
    ]);
    expect(seeds.find((s) => s.code === 'SCT-HN')?.name).toBe('Sở Công Thương thành phố Hà Nội');
  });

  test('codes are unique; only national kinds lack a province', () => {
    expect(new Set(seeds.map((s) => s.code)).size).toBe(seeds.length);
    for (const seed of seeds) expect(seed.provinceCode === null).toBe(isNationalKind(seed.kind));
  });

  test('every kind has bilingual labels', () => {
    for (const kind of ORGANISATION_KINDS) {
      expect(ORGANISATION_KIND_LABELS[kind].vi.length).toBeGreaterThan(0);
      expect(ORGANISATION_KIND_LABELS[kind].en.length).toBeGreaterThan(0);
    }
  });
});
