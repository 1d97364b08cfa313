/** Reference data and small helpers: project codes, provinces, categories, ISO dates. */
import { formatProjectCode, projectCodePrefix, workflowIdForProject } from './project-code';
import { PROVINCES, PROVINCE_CODES, findProvince } from './provinces';
import { CATEGORIES, CATEGORY_CODES } from './categories';
import { isIsoDate } from './dates';

describe('project codes', () => {
  test.each([
    ['LOCAL', 2026, 'HN', 1, 'KCĐP-2026-HN-0001'],
    ['NATIONAL', 2026, 'BN', 12, 'KCQG-2026-BN-0012'],
    ['LOCAL', 2027, 'HCM', 345, 'KCĐP-2027-HCM-0345'],
    ['NATIONAL', 2026, 'LCI', 9999, 'KCQG-2026-LCI-9999'],
    ['LOCAL', 2026, 'HN', 12345, 'KCĐP-2026-HN-12345'],
  ] as const)('%s %d %s #%d → %s', (scope, year, province, serial, code) => {
    expect(formatProjectCode(scope, year, province, serial)).toBe(code);
  });

  test('prefixes and workflow ids', () => {
    expect(projectCodePrefix('NATIONAL')).toBe('KCQG');
    expect(projectCodePrefix('LOCAL')).toBe('KCĐP');
    expect(workflowIdForProject('KCĐP-2026-HN-0001')).toBe('project-KCĐP-2026-HN-0001');
  });
});

describe('provinces', () => {
  test('34 provincial-level units with unique codes and names', () => {
    expect(PROVINCES).toHaveLength(34);
    expect(new Set(PROVINCE_CODES).size).toBe(34);
    expect(new Set(PROVINCES.map((p) => p.name)).size).toBe(34);
  });

  test('codes are short upper-case letters; every region is known', () => {
    for (const p of PROVINCES) {
      expect(p.code).toMatch(/^[A-Z]{2,3}$/);
      expect(['NORTH', 'CENTRAL', 'SOUTH']).toContain(p.region);
    }
  });

  test('HN and BN are present; findProvince looks them up', () => {
    expect(PROVINCE_CODES).toEqual(expect.arrayContaining(['HN', 'BN', 'HCM', 'DN']));
    expect(findProvince('HN')).toEqual({ code: 'HN', name: 'Hà Nội', region: 'NORTH' });
    expect(findProvince('BN')?.name).toBe('Bắc Ninh');
    expect(findProvince('XX')).toBeUndefined();
    expect(findProvince('hn')).toBeUndefined();
  });
});

describe('categories', () => {
  test('the 10 content areas, unique, each with Vietnamese and English labels', () => {
    expect(CATEGORY_CODES).toEqual([
      'TRAINING',
      'CAPACITY_BUILDING',
      'DEMONSTRATION_MODEL',
      'MACHINERY',
      'PRODUCTS_AND_FAIRS',
      'ADVISORY',
      'COMMUNICATION',
      'CLUSTERS_AND_ENVIRONMENT',
      'INTERNATIONAL',
      'PROGRAMME_MANAGEMENT',
    ]);
    expect(new Set(CATEGORY_CODES).size).toBe(10);
    for (const c of CATEGORIES) {
      expect(c.vi.length).toBeGreaterThan(0);
      expect(c.en.length).toBeGreaterThan(0);
    }
  });
});

describe('isIsoDate', () => {
  test.each(['2026-01-01', '2026-02-28', '2024-02-29', '2000-02-29', '2026-12-31', '1999-04-30'])(
    '%s is a date',
    (d) => {
      expect(isIsoDate(d)).toBe(true);
    },
  );

  test.each<unknown>([
    '2026-02-30',
    '2026-02-29',
    '1900-02-29',
    '2026-04-31',
    '2026-13-01',
    '2026-00-10',
    '2026-01-00',
    '2026-1-5',
    '26-01-05',
    '2026/01/05',
    '05-01-2026',
    '2026-01-05T00:00:00Z',
    ' 2026-01-05',
    '2026-01-05 ',
    '',
    'yyyy-mm-dd',
    20260105,
    null,
    undefined,
    new Date('2026-01-05'),
  ])('%p is not', (d) => {
    expect(isIsoDate(d)).toBe(false);
  });
});
