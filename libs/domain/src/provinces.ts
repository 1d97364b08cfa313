/**
 * The 34 provincial-level units after Nghị quyết 202/2025/QH15 (effective 01/7/2025).
 * Codes are ours: short letters, unique, used in project codes (KCĐP-2026-HN-0001).
 */
export interface Province {
  code: string;
  name: string;
  region: 'NORTH' | 'CENTRAL' | 'SOUTH';
}

export const PROVINCES: readonly Province[] = [
  { code: 'HN', name: 'Hà Nội', region: 'NORTH' },
  { code: 'HP', name: 'Hải Phòng', region: 'NORTH' },
  { code: 'QN', name: 'Quảng Ninh', region: 'NORTH' },
  { code: 'CB', name: 'Cao Bằng', region: 'NORTH' },
  { code: 'LS', name: 'Lạng Sơn', region: 'NORTH' },
  { code: 'LCH', name: 'Lai Châu', region: 'NORTH' },
  { code: 'DB', name: 'Điện Biên', region: 'NORTH' },
  { code: 'SL', name: 'Sơn La', region: 'NORTH' },
  { code: 'LCI', name: 'Lào Cai', region: 'NORTH' },
  { code: 'TQ', name: 'Tuyên Quang', region: 'NORTH' },
  { code: 'TN', name: 'Thái Nguyên', region: 'NORTH' },
  { code: 'PT', name: 'Phú Thọ', region: 'NORTH' },
  { code: 'BN', name: 'Bắc Ninh', region: 'NORTH' },
  { code: 'HY', name: 'Hưng Yên', region: 'NORTH' },
  { code: 'NB', name: 'Ninh Bình', region: 'NORTH' },
  { code: 'TH', name: 'Thanh Hóa', region: 'NORTH' },
  { code: 'NA', name: 'Nghệ An', region: 'NORTH' },
  { code: 'HT', name: 'Hà Tĩnh', region: 'NORTH' },
  { code: 'QT', name: 'Quảng Trị', region: 'CENTRAL' },
  { code: 'HUE', name: 'Huế', region: 'CENTRAL' },
  { code: 'DN', name: 'Đà Nẵng', region: 'CENTRAL' },
  { code: 'QNG', name: 'Quảng Ngãi', region: 'CENTRAL' },
  { code: 'GL', name: 'Gia Lai', region: 'CENTRAL' },
  { code: 'KH', name: 'Khánh Hòa', region: 'CENTRAL' },
  { code: 'DL', name: 'Đắk Lắk', region: 'CENTRAL' },
  { code: 'LD', name: 'Lâm Đồng', region: 'CENTRAL' },
  { code: 'DNA', name: 'Đồng Nai', region: 'SOUTH' },
  { code: 'HCM', name: 'Thành phố Hồ Chí Minh', region: 'SOUTH' },
  { code: 'TNI', name: 'Tây Ninh', region: 'SOUTH' },
  { code: 'CT', name: 'Cần Thơ', region: 'SOUTH' },
  { code: 'VL', name: 'Vĩnh Long', region: 'SOUTH' },
  { code: 'DT', name: 'Đồng Tháp', region: 'SOUTH' },
  { code: 'CM', name: 'Cà Mau', region: 'SOUTH' },
  { code: 'AG', name: 'An Giang', region: 'SOUTH' },
];

export const PROVINCE_CODES: readonly string[] = PROVINCES.map((p) => p.code);

export function findProvince(code: string): Province | undefined {
  return PROVINCES.find((p) => p.code === code);
}

/** The six centrally-run cities (thành phố trực thuộc trung ương) after 01/7/2025. */
const CENTRAL_CITIES: readonly string[] = ['HN', 'HP', 'HUE', 'DN', 'HCM', 'CT'];

/** The province as an official letter names it: "tỉnh Bắc Ninh", "thành phố Hà Nội", "Thành phố Hồ Chí Minh". */
export function provinceTitle(code: string): string {
  const province = findProvince(code);
  if (!province) return code;
  if (province.name.startsWith('Thành phố')) return province.name;
  return `${CENTRAL_CITIES.includes(code) ? 'thành phố' : 'tỉnh'} ${province.name}`;
}
