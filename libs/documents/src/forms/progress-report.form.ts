import { disbursementsTotal } from './figures';
import type { Block, OfficialDocument } from '../document-model';
import type { ProjectRecord, ReportLine } from '../project-record';
import { contractingBody, departmentName, placeOf, unitSuperior } from '../issuing-bodies';
import { dayMonthYear, dong, figure, monthInWords } from '../vietnamese-text';
import { type FormOutcome, type NotReady, notReady } from './form-outcome';
import { projectFacts } from './project-facts';

/** Mẫu 3b is owed from the contract on: before it there is nothing to report against. */
export function progressReportReadiness(record: ProjectRecord): NotReady | null {
  if (record.contract) return null;
  return {
    vi: 'Đề án chưa ký hợp đồng: báo cáo tiến độ (Mẫu 3b) lập được sau khi ghi nhận ký hợp đồng (số và ngày hợp đồng)',
    en: 'The project has no contract yet: the progress report (Mẫu 3b) can be made once the contract (its number and day) is recorded',
  };
}

/** The periods the report covers: all of them, or those up to the month asked for (YYYY-MM). */
function periodsUpTo(reports: ReportLine[], month: string | undefined): ReportLine[] | null {
  if (!month) return reports;
  const last = reports.findIndex((r) => r.period === month || r.dueDay.startsWith(month));
  if (last < 0) return null;
  // A month with several periods (an interval policy) ends with the last of them.
  let end = last;
  while (end + 1 < reports.length && reports[end + 1].dueDay.startsWith(month)) end += 1;
  return reports.slice(0, end + 1);
}

/**
 * Mẫu 3b (TT 36/2013/TT-BCT): the implementing unit's progress report, filled from the report periods it submitted
 * and the disbursements recorded, up to the month asked for (all so far without one).
 */
export function progressReport(record: ProjectRecord, options: { period?: string } = {}): FormOutcome {
  const refusal = progressReportReadiness(record);
  if (refusal) return { ok: false, notReady: refusal };
  const contract = record.contract!;
  const periods = periodsUpTo(record.reports, options.period);
  if (!periods) {
    const known = record.reports.map((r) => r.period).join(', ') || 'chưa có kỳ nào / none yet';
    return notReady(
      `Đề án không có kỳ báo cáo ${monthInWords(options.period!)}; các kỳ hiện có: ${known}`,
      `The project has no report period in ${options.period}; its periods: ${known}`,
    );
  }
  // Money paid up to the end of the month asked for ("2026-06-31" sorts after every day of June and before July).
  const lastDay = options.period ? `${options.period}-31` : record.today;
  const paid = record.disbursements.filter((d) => d.day <= lastDay);
  const latest = [...periods].reverse().find((p) => p.submittedDay !== null);
  const approved = record.approvedSupportVnd ?? record.requestedSupportVnd;
  const paidTotal = disbursementsTotal(paid);
  const subtitle = options.period
    ? `Kỳ báo cáo: ${monthInWords(options.period)}`
    : `Đến ngày ${dayMonthYear(record.today)}`;
  const bodyA = contractingBody(record.scope, record.provinceCode, contract.contractDate);

  const body: Block[] = [
    { kind: 'heading', text: 'I. THÔNG TIN CHUNG' },
    ...projectFacts(record),
    { kind: 'heading', text: 'II. TIẾN ĐỘ THỰC HIỆN' },
    {
      kind: 'table',
      table: {
        columns: [
          { header: 'STT', weight: 7, align: 'center' },
          { header: 'Kỳ báo cáo', weight: 12, align: 'left' },
          { header: 'Hạn nộp', weight: 14, align: 'center' },
          { header: 'Ngày nộp', weight: 14, align: 'center' },
          { header: 'Khối lượng hoàn thành (%)', weight: 10, align: 'right' },
          { header: 'Kinh phí đã sử dụng (đồng)', weight: 17, align: 'right' },
          { header: 'Khó khăn, vướng mắc', weight: 26, align: 'left' },
        ],
        rows: periods.map((p, i) => [
          String(i + 1),
          p.label,
          dayMonthYear(p.dueDay),
          p.submittedDay ? dayMonthYear(p.submittedDay) : 'Chưa nộp',
          p.physicalProgressPct === null ? '' : String(p.physicalProgressPct),
          p.fundsUsedVnd === null ? '' : figure(p.fundsUsedVnd),
          p.issues ?? '',
        ]),
      },
    },
    {
      kind: 'paragraph',
      indent: true,
      runs: [
        {
          text: latest
            ? `Đến kỳ báo cáo gần nhất (${latest.label}), khối lượng hoàn thành đạt ${latest.physicalProgressPct ?? 0}%, kinh phí đã sử dụng ${dong(latest.fundsUsedVnd ?? 0)}.`
            : 'Đơn vị chưa nộp báo cáo kỳ nào trong thời gian báo cáo.',
        },
      ],
    },
    { kind: 'heading', text: 'III. TÌNH HÌNH TẠM ỨNG, THANH TOÁN KINH PHÍ KHUYẾN CÔNG' },
    {
      kind: 'table',
      table: {
        columns: [
          { header: 'STT', weight: 7, align: 'center' },
          { header: 'Ngày', weight: 16, align: 'center' },
          { header: 'Nội dung', weight: 47, align: 'left' },
          { header: 'Số tiền (đồng)', weight: 30, align: 'right' },
        ],
        rows: paid.map((d, i) => [
          String(i + 1),
          dayMonthYear(d.day),
          d.kind === 'ADVANCE' ? 'Tạm ứng kinh phí khuyến công' : 'Thanh toán kinh phí khuyến công',
          figure(d.amountVnd),
        ]),
        total: { label: 'Tổng cộng', cells: [figure(paidTotal)] },
      },
    },
    {
      kind: 'paragraph',
      indent: true,
      runs: [
        {
          text: `Kinh phí khuyến công được duyệt ${dong(approved)}; đã tạm ứng, thanh toán ${dong(paidTotal)}; còn lại ${dong(approved - paidTotal)}.`,
        },
      ],
    },
    { kind: 'heading', text: 'IV. KHÓ KHĂN, VƯỚNG MẮC VÀ KIẾN NGHỊ' },
    { kind: 'paragraph', indent: true, runs: [{ text: latest?.issues?.trim() || 'Không có.' }] },
  ];

  const addressees =
    record.scope === 'NATIONAL'
      ? [bodyA.name, departmentName(record.provinceCode)]
      : [departmentName(record.provinceCode)];
  const document: OfficialDocument = {
    formLabel: 'Mẫu 3b',
    issuer: { superior: unitSuperior(record.implementingUnit, record.provinceCode), name: record.implementingUnit },
    number: '……/BC',
    place: placeOf('LOCAL', record.provinceCode),
    day: record.today,
    title: 'BÁO CÁO TIẾN ĐỘ THỰC HIỆN ĐỀ ÁN KHUYẾN CÔNG',
    subtitle,
    addressees,
    body,
    recipients: ['Như trên;', 'Lưu: VT.'],
    signers: [{ capacity: 'THỦ TRƯỞNG ĐƠN VỊ', note: '(Ký, ghi rõ họ tên và đóng dấu)' }],
    meta: { title: `Báo cáo tiến độ ${record.code}`, subject: record.title },
  };
  return { ok: true, document };
}
