import { STATE_LABELS, findProvince, provinceTitle, type ReportingPeriod, type Scope } from '@kc/domain';
import type { PeriodEscalationRow, PeriodicReportRows } from '@kc/persistence';
import type { Block, DocumentTable, OfficialDocument } from '../document-model';
import { cucName, departmentName, peoplesCommitteeName } from '../issuing-bodies';
import { dayMonthYear, figure } from '../vietnamese-text';

/** What the Department's periodic report is made of: the rows read for a province and period, and its days. */
export interface PeriodicReportData {
  provinceCode: string;
  period: ReportingPeriod;
  /** The local day the figures stand at: the period's last day, or the day it is made while the period runs. */
  figuresDay: string;
  /** The local day of the date line. */
  issuedDay: string;
  rows: PeriodicReportRows;
}

const SCOPES: readonly Scope[] = ['NATIONAL', 'LOCAL'];
const SCOPE_LABEL: Record<Scope, string> = {
  NATIONAL: 'Khuyến công quốc gia',
  LOCAL: 'Khuyến công địa phương',
};

/** Big sums add as bigint and print through figure() once below 2^53 (a province's money always is). */
const big = (text: string | null | undefined) => BigInt(text ?? '0');
const money = (value: bigint) => figure(Number(value));

/** 452 of 1000 → "45,2%": one decimal, a Vietnamese decimal comma; "—" with nothing to divide by. */
export function percent(part: bigint, whole: bigint): string {
  if (whole <= 0n) return '—';
  const tenths = (part * 1000n + whole / 2n) / whole;
  return `${tenths / 10n},${tenths % 10n}%`;
}

function statesTable(data: PeriodicReportData): { table: DocumentTable; total: number } {
  const byState = new Map<string, Record<Scope, number>>();
  for (const r of data.rows.states) {
    const entry = byState.get(r.state) ?? { NATIONAL: 0, LOCAL: 0 };
    entry[r.scope] += r.count;
    byState.set(r.state, entry);
  }
  // In the lifecycle's order, the order a reader knows from the project pages.
  const states = (Object.keys(STATE_LABELS) as Array<keyof typeof STATE_LABELS>).filter((s) => byState.has(s));
  const sum = (scope: Scope) => states.reduce((s, st) => s + byState.get(st)![scope], 0);
  const total = sum('NATIONAL') + sum('LOCAL');
  return {
    total,
    table: {
      name: 'Đề án theo trạng thái',
      columns: [
        { header: 'STT', weight: 7, align: 'center' },
        { header: 'Trạng thái đề án', weight: 45, align: 'left' },
        { header: 'KCQG', weight: 16, align: 'right', numeric: true },
        { header: 'KCĐP', weight: 16, align: 'right', numeric: true },
        { header: 'Cộng', weight: 16, align: 'right', numeric: true },
      ],
      rows: states.map((state, i) => {
        const n = byState.get(state)!;
        return [
          String(i + 1),
          STATE_LABELS[state].vi,
          String(n.NATIONAL),
          String(n.LOCAL),
          String(n.NATIONAL + n.LOCAL),
        ];
      }),
      total: { label: 'Tổng cộng', cells: [String(sum('NATIONAL')), String(sum('LOCAL')), String(total)] },
    },
  };
}

interface MoneyLine {
  projects: number;
  plan: bigint | null;
  approved: bigint;
  advanced: bigint;
  paid: bigint;
}

/** Per scope: the plan assigned (the local plan; the national plan is not divided by province), approved, paid. */
export function moneyLines(data: PeriodicReportData): Record<Scope, MoneyLine> {
  const line = (scope: Scope): MoneyLine => {
    const row = data.rows.money.find((m) => m.scope === scope);
    return {
      projects: row?.projects ?? 0,
      plan: scope === 'LOCAL' && data.rows.localPlanAssignedVnd !== null ? big(data.rows.localPlanAssignedVnd) : null,
      approved: big(row?.approvedVnd),
      advanced: big(row?.advancedVnd),
      paid: big(row?.paidVnd),
    };
  };
  return { NATIONAL: line('NATIONAL'), LOCAL: line('LOCAL') };
}

function moneyTable(lines: Record<Scope, MoneyLine>): DocumentTable {
  const cells = (l: MoneyLine) => [
    l.plan === null ? '—' : money(l.plan),
    money(l.approved),
    money(l.advanced),
    money(l.paid),
    money(l.advanced + l.paid),
    percent(l.advanced + l.paid, l.approved),
  ];
  const all: MoneyLine = {
    projects: lines.NATIONAL.projects + lines.LOCAL.projects,
    plan: lines.LOCAL.plan,
    approved: lines.NATIONAL.approved + lines.LOCAL.approved,
    advanced: lines.NATIONAL.advanced + lines.LOCAL.advanced,
    paid: lines.NATIONAL.paid + lines.LOCAL.paid,
  };
  return {
    name: 'Kế hoạch và giải ngân',
    columns: [
      { header: 'Nguồn kinh phí', weight: 12, align: 'left' },
      { header: 'Kế hoạch giao (đồng)', weight: 16.5, align: 'right', numeric: true },
      { header: 'Được duyệt (đồng)', weight: 16.5, align: 'right', numeric: true },
      { header: 'Đã tạm ứng (đồng)', weight: 16.5, align: 'right', numeric: true },
      { header: 'Đã thanh toán (đồng)', weight: 16.5, align: 'right', numeric: true },
      { header: 'Tổng giải ngân (đồng)', weight: 16.5, align: 'right', numeric: true },
      { header: 'Tỷ lệ', weight: 9.5, align: 'right' },
    ],
    rows: SCOPES.map((scope) => [`${SCOPE_LABEL[scope]} (${lines[scope].projects} đề án)`, ...cells(lines[scope])]),
    total: { label: `Tổng cộng (${all.projects} đề án)`, cells: cells(all) },
  };
}

