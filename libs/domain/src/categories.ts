/** Content areas of khuyến công (Nghị định 45/2012/NĐ-CP, Art. 4). */
export const CATEGORIES = [
  { code: 'TRAINING', vi: 'Đào tạo nghề, truyền nghề', en: 'Vocational training and craft transfer' },
  { code: 'CAPACITY_BUILDING', vi: 'Nâng cao năng lực quản lý, sản xuất sạch hơn', en: 'Capacity building' },
  {
    code: 'DEMONSTRATION_MODEL',
    vi: 'Mô hình trình diễn kỹ thuật, chuyển giao công nghệ',
    en: 'Demonstration models and technology transfer',
  },
  { code: 'MACHINERY', vi: 'Ứng dụng máy móc thiết bị tiên tiến', en: 'Advanced machinery and equipment' },
  {
    code: 'PRODUCTS_AND_FAIRS',
    vi: 'Sản phẩm công nghiệp nông thôn tiêu biểu, hội chợ, triển lãm',
    en: 'Model products, fairs and exhibitions',
  },
  { code: 'ADVISORY', vi: 'Tư vấn, hỗ trợ cơ sở công nghiệp nông thôn', en: 'Advisory support' },
  { code: 'COMMUNICATION', vi: 'Thông tin, tuyên truyền', en: 'Information and communications' },
  {
    code: 'CLUSTERS_AND_ENVIRONMENT',
    vi: 'Liên kết, cụm công nghiệp, xử lý ô nhiễm môi trường',
    en: 'Linkages, industrial clusters and pollution treatment',
  },
  { code: 'INTERNATIONAL', vi: 'Hợp tác quốc tế về khuyến công', en: 'International cooperation' },
  {
    code: 'PROGRAMME_MANAGEMENT',
    vi: 'Quản lý, tổ chức thực hiện chương trình khuyến công',
    en: 'Programme management',
  },
] as const;

export type CategoryCode = (typeof CATEGORIES)[number]['code'];
export const CATEGORY_CODES: readonly string[] = CATEGORIES.map((c) => c.code);
