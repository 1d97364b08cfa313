import { PROVINCE_CODES } from '../provinces';
import {
  ANY_TIME_PROVINCE_CODES,
  REGION_KEYS,
  currentProvinceCode,
  parseRegion,
  provinceCodesNowIn,
  regionProvincesInYear,
  regionsOf,
} from './regions';

describe('region membership by date', () => {
  test('the Northern region (TT 26/2014) is 28 provinces for 2022 and 18 units from 2026', () => {
    const y2022 = regionProvincesInYear('NORTH_TT26', 2022);
    expect(y2022).toHaveLength(28);
    expect(y2022).toEqual(expect.arrayContaining(['HD', 'BG', 'VP', 'HB', 'HN', 'HT']));
    const y2026 = regionProvincesInYear('NORTH_TT26', 2026);
    expect(y2026).toHaveLength(18);
    expect(y2026).not.toContain('HD');
    expect(y2026.every((code) => PROVINCE_CODES.includes(code))).toBe(true);
  });

  test('a year reads the units of its 1 January: 2025 still counts Hải Dương; the merger day switches', () => {
    expect(regionProvincesInYear('NORTH_TT26', 2025)).toContain('HD');
    expect(regionsOf('HD', '2025-06-30')).toEqual(expect.arrayContaining(['NORTH_TT26', 'DBSH']));
    expect(regionsOf('HD', '2025-07-01')).toEqual([]);
    expect(regionsOf('BG', '2024-05-01')).toContain('TDMNPB');
  });

  test('after the merger every one of the 34 units is in exactly one of the six regions', () => {
    const six = REGION_KEYS.filter((k) => k !== 'NORTH_TT26');
    for (const code of PROVINCE_CODES) {
      expect([code, six.filter((r) => regionProvincesInYear(r, 2026).includes(code))]).toEqual([
        code,
        [expect.any(String)],
      ]);
    }
  });

  test('every listed code is known (current or former)', () => {
    for (const key of REGION_KEYS) {
      for (const year of [2022, 2026]) {
        for (const code of regionProvincesInYear(key, year)) expect(ANY_TIME_PROVINCE_CODES).toContain(code);
      }
    }
  });

  test('region names from a query', () => {
    expect(parseRegion('north')).toBe('NORTH_TT26');
    expect(parseRegion('DBSH')).toBe('DBSH');
    expect(parseRegion('EAST')).toBeNull();
  });
});

describe('provinces read by today’s unit', () => {
  test('a province merged in 2025 reads as the unit it joined; others as themselves', () => {
    expect(currentProvinceCode('HD')).toBe('HP');
    expect(currentProvinceCode('HNA')).toBe('NB');
    expect(currentProvinceCode('HN')).toBe('HN');
  });
  test('today’s unit takes in every province merged into it', () => {
    expect(provinceCodesNowIn('NB').sort()).toEqual(['HNA', 'NB', 'ND']);
    expect(provinceCodesNowIn('HN')).toEqual(['HN']);
  });
});
