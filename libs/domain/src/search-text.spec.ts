import { foldForSearch, projectSearchText } from './search-text';
import { compareProvincesByRisk, compareVietnamese } from './province-order';

describe('foldForSearch', () => {
  it.each([
    ['Bánh chưng', 'banh chung'],
    ['MÁY SẤY nông sản', 'may say nong san'],
    ['KCĐP-2026-HN-0002', 'kcdp-2026-hn-0002'],
    ['đ Đ', 'd d'],
    ['Ăn ẩm ấm ầm ợ ự Ỳ', 'an am am am o u y'],
    ['  Hợp tác   xã\tchè\nTân Cương ', 'hop tac xa che tan cuong'],
  ])('%j → %j', (text, folded) => {
    expect(foldForSearch(text)).toBe(folded);
  });

  it('gives one spelling for NFC and NFD input', () => {
    const nfc = 'Cơ sở mây tre đan Phú Nghĩa'.normalize('NFC');
    const nfd = nfc.normalize('NFD');
    expect(nfd).not.toBe(nfc);
    expect(foldForSearch(nfd)).toBe(foldForSearch(nfc));
    expect(foldForSearch(nfc)).toBe('co so may tre dan phu nghia');
  });

  it('keeps what is not Vietnamese lettering', () => {
    expect(foldForSearch('50% vốn_góp (2026)')).toBe('50% von_gop (2026)');
    expect(foldForSearch('')).toBe('');
  });
});

describe('projectSearchText', () => {
  const text = projectSearchText({
    code: 'KCĐP-2026-HN-0002',
    title: 'Hỗ trợ máy sấy bánh chưng',
    implementingUnitName: 'Trung tâm Khuyến công Hà Nội',
    beneficiary: 'HTX Bánh chưng Tranh Khúc',
  });

  it('holds every field folded, one per line', () => {
    expect(text.split('\n')).toEqual([
      'kcdp-2026-hn-0002',
      'ho tro may say banh chung',
      'trung tam khuyen cong ha noi',
      'htx banh chung tranh khuc',
    ]);
  });

  it('is matched by a folded query inside one field but not across two', () => {
    expect(text.includes(foldForSearch('máy sấy'))).toBe(true);
    expect(text.includes(foldForSearch('KCDP-2026-HN-0002'))).toBe(true);
    expect(text.includes(foldForSearch('0002 ho tro'))).toBe(false);
  });
});

describe('Vietnamese order of provinces', () => {
  it('sorts names letter by letter, with Đ after D', () => {
    const names = ['Đồng Nai', 'Cao Bằng', 'Bắc Ninh', 'Điện Biên', 'Bắc Giang', 'Đà Nẵng', 'Dak Nông', 'An Giang'];
    expect([...names].sort(compareVietnamese)).toEqual([
      'An Giang',
      'Bắc Giang',
      'Bắc Ninh',
      'Cao Bằng',
      'Dak Nông',
      'Đà Nẵng',
      'Điện Biên',
      'Đồng Nai',
    ]);
  });

  it('puts the provinces with most projects needing attention first, then by name', () => {
    const p = (provinceName: string, late: number, stalled: number) => ({ provinceName, late, stalled });
    const sorted = [
      p('Cao Bằng', 0, 0),
      p('Đà Nẵng', 1, 1),
      p('Bắc Ninh', 0, 0),
      p('Bắc Giang', 0, 0),
      p('Hà Nội', 2, 3),
    ]
      .sort(compareProvincesByRisk)
      .map((x) => x.provinceName);
    expect(sorted).toEqual(['Hà Nội', 'Đà Nẵng', 'Bắc Giang', 'Bắc Ninh', 'Cao Bằng']);
  });
});