function lateTable(data: PeriodicReportData): DocumentTable {
  return {
    name: 'Báo cáo nộp chậm',
    columns: [
      { header: 'STT', weight: 6, align: 'center' },
      { header: 'Mã đề án', weight: 19, align: 'left' },
      { header: 'Đơn vị thực hiện', weight: 27, align: 'left' },
      { header: 'Kỳ báo cáo', weight: 14, align: 'center' },
      { header: 'Hạn nộp', weight: 12, align: 'center' },
      { header: 'Ngày nộp', weight: 12, align: 'center' },
      { header: 'Số ngày chậm', weight: 10, align: 'right', numeric: true },
    ],
    rows: data.rows.lateReports.map((r, i) => [
      String(i + 1),
      r.code,
      r.unitName,
      r.periodLabel,
      dayMonthYear(r.dueDay),
      r.submittedDay ? dayMonthYear(r.submittedDay) : 'Chưa nộp',
      String(r.daysLate),
    ]),
  };
}

/** Why an escalation was opened, as the queues say it. */
export function escalationCause(e: PeriodEscalationRow): string {
  if (e.reason === 'REPORT_OVERDUE') return `Chậm nộp báo cáo tiến độ${e.periodLabel ? ` (${e.periodLabel})` : ''}`;
  return `Quá thời hạn ở bước "${e.stalledState ? STATE_LABELS[e.stalledState].vi : '—'}"`;
}

export type EscalationOutcome = 'RESOLVED' | 'CLOSED' | 'OPEN';

/** How it ended: a person resolved it, the system closed it when its cause went away, or it is still open. */
export function escalationOutcome(e: PeriodEscalationRow): { outcome: EscalationOutcome; text: string } {
  switch (e.status) {
    case 'RESOLVED':
      return { outcome: 'RESOLVED', text: `Đã xử lý${e.resolutionNote?.trim() ? `: ${e.resolutionNote.trim()}` : ''}` };
    case 'AUTO_CLOSED':
      return {
        outcome: 'CLOSED',
        text:
          e.closedReason === 'REPORT_SUBMITTED'
            ? 'Tự đóng: đơn vị đã nộp báo cáo'
            : e.closedReason === 'LEFT_STALLED_STATE'
              ? 'Tự đóng: đề án đã chuyển bước'
              : 'Tự đóng: đề án đã kết thúc',
      };
    case 'ACKNOWLEDGED':
      return { outcome: 'OPEN', text: 'Đã tiếp nhận, đang xử lý' };
    default:
      return { outcome: 'OPEN', text: 'Chưa tiếp nhận' };
  }
}

function escalationTable(data: PeriodicReportData): DocumentTable {
  return {
    name: 'Cảnh báo',
    columns: [
      { header: 'STT', weight: 6, align: 'center' },
      { header: 'Mã đề án', weight: 18, align: 'left' },
      { header: 'Lý do cảnh báo', weight: 26, align: 'left' },
      { header: 'Cấp cao nhất', weight: 9, align: 'center' },
      { header: 'Ngày mở', weight: 11, align: 'center' },
      { header: 'Kết quả', weight: 19, align: 'left' },
      { header: 'Ngày kết thúc', weight: 11, align: 'center' },
    ],
    rows: data.rows.escalations.map((e, i) => [
      String(i + 1),
      e.code,
      escalationCause(e),
      `Cấp ${e.level}`,
      dayMonthYear(e.openedDay),
      escalationOutcome(e).text,
      e.endedDay ? dayMonthYear(e.endedDay) : '—',
    ]),
  };
}

const para = (text: string): Block => ({ kind: 'paragraph', indent: true, runs: [{ text }] });

/**
 * The Department's report on khuyến công in its province for a quarter, six months or a year (TT 36/2013 Art. 21.5),
 * to the Cục and the UBND tỉnh, in the Decree 30 format: a pure function of what was read, so the API's download and
 * the worker's mailing make the same paper.
 */
