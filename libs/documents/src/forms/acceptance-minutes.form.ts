import type { Block, OfficialDocument } from '../document-model';
import type { ProjectRecord } from '../project-record';
import { vndInWords } from '../amount-in-words';
import { cucName, departmentName, peoplesCommitteeName, placeOf } from '../issuing-bodies';
import { dayInWords, dayMonthYear, dong, figure } from '../vietnamese-text';
import type { FormOutcome, NotReady } from './form-outcome';
import { paidByKind } from './figures';
import { projectFacts } from './project-facts';

/** Mẫu 5a records an acceptance that took place: its number and day come from the 'accept' action. */
export function acceptanceMinutesReadiness(record: ProjectRecord): NotReady | null {
  if (record.acceptance) return null;
  return {
    vi: 'Đề án chưa nghiệm thu cơ sở: biên bản nghiệm thu (Mẫu 5a) lập được sau khi lãnh đạo Sở ghi nhận nghiệm thu (số và ngày biên bản) khi đề án đã hoàn thành khối lượng',
    en: 'The project has no base acceptance yet: the acceptance minutes (Mẫu 5a) can be made once the Department records the acceptance (minutes number and day) after the work is completed',
  };
}

const party = (title: string, who?: string): Block[] => [
  {
    kind: 'paragraph',
    runs: who ? [{ text: `${title}: `, bold: true }, { text: who }] : [{ text: `${title}:`, bold: true }],
  },
  { kind: 'paragraph', indent: true, runs: [{ text: '- Ông/Bà: …………………………………… Chức vụ: ……………………………' }] },
  { kind: 'paragraph', indent: true, runs: [{ text: '- Ông/Bà: …………………………………… Chức vụ: ……………………………' }] },
];

/** Mẫu 5a (TT 36/2013/TT-BCT): the minutes of the base acceptance the Department organises with the unit and beneficiary. */
export function acceptanceMinutes(record: ProjectRecord): FormOutcome {
  const refusal = acceptanceMinutesReadiness(record);
  if (refusal) return { ok: false, notReady: refusal };
  const acceptance = record.acceptance!;
  const approved = record.approvedSupportVnd ?? record.requestedSupportVnd;
  const accepted = record.acceptedAmountVnd ?? approved;
  const paid = paidByKind(record);
  const department = departmentName(record.provinceCode);

  const grounds: Block[] = [];
  if (record.approval) {
    grounds.push({
      kind: 'paragraph',
      indent: true,
      runs: [
        {
          text: `Căn cứ Quyết định số ${record.approval.decisionNo} ngày ${dayMonthYear(record.approval.decisionDate)} phê duyệt đề án khuyến công;`,
          italic: true,
        },
      ],
    });
  }
  if (record.contract) {
    grounds.push({
      kind: 'paragraph',
      indent: true,
      runs: [
        {
          text: `Căn cứ Hợp đồng số ${record.contract.contractNo} ngày ${dayMonthYear(record.contract.contractDate)} thực hiện đề án khuyến công;`,
          italic: true,
        },
      ],
    });
  }

  const body: Block[] = [
    ...grounds,
    {
      kind: 'paragraph',
      indent: true,
      runs: [
        {
          text: `Hôm nay, ${dayInWords(acceptance.minutesDate)}, tại ${record.site ?? record.beneficiary}, chúng tôi gồm:`,
        },
      ],
    },
    ...party(`1. Đại diện ${department}`),
    ...party('2. Đại diện đơn vị thực hiện', record.implementingUnit),
    ...party('3. Đại diện đơn vị thụ hưởng', record.beneficiary),
    { kind: 'paragraph', indent: true, runs: [{ text: 'Cùng tiến hành nghiệm thu cơ sở đề án khuyến công sau:' }] },
    { kind: 'heading', text: 'I. THÔNG TIN ĐỀ ÁN' },
    ...projectFacts(record),
    { kind: 'heading', text: 'II. KẾT QUẢ NGHIỆM THU' },
    {
      kind: 'table',
      table: {
        columns: [
          { header: 'STT', weight: 7, align: 'center' },
          { header: 'Nội dung', weight: 53, align: 'left' },
          { header: 'Số tiền (đồng)', weight: 40, align: 'right' },
        ],
        rows: [
          ['1', 'Tổng kinh phí thực hiện đề án', figure(record.totalCostVnd)],
          ['2', 'Kinh phí khuyến công hỗ trợ theo hợp đồng', figure(approved)],
          ['3', 'Kinh phí khuyến công đã tạm ứng', figure(paid.advances)],
          ['4', 'Giá trị kinh phí khuyến công được nghiệm thu', figure(accepted)],
        ],
      },
    },
    {
      kind: 'paragraph',
      indent: true,
      runs: [{ text: `Giá trị nghiệm thu: ${dong(accepted)} (Bằng chữ: ${vndInWords(accepted)}).` }],
    },
    { kind: 'heading', text: 'III. KẾT LUẬN' },
    {
      kind: 'paragraph',
      indent: true,
      runs: [
        {
          text: 'Đề án đã hoàn thành khối lượng công việc theo hợp đồng. Các bên thống nhất nghiệm thu cơ sở đề án với giá trị nêu trên, làm căn cứ để thanh lý hợp đồng và quyết toán kinh phí.',
        },
      ],
    },
    {
      kind: 'paragraph',
      indent: true,
      runs: [
        { text: 'Biên bản được lập thành 04 bản có giá trị như nhau, mỗi bên giữ 01 bản, gửi Sở Công Thương 01 bản.' },
      ],
    },
  ];

  const document: OfficialDocument = {
    formLabel: 'Mẫu 5a',
    issuer: { superior: peoplesCommitteeName(record.provinceCode), name: department },
    number: acceptance.minutesNo,
    place: placeOf('LOCAL', record.provinceCode),
    day: acceptance.minutesDate,
    title: 'BIÊN BẢN NGHIỆM THU CƠ SỞ',
    subtitle: `Đề án khuyến công: ${record.title}`,
    body,
    recipients: [
      'Các thành phần tham dự;',
      record.scope === 'NATIONAL' ? `${cucName(acceptance.minutesDate)} (để báo cáo);` : 'Lãnh đạo Sở (để báo cáo);',
      'Lưu: VT, hồ sơ đề án.',
    ],
    signers: [
      { capacity: 'ĐẠI DIỆN SỞ CÔNG THƯƠNG', note: '(Ký, ghi rõ họ tên)' },
      { capacity: 'ĐẠI DIỆN ĐƠN VỊ THỰC HIỆN', note: '(Ký, ghi rõ họ tên, đóng dấu)' },
      { capacity: 'ĐẠI DIỆN ĐƠN VỊ THỤ HƯỞNG', note: '(Ký, ghi rõ họ tên)' },
    ],
    meta: { title: `Biên bản nghiệm thu cơ sở ${record.code}`, subject: record.title },
  };
  return { ok: true, document };
}
