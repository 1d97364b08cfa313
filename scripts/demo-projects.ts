import type { ProjectState, Scope } from '@kc/domain';

export interface DemoProject {
  scope: Scope;
  provinceCode: string;
  category: string;
  title: string;
  unit: { name: string; email: string };
  beneficiary: string;
  totalCostVnd: number;
  requestedSupportVnd: number;
  plannedStart: string;
  plannedEnd: string;
  /** The state the seed walks it to. */
  target: ProjectState;
}

const HN_UNIT = { name: 'Trung tâm Khuyến công Hà Nội', email: 'unit.hn@demo.local' };
const BN_UNIT = { name: 'Trung tâm Khuyến công và Tư vấn phát triển công nghiệp Bắc Ninh', email: 'unit.bn@demo.local' };

/** A realistic spread of Northern projects in every state (synthetic, after DOMAIN.md section 13.4). */
export const DEMO_PROJECTS: readonly DemoProject[] = [
  {
    scope: 'NATIONAL', provinceCode: 'TN', category: 'MACHINERY', target: 'SETTLED',
    title: 'Hỗ trợ ứng dụng máy sấy bơm nhiệt và dây chuyền sao chè tự động tại HTX chè Tân Cương',
    unit: { name: 'Trung tâm Khuyến công và Tư vấn phát triển công nghiệp Thái Nguyên', email: 'ttkc.tn@demo.local' },
    beneficiary: 'HTX Chè Tân Cương Xanh', totalCostVnd: 1_150_000_000, requestedSupportVnd: 300_000_000,
    plannedStart: '2026-02-01', plannedEnd: '2026-10-31',
  },
  {
    scope: 'NATIONAL', provinceCode: 'BN', category: 'MACHINERY', target: 'IN_PROGRESS',
    title: 'Đề án nhóm: hỗ trợ 5 cơ sở CNNT chế biến vải thiều, mỳ Chũ ứng dụng máy móc thiết bị tiên tiến',
    unit: BN_UNIT, beneficiary: '5 cơ sở CNNT theo kế hoạch Mẫu 11', totalCostVnd: 4_200_000_000,
    requestedSupportVnd: 1_250_000_000, plannedStart: '2026-03-01', plannedEnd: '2026-11-30',
  },
  {
    scope: 'NATIONAL', provinceCode: 'NB', category: 'DEMONSTRATION_MODEL', target: 'ACCEPTED',
    title: 'Xây dựng mô hình trình diễn kỹ thuật sản xuất gạch không nung từ tro xỉ',
    unit: { name: 'Trung tâm Khuyến công Ninh Bình', email: 'ttkc.nb@demo.local' },
    beneficiary: 'Công ty TNHH VLXD Hải Hậu', totalCostVnd: 4_800_000_000, requestedSupportVnd: 1_000_000_000,
    plannedStart: '2026-01-15', plannedEnd: '2026-10-15',
  },
  {
    scope: 'NATIONAL', provinceCode: 'HN', category: 'TRAINING', target: 'SETTLED',
    title: 'Đào tạo nghề mây tre đan xuất khẩu cho 60 lao động xã Phú Nghĩa',
    unit: HN_UNIT, beneficiary: 'Cơ sở mây tre đan Phú Nghĩa', totalCostVnd: 240_000_000, requestedSupportVnd: 240_000_000,
    plannedStart: '2026-03-01', plannedEnd: '2026-08-31',
  },
  {
    scope: 'NATIONAL', provinceCode: 'PT', category: 'PRODUCTS_AND_FAIRS', target: 'COMPLETED_WORK',
    title: 'Đề án điểm: phát triển sản phẩm chè Phú Thọ — đào tạo, máy móc, thương hiệu, hội chợ',
    unit: { name: 'Trung tâm Khuyến công, Tư vấn và Tiết kiệm năng lượng Phú Thọ', email: 'ttkc.pt@demo.local' },
    beneficiary: 'Chuỗi 3 HTX chè Phú Thọ', totalCostVnd: 6_500_000_000, requestedSupportVnd: 2_100_000_000,
    plannedStart: '2026-01-01', plannedEnd: '2026-12-15',
  },
  {
    scope: 'NATIONAL', provinceCode: 'NB', category: 'PRODUCTS_AND_FAIRS', target: 'CONTRACTED',
    title: 'Hội chợ triển lãm hàng công nghiệp nông thôn tiêu biểu khu vực phía Bắc năm 2026',
    unit: { name: 'Sở Công Thương Ninh Bình', email: 'sct.nb@demo.local' }, beneficiary: 'Khoảng 200 gian hàng',
    totalCostVnd: 2_000_000_000, requestedSupportVnd: 2_000_000_000, plannedStart: '2026-09-01', plannedEnd: '2026-12-20',
  },
  {
    scope: 'NATIONAL', provinceCode: 'LCI', category: 'ADVISORY', target: 'TERMINATED',
    title: 'Hỗ trợ xây dựng, đăng ký nhãn hiệu tập thể "Rượu ngô Bắc Hà"',
    unit: { name: 'Trung tâm Khuyến công Lào Cai', email: 'ttkc.lci@demo.local' }, beneficiary: 'Hiệp hội rượu ngô Bắc Hà',
    totalCostVnd: 120_000_000, requestedSupportVnd: 60_000_000, plannedStart: '2026-04-01', plannedEnd: '2026-10-31',
  },
  {
    scope: 'LOCAL', provinceCode: 'HY', category: 'MACHINERY', target: 'CONTRACTED',
    title: 'Hỗ trợ máy móc chế biến long nhãn cho hộ kinh doanh tại xã Khoái Châu',
    unit: { name: 'Trung tâm Khuyến công Hưng Yên', email: 'ttkc.hy@demo.local' }, beneficiary: 'Hộ kinh doanh Nguyễn Văn A',
    totalCostVnd: 450_000_000, requestedSupportVnd: 135_000_000, plannedStart: '2026-05-01', plannedEnd: '2026-11-30',
  },
  {
    scope: 'LOCAL', provinceCode: 'TH', category: 'TRAINING', target: 'SETTLED',
    title: 'Truyền nghề dệt chiếu cói cho 35 lao động xã Nga Sơn',
    unit: { name: 'Trung tâm Khuyến công Thanh Hóa', email: 'ttkc.th@demo.local' }, beneficiary: 'HTX cói Nga Sơn',
    totalCostVnd: 95_000_000, requestedSupportVnd: 95_000_000, plannedStart: '2026-03-15', plannedEnd: '2026-07-31',
  },
  {
    scope: 'LOCAL', provinceCode: 'CB', category: 'MACHINERY', target: 'SUSPENDED',
    title: 'Hỗ trợ dây chuyền sản xuất hương nén tại xã Phia Thắp',
    unit: { name: 'Trung tâm Khuyến công Cao Bằng', email: 'ttkc.cb@demo.local' }, beneficiary: 'Tổ hợp tác hương Phia Thắp',
    totalCostVnd: 300_000_000, requestedSupportVnd: 150_000_000, plannedStart: '2026-04-01', plannedEnd: '2026-12-15',
  },
  {
    scope: 'LOCAL', provinceCode: 'HN', category: 'MACHINERY', target: 'DRAFT',
    title: 'Hỗ trợ máy sấy nông sản cho HTX nông nghiệp xã Đông Anh',
    unit: HN_UNIT, beneficiary: 'HTX nông nghiệp Đông Anh', totalCostVnd: 480_000_000, requestedSupportVnd: 144_000_000,
    plannedStart: '2027-02-01', plannedEnd: '2027-10-31',
  },
  {
    scope: 'LOCAL', provinceCode: 'HN', category: 'COMMUNICATION', target: 'SUBMITTED',
    title: 'Phóng sự truyền hình giới thiệu làng nghề gốm Bát Tràng',
    unit: HN_UNIT, beneficiary: 'Làng nghề gốm Bát Tràng', totalCostVnd: 180_000_000, requestedSupportVnd: 180_000_000,
    plannedStart: '2027-03-01', plannedEnd: '2027-09-30',
  },
  {
    scope: 'LOCAL', provinceCode: 'HN', category: 'CAPACITY_BUILDING', target: 'BASE_APPRAISAL',
    title: 'Tập huấn sản xuất sạch hơn cho 40 cơ sở chế biến nông sản',
    unit: HN_UNIT, beneficiary: '40 cơ sở chế biến nông sản', totalCostVnd: 150_000_000, requestedSupportVnd: 150_000_000,
    plannedStart: '2027-04-01', plannedEnd: '2027-08-31',
  },
  {
    scope: 'NATIONAL', provinceCode: 'HN', category: 'CLUSTERS_AND_ENVIRONMENT', target: 'MINISTRY_APPRAISAL',
    title: 'Hỗ trợ sửa chữa hệ thống xử lý nước thải cụm công nghiệp làng nghề Phú Xuyên',
    unit: HN_UNIT, beneficiary: 'Cụm công nghiệp Phú Xuyên', totalCostVnd: 5_000_000_000, requestedSupportVnd: 1_500_000_000,
    plannedStart: '2027-03-01', plannedEnd: '2027-12-15',
  },
  {
    scope: 'LOCAL', provinceCode: 'HN', category: 'ADVISORY', target: 'RETURNED',
    title: 'Tư vấn thiết kế bao bì cho sản phẩm miến dong Minh Hồng',
    unit: HN_UNIT, beneficiary: 'Cơ sở miến dong Minh Hồng', totalCostVnd: 70_000_000, requestedSupportVnd: 35_000_000,
    plannedStart: '2027-02-15', plannedEnd: '2027-06-30',
  },
  {
    scope: 'LOCAL', provinceCode: 'BN', category: 'DEMONSTRATION_MODEL', target: 'REJECTED',
    title: 'Mô hình trình diễn lò đốt than củi cải tiến',
    unit: BN_UNIT, beneficiary: 'Cơ sở than củi Yên Phong', totalCostVnd: 600_000_000, requestedSupportVnd: 180_000_000,
    plannedStart: '2027-03-01', plannedEnd: '2027-10-31',
  },
  {
    scope: 'LOCAL', provinceCode: 'BN', category: 'MACHINERY', target: 'APPROVED',
    title: 'Hỗ trợ máy cắt CNC cho cơ sở đồ gỗ mỹ nghệ Đồng Kỵ',
    unit: BN_UNIT, beneficiary: 'Cơ sở đồ gỗ Đồng Kỵ', totalCostVnd: 900_000_000, requestedSupportVnd: 270_000_000,
    plannedStart: '2026-06-01', plannedEnd: '2026-12-15',
  },
  {
    scope: 'LOCAL', provinceCode: 'HN', category: 'PRODUCTS_AND_FAIRS', target: 'WITHDRAWN',
    title: 'Tham gia hội chợ hàng thủ công mỹ nghệ tại TP Hồ Chí Minh',
    unit: HN_UNIT, beneficiary: 'Cơ sở sơn mài Hạ Thái', totalCostVnd: 60_000_000, requestedSupportVnd: 48_000_000,
    plannedStart: '2026-09-01', plannedEnd: '2026-10-31',
  },
  {
    scope: 'LOCAL', provinceCode: 'HN', category: 'MACHINERY', target: 'IN_PROGRESS',
    title: 'Hỗ trợ dây chuyền đóng gói tự động cho cơ sở bánh chưng Tranh Khúc',
    unit: HN_UNIT, beneficiary: 'Cơ sở bánh chưng Tranh Khúc', totalCostVnd: 700_000_000, requestedSupportVnd: 210_000_000,
    plannedStart: '2026-04-01', plannedEnd: '2026-12-20',
  },
];
