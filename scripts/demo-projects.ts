import { addDays, addMonthsClamped, lastDayOfMonth } from '@kc/domain';
import type { PilotTerms, PlannedBeneficiary, ProjectState, Scope } from '@kc/domain';

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
  /**
   * The contract's date (default: the day of the seed). A date months ago makes the monthly reports due since
   * then owed at once, each already late: the late-reports queue and the escalations show them right away.
   */
  contractDate?: string;
  /** How many of the oldest reports already due the seed submits (late); the later ones stay missing. */
  lateReportsIn?: number;
  /**
   * A per-project policy set right after creation: 'MINUTES' reports every 2 minutes (the project to watch
   * reminders arrive); 'STALL' gives its waiting state a limit of seconds, since a stall clock counts from
   * when the state was entered (the seed) and the default limits would first fire weeks after a start.
   */
  demoPolicy?: 'MINUTES' | 'STALL';
  /** A group project (đề án nhóm): its implementation plan (Mẫu 11), approved by the Department before the contract. */
  groupPlan?: PlannedBeneficiary[];
  /** A pilot project (đề án điểm): linked content areas and its support by year. */
  pilot?: PilotTerms;
}

const HN_UNIT = { name: 'Trung tâm Khuyến công Hà Nội', email: 'unit.hn@demo.local' };
const BN_UNIT = {
  name: 'Trung tâm Khuyến công và Tư vấn phát triển công nghiệp Bắc Ninh',
  email: 'unit.bn@demo.local',
};

/** The `day` of the month `monthsAgo` months before `today` (both local days, YYYY-MM-DD). */
function dayMonthsAgo(today: string, monthsAgo: number, day: number): string {
  const month = addMonthsClamped(today, -monthsAgo).slice(0, 7);
  const last = lastDayOfMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7)));
  return `${month}-${String(Math.min(day, last)).padStart(2, '0')}`;
}

/** The `day` of the month `months` months after `today`. */
const dayMonthsAhead = (today: string, months: number, day: number) => dayMonthsAgo(today, -months, day);

/**
 * A realistic spread of Northern projects in every state (synthetic, after DOMAIN.md section 13.4), dated
 * around `today`: monthly-policy projects in Hà Nội, Bắc Ninh, Hưng Yên, Ninh Bình and Thái Nguyên whose
 * contracts were signed months ago, some reports in late and the last months' missing; projects waiting past
 * their limits; one project on a 2-minute policy, labelled so, to watch reminders arrive.
 */