export function assemblePeriodicReport(data: PeriodicReportData): OfficialDocument {
  const { provinceCode, period } = data;
  const department = departmentName(provinceCode);
  const cuc = cucName(data.issuedDay);
  const upTo = dayMonthYear(data.figuresDay);
  const ended = data.figuresDay === period.lastDay;
  const states = statesTable(data);
  const lines = moneyLines(data);
  const late = data.rows.lateReports;
  const missing = late.filter((r) => r.submittedDay === null).length;
  const outcomes = data.rows.escalations.map(escalationOutcome);
  const count = (o: EscalationOutcome) => outcomes.filter((x) => x.outcome === o).length;
  const disbursed = lines.NATIONAL.advanced + lines.NATIONAL.paid + lines.LOCAL.advanced + lines.LOCAL.paid;

  const body: Block[] = [
    para(
      `Thực hiện chế độ báo cáo định kỳ quy định tại khoản 5 Điều 21 Thông tư số 36/2013/TT-BCT của Bộ Công Thương, ${department} báo cáo tình hình thực hiện hoạt động khuyến công ${period.labelVi} trên địa bàn (số liệu đến hết ngày ${upTo}${ended ? '' : ', kỳ báo cáo chưa kết thúc'}) như sau:`,
    ),
    { kind: 'heading', text: 'I. ĐỀ ÁN KHUYẾN CÔNG THEO TRẠNG THÁI' },
    para(
      `Đến hết ngày ${upTo}, trên địa bàn có ${states.total} đề án khuyến công (quốc gia và địa phương) được theo dõi trên hệ thống, theo trạng thái như sau:`,
    ),
    { kind: 'table', table: states.table },
    { kind: 'heading', text: `II. KẾ HOẠCH VÀ GIẢI NGÂN KINH PHÍ NĂM ${period.year}` },
    para(
      `Các đề án của kế hoạch năm ${period.year}; kinh phí tạm ứng (đã trừ tạm ứng chưa sử dụng được hoàn trả), thanh toán tính đến hết ngày ${upTo}. Kế hoạch giao là tổng kinh phí các dòng kế hoạch khuyến công địa phương đã được phê duyệt; kế hoạch khuyến công quốc gia không chia theo tỉnh (—).`,
    ),
    { kind: 'table', table: moneyTable(lines) },
    para(
      `Tổng kinh phí đã giải ngân: ${money(disbursed)} đồng, đạt ${percent(disbursed, lines.NATIONAL.approved + lines.LOCAL.approved)} kinh phí được duyệt.`,
    ),
    { kind: 'heading', text: 'III. BÁO CÁO TIẾN ĐỘ CỦA ĐƠN VỊ THỰC HIỆN NỘP CHẬM TRONG KỲ' },
    late.length === 0
      ? para('Trong kỳ, các đơn vị thực hiện nộp báo cáo tiến độ đúng hạn.')
      : para(
          `Trong kỳ có ${late.length} báo cáo tiến độ đến hạn nộp chậm hoặc chưa nộp (${missing} báo cáo chưa nộp đến hết ngày ${upTo}):`,
        ),
    ...(late.length ? [{ kind: 'table', table: lateTable(data) } as Block] : []),
    { kind: 'heading', text: 'IV. CẢNH BÁO VÀ KẾT QUẢ XỬ LÝ' },
    data.rows.escalations.length === 0
      ? para('Trong kỳ không phát sinh cảnh báo.')
      : para(
          `Trong kỳ phát sinh ${outcomes.length} cảnh báo: ${count('RESOLVED')} đã được xử lý, ${count('CLOSED')} tự đóng do nguyên nhân đã được khắc phục, ${count('OPEN')} đang xử lý.`,
        ),
    ...(data.rows.escalations.length ? [{ kind: 'table', table: escalationTable(data) } as Block] : []),
    { kind: 'heading', text: 'V. KHÓ KHĂN, VƯỚNG MẮC VÀ ĐỀ XUẤT, KIẾN NGHỊ' },
    para('……………………………………………………………………………………'),
    para(`${department} kính báo cáo./.`),
  ];

  return {
    issuer: { superior: peoplesCommitteeName(provinceCode), name: department },
    number: '……/BC-SCT',
    place: findProvince(provinceCode)?.name ?? provinceCode,
    day: data.issuedDay,
    title: 'BÁO CÁO',
    subtitle: `Tình hình thực hiện hoạt động khuyến công ${period.labelVi}`,
    addressees: [`${cuc} - Bộ Công Thương`, `Ủy ban nhân dân ${provinceTitle(provinceCode)}`],
    body,
    recipients: [`${cuc} - Bộ Công Thương;`, `UBND ${provinceTitle(provinceCode)};`, 'Lưu: VT, …'],
    signers: [{ capacity: 'GIÁM ĐỐC', note: '(Ký, ghi rõ họ tên và đóng dấu)' }],
    meta: {
      title: `Báo cáo hoạt động khuyến công ${period.labelVi} - ${department}`,
      subject: `Báo cáo định kỳ theo khoản 5 Điều 21 Thông tư 36/2013/TT-BCT, ${period.key}`,
    },
  };
}

/** The download's name without extension: "Báo cáo khuyến công quý III năm 2026 - BN". */
export function periodicReportFileName(provinceCode: string, period: ReportingPeriod): string {
  return `Báo cáo khuyến công ${period.labelVi} - ${provinceCode}`;
}