export function demoProjects(today: string): DemoProject[] {
  const ago = (months: number, day: number) => dayMonthsAgo(today, months, day);
  const ahead = (months: number, day: number) => dayMonthsAhead(today, months, day);
  const year = Number(today.slice(0, 4));
  return [
    // Contracts signed months ago, on the default monthly policy (due on the 25th, Vietnamese working days).
    {
      scope: 'LOCAL',
      provinceCode: 'HN',
      category: 'MACHINERY',
      target: 'IN_PROGRESS',
      title: 'Hỗ trợ máy sấy bơm nhiệt và máy đóng gói cho cơ sở chế biến nông sản Minh Phú, xã Sóc Sơn',
      unit: HN_UNIT,
      beneficiary: 'Cơ sở chế biến nông sản Minh Phú',
      totalCostVnd: 860_000_000,
      requestedSupportVnd: 258_000_000,
      plannedStart: ago(4, 1),
      plannedEnd: ahead(5, 30),
      contractDate: ago(4, 8),
      lateReportsIn: 2,
    },
    {
      scope: 'LOCAL',
      provinceCode: 'HN',
      category: 'TRAINING',
      target: 'IN_PROGRESS',
      title: 'Đào tạo nghề thêu ren cho 40 lao động nông thôn xã Quất Động',
      unit: HN_UNIT,
      beneficiary: 'HTX thêu ren Quất Động',
      totalCostVnd: 185_000_000,
      requestedSupportVnd: 185_000_000,
      plannedStart: ago(3, 15),
      plannedEnd: ahead(3, 15),
      contractDate: ago(3, 12),
      lateReportsIn: 1,
    },
    {
      scope: 'LOCAL',
      provinceCode: 'HN',
      category: 'DEMONSTRATION_MODEL',
      target: 'CONTRACTED',
      title: 'Xây dựng mô hình trình diễn lò nung gốm sứ bằng khí hóa lỏng tiết kiệm năng lượng tại Bát Tràng',
      unit: HN_UNIT,
      beneficiary: 'Công ty TNHH Gốm sứ Quang Vinh',
      totalCostVnd: 1_600_000_000,
      requestedSupportVnd: 480_000_000,
      plannedStart: ago(2, 1),
      plannedEnd: ahead(6, 30),
      contractDate: ago(2, 3),
      lateReportsIn: 0,
    },
    {
      scope: 'LOCAL',
      provinceCode: 'BN',
      category: 'MACHINERY',
      target: 'IN_PROGRESS',
      title: 'Hỗ trợ dây chuyền xeo giấy và máy cắt tự động cho cơ sở sản xuất giấy làng nghề Phong Khê',
      unit: BN_UNIT,
      beneficiary: 'Công ty TNHH Giấy Thành Đạt',
      totalCostVnd: 2_350_000_000,
      requestedSupportVnd: 705_000_000,
      plannedStart: ago(5, 1),
      plannedEnd: ahead(4, 30),
      contractDate: ago(5, 10),
      lateReportsIn: 3,
    },
    {
      scope: 'LOCAL',
      provinceCode: 'BN',
      category: 'MACHINERY',
      target: 'CONTRACTED',
      title: 'Hỗ trợ máy đúc và máy mài đánh bóng cho cơ sở đúc đồng Đại Bái',
      unit: BN_UNIT,
      beneficiary: 'Cơ sở đúc đồng Nguyễn Văn Thịnh',
      totalCostVnd: 720_000_000,
      requestedSupportVnd: 216_000_000,
      plannedStart: ago(2, 10),
      plannedEnd: ahead(5, 15),
      contractDate: ago(2, 14),
      lateReportsIn: 1,
    },
    {
      scope: 'NATIONAL',
      provinceCode: 'BN',
      category: 'MACHINERY',
      target: 'IN_PROGRESS',
      // Its planned end has passed: it also waits past its limit in IN_PROGRESS (counted from the planned end).
      title: 'Đề án nhóm: hỗ trợ 5 cơ sở CNNT chế biến vải thiều, mỳ Chũ ứng dụng máy móc thiết bị tiên tiến',
      unit: BN_UNIT,
      beneficiary: '5 cơ sở CNNT theo kế hoạch Mẫu 11',
      totalCostVnd: 4_200_000_000,
      requestedSupportVnd: 1_250_000_000,
      groupPlan: [
        { name: 'HTX Chế biến vải thiều Thanh Hà', site: 'xã Thanh Hà, Bắc Ninh', supportVnd: 280_000_000 },
        { name: 'Cơ sở sấy vải Phúc Hòa', site: 'xã Phúc Hòa, Bắc Ninh', supportVnd: 250_000_000 },
        { name: 'HTX Mỳ Chũ Nghĩa Hồ', site: 'xã Chũ, Bắc Ninh', supportVnd: 260_000_000 },
        { name: 'Cơ sở sản xuất mỳ gạo Thủ Dương', site: 'xã Chũ, Bắc Ninh', supportVnd: 230_000_000 },
        { name: 'Công ty TNHH Nông sản Lục Ngạn', site: 'xã Lục Ngạn, Bắc Ninh', supportVnd: 230_000_000 },
      ],
      plannedStart: ago(4, 1),
      plannedEnd: addDays(today, -12),
      contractDate: ago(4, 12),
      lateReportsIn: 3,
    },
    {
      scope: 'LOCAL',
      provinceCode: 'HY',
      category: 'MACHINERY',
      target: 'CONTRACTED',
      title: 'Hỗ trợ máy bóc vỏ, máy sấy long nhãn cho hộ kinh doanh tại xã Khoái Châu',
      unit: { name: 'Trung tâm Khuyến công Hưng Yên', email: 'ttkc.hy@demo.local' },
      beneficiary: 'Hộ kinh doanh Nguyễn Văn Hòa',
      totalCostVnd: 450_000_000,
      requestedSupportVnd: 135_000_000,
      plannedStart: ago(2, 15),
      plannedEnd: ahead(4, 30),
      contractDate: ago(2, 20),
      lateReportsIn: 0,
    },
    {
      scope: 'NATIONAL',
      provinceCode: 'NB',
      category: 'PRODUCTS_AND_FAIRS',
      target: 'CONTRACTED',
      title: 'Hội chợ triển lãm hàng công nghiệp nông thôn tiêu biểu khu vực phía Bắc',
      unit: { name: 'Sở Công Thương Ninh Bình', email: 'sct.nb@demo.local' },
      beneficiary: 'Khoảng 200 gian hàng',
      totalCostVnd: 2_000_000_000,
      requestedSupportVnd: 2_000_000_000,
      plannedStart: ago(3, 1),
      plannedEnd: ahead(1, 20),
      contractDate: ago(3, 5),
      lateReportsIn: 2,
    },
    {
      scope: 'LOCAL',
      provinceCode: 'TN',
      category: 'MACHINERY',
      target: 'IN_PROGRESS',
      title: 'Hỗ trợ máy vò, máy sao chè tự động cho HTX chè La Bằng',
      unit: { name: 'Trung tâm Khuyến công và Tư vấn phát triển công nghiệp Thái Nguyên', email: 'ttkc.tn@demo.local' },
      beneficiary: 'HTX chè La Bằng',
      totalCostVnd: 390_000_000,
      requestedSupportVnd: 117_000_000,
      plannedStart: ago(3, 1),
      plannedEnd: ahead(3, 31),
      contractDate: ago(3, 2),
      lateReportsIn: 3,
    },
    // Waiting past their limits (stalled queue).
    {
      scope: 'LOCAL',
      provinceCode: 'HN',
      category: 'COMMUNICATION',
      target: 'SUBMITTED',
      title: 'Phóng sự truyền hình giới thiệu làng nghề gốm Bát Tràng',
      unit: HN_UNIT,
      beneficiary: 'Làng nghề gốm Bát Tràng',
      totalCostVnd: 180_000_000,
      requestedSupportVnd: 180_000_000,
      plannedStart: ahead(3, 1),
      plannedEnd: ahead(9, 30),
      demoPolicy: 'STALL',
    },
    {
      scope: 'LOCAL',
      provinceCode: 'HN',
      category: 'CAPACITY_BUILDING',
      target: 'BASE_APPRAISAL',
      title: 'Tập huấn sản xuất sạch hơn cho 40 cơ sở chế biến nông sản',
      unit: HN_UNIT,
      beneficiary: '40 cơ sở chế biến nông sản',
      totalCostVnd: 150_000_000,
      requestedSupportVnd: 150_000_000,
      plannedStart: ahead(4, 1),
      plannedEnd: ahead(8, 31),
      demoPolicy: 'STALL',
    },
    {
      scope: 'LOCAL',
      provinceCode: 'BN',
      category: 'MACHINERY',
      target: 'APPROVED',
      title: 'Hỗ trợ máy cắt CNC cho cơ sở đồ gỗ mỹ nghệ Đồng Kỵ',
      unit: BN_UNIT,
      beneficiary: 'Cơ sở đồ gỗ Đồng Kỵ',
      totalCostVnd: 900_000_000,
      requestedSupportVnd: 270_000_000,
      plannedStart: ahead(1, 1),
      plannedEnd: ahead(7, 15),
      demoPolicy: 'STALL',
    },
    {
      scope: 'NATIONAL',
      provinceCode: 'HN',
      category: 'CLUSTERS_AND_ENVIRONMENT',
      target: 'MINISTRY_APPRAISAL',
      title: 'Hỗ trợ sửa chữa hệ thống xử lý nước thải cụm công nghiệp làng nghề Phú Xuyên',
      unit: HN_UNIT,
      beneficiary: 'Cụm công nghiệp Phú Xuyên',
      totalCostVnd: 5_000_000_000,
      requestedSupportVnd: 1_500_000_000,
      plannedStart: ahead(3, 1),
      plannedEnd: ahead(12, 15),
    },
    // The minutes-long project: a report every 2 minutes, to watch reminders and escalations arrive.
    {
      scope: 'LOCAL',
      provinceCode: 'HN',
      category: 'MACHINERY',
      target: 'IN_PROGRESS',
      title: '[Demo nhắc hạn 2 phút] Hỗ trợ dây chuyền đóng gói tự động cho cơ sở bánh chưng Tranh Khúc',
      demoPolicy: 'MINUTES',
      unit: HN_UNIT,
      beneficiary: 'Cơ sở bánh chưng Tranh Khúc',
      totalCostVnd: 700_000_000,
      requestedSupportVnd: 210_000_000,
      plannedStart: addDays(today, -14),
      plannedEnd: ahead(6, 20),
    },
    // Every other state. Projects the seed moves on past their reporting months have their contract dated the day
    // of the seed and a planned end still ahead: passing through IN_PROGRESS must not owe reports or stall.
    {
      scope: 'NATIONAL',
      provinceCode: 'TN',
      category: 'MACHINERY',
      target: 'SETTLED',
      title: 'Hỗ trợ ứng dụng máy sấy bơm nhiệt và dây chuyền sao chè tự động tại HTX chè Tân Cương',
      unit: { name: 'Trung tâm Khuyến công và Tư vấn phát triển công nghiệp Thái Nguyên', email: 'ttkc.tn@demo.local' },
      beneficiary: 'HTX Chè Tân Cương Xanh',
      totalCostVnd: 1_150_000_000,
      requestedSupportVnd: 300_000_000,
      plannedStart: ago(10, 1),
      plannedEnd: addDays(today, 14),
    },
    {
      scope: 'NATIONAL',
      provinceCode: 'NB',
      category: 'DEMONSTRATION_MODEL',
      target: 'ACCEPTED',
      title: 'Xây dựng mô hình trình diễn kỹ thuật sản xuất gạch không nung từ tro xỉ',
      unit: { name: 'Trung tâm Khuyến công Ninh Bình', email: 'ttkc.nb@demo.local' },
      beneficiary: 'Công ty TNHH VLXD Hải Hậu',
      totalCostVnd: 4_800_000_000,
      requestedSupportVnd: 1_000_000_000,
      plannedStart: ago(10, 15),
      plannedEnd: addDays(today, 10),
    },
    {
      scope: 'NATIONAL',
      provinceCode: 'HN',
      category: 'TRAINING',
      target: 'SETTLED',
      title: 'Đào tạo nghề mây tre đan xuất khẩu cho 60 lao động xã Phú Nghĩa',
      unit: HN_UNIT,
      beneficiary: 'Cơ sở mây tre đan Phú Nghĩa',
      totalCostVnd: 240_000_000,
      requestedSupportVnd: 240_000_000,
      plannedStart: ago(9, 1),
      plannedEnd: addDays(today, 7),
    },
    {
      scope: 'NATIONAL',
      provinceCode: 'PT',
      category: 'PRODUCTS_AND_FAIRS',
      target: 'COMPLETED_WORK',
      title: 'Đề án điểm: phát triển sản phẩm chè Phú Thọ — đào tạo, máy móc, thương hiệu, hội chợ',
      unit: { name: 'Trung tâm Khuyến công, Tư vấn và Tiết kiệm năng lượng Phú Thọ', email: 'ttkc.pt@demo.local' },
      beneficiary: 'Chuỗi 3 HTX chè Phú Thọ',
      totalCostVnd: 6_500_000_000,
      requestedSupportVnd: 2_100_000_000,
      // Over this year and the next, this year's part the larger: its advance (half the support) fits 70% of it.
      plannedStart: `${year}-01-02`,
      plannedEnd: `${year + 1}-06-30`,
      pilot: {
        linkedCategories: ['TRAINING', 'MACHINERY'],
        years: [
          { year, supportVnd: 1_600_000_000 },
          { year: year + 1, supportVnd: 500_000_000 },
        ],
      },
    },
    {
      scope: 'NATIONAL',
      provinceCode: 'LCI',
      category: 'ADVISORY',
      target: 'TERMINATED',
      title: 'Hỗ trợ xây dựng, đăng ký nhãn hiệu tập thể "Rượu ngô Bắc Hà"',
      unit: { name: 'Trung tâm Khuyến công Lào Cai', email: 'ttkc.lci@demo.local' },
      beneficiary: 'Hiệp hội rượu ngô Bắc Hà',
      totalCostVnd: 120_000_000,
      requestedSupportVnd: 60_000_000,
      plannedStart: ago(8, 1),
      plannedEnd: ahead(1, 31),
    },
    {
      scope: 'LOCAL',
      provinceCode: 'TH',
      category: 'TRAINING',
      target: 'SETTLED',
      title: 'Truyền nghề dệt chiếu cói cho 35 lao động xã Nga Sơn',
      unit: { name: 'Trung tâm Khuyến công Thanh Hóa', email: 'ttkc.th@demo.local' },
      beneficiary: 'HTX cói Nga Sơn',
      totalCostVnd: 95_000_000,
      requestedSupportVnd: 95_000_000,
      plannedStart: ago(8, 15),
      plannedEnd: addDays(today, 5),
    },
    {
      scope: 'LOCAL',
      provinceCode: 'CB',
      category: 'MACHINERY',
      target: 'SUSPENDED',
      title: 'Hỗ trợ dây chuyền sản xuất hương nén tại xã Phia Thắp',
      unit: { name: 'Trung tâm Khuyến công Cao Bằng', email: 'ttkc.cb@demo.local' },
      beneficiary: 'Tổ hợp tác hương Phia Thắp',
      totalCostVnd: 300_000_000,
      requestedSupportVnd: 90_000_000,
      plannedStart: addDays(today, -20),
      plannedEnd: ahead(6, 15),
    },
    {
      scope: 'LOCAL',
      provinceCode: 'HN',
      category: 'MACHINERY',
      target: 'DRAFT',
      title: 'Hỗ trợ máy sấy nông sản cho HTX nông nghiệp xã Đông Anh',
      unit: HN_UNIT,
      beneficiary: 'HTX nông nghiệp Đông Anh',
      totalCostVnd: 480_000_000,
      requestedSupportVnd: 144_000_000,
      plannedStart: ahead(2, 1),
      plannedEnd: ahead(10, 31),
    },
    {
      scope: 'LOCAL',
      provinceCode: 'HN',
      category: 'ADVISORY',
      target: 'RETURNED',
      title: 'Tư vấn thiết kế bao bì cho sản phẩm miến dong Minh Hồng',
      unit: HN_UNIT,
      beneficiary: 'Cơ sở miến dong Minh Hồng',
      totalCostVnd: 70_000_000,
      requestedSupportVnd: 35_000_000,
      plannedStart: ahead(2, 15),
      plannedEnd: ahead(6, 30),
    },
    {
      scope: 'LOCAL',
      provinceCode: 'BN',
      category: 'DEMONSTRATION_MODEL',
      target: 'REJECTED',
      title: 'Mô hình trình diễn lò đốt than củi cải tiến',
      unit: BN_UNIT,
      beneficiary: 'Cơ sở than củi Yên Phong',
      totalCostVnd: 600_000_000,
      requestedSupportVnd: 180_000_000,
      plannedStart: ahead(3, 1),
      plannedEnd: ahead(10, 31),
    },
    {
      scope: 'LOCAL',
      provinceCode: 'HN',
      category: 'PRODUCTS_AND_FAIRS',
      target: 'WITHDRAWN',
      title: 'Tham gia hội chợ hàng thủ công mỹ nghệ tại TP Hồ Chí Minh',
      unit: HN_UNIT,
      beneficiary: 'Cơ sở sơn mài Hạ Thái',
      totalCostVnd: 60_000_000,
      requestedSupportVnd: 48_000_000,
      plannedStart: ahead(1, 1),
      plannedEnd: ahead(2, 28),
    },
  ];
}
