import type { Block, OfficialDocument } from '../document-model';
import type { ProjectRecord } from '../project-record';
import { vndInWords } from '../amount-in-words';
import { contractingBody, placeOf, upper } from '../issuing-bodies';
import { dayInWords, dayMonthYear, dong, figure } from '../vietnamese-text';
import type { FormOutcome, NotReady } from './form-outcome';
import { paidByKind } from './figures';

/**
 * Mẫu 6 liquidates a contract whose work was accepted: it is made from the base acceptance on, so the clerk can have
 * it signed before the last payment and the settlement are recorded (it states what is still to pay).
 */
export function liquidationMinutesReadiness(record: ProjectRecord): NotReady | null {
  if (record.contract && record.acceptance) return null;
  if (!record.contract) {
    return {
      vi: 'Đề án chưa ký hợp đồng: không có hợp đồng để thanh lý (Mẫu 6)',
      en: 'The project has no contract: there is no contract to liquidate (Mẫu 6)',
    };
  }
  return {
    vi: 'Đề án chưa nghiệm thu cơ sở: biên bản thanh lý hợp đồng (Mẫu 6) lập được sau khi ghi nhận nghiệm thu (số và ngày biên bản nghiệm thu)',
    en: 'The project has no base acceptance yet: the contract liquidation minutes (Mẫu 6) can be made once the acceptance (minutes number and day) is recorded',
  };
}

const partyLines = (label: string, name: string): Block[] => [
  {
    kind: 'paragraph',
    runs: [
      { text: `${label}: `, bold: true },
      { text: upper(name), bold: true },
    ],
  },
  { kind: 'paragraph', indent: true, runs: [{ text: '- Đại diện: Ông/Bà …………………………… Chức vụ: ……………………' }] },
  { kind: 'paragraph', indent: true, runs: [{ text: '- Địa chỉ: ………………………………………………………………' }] },
  { kind: 'paragraph', indent: true, runs: [{ text: '- Tài khoản số: ……………………… tại: ………………………………' }] },
];

/** Mẫu 6 (TT 36/2013/TT-BCT): bên A and bên B liquidate the contract by the accepted value and what was paid. */
export function liquidationMinutes(record: ProjectRecord): FormOutcome {
  const refusal = liquidationMinutesReadiness(record);
  if (refusal) return { ok: false, notReady: refusal };
  const contract = record.contract!;
  const acceptance = record.acceptance!;
  const day = record.settledDay ?? record.today;
  const bodyA = contractingBody(record.scope, record.provinceCode, contract.contractDate);
  const approved = record.approvedSupportVnd ?? record.requestedSupportVnd;
  const accepted = record.acceptedAmountVnd ?? approved;
  const paid = paidByKind(record);
  const balance = accepted - paid.total;
  const contractRef = `Hợp đồng số ${contract.contractNo} ngày ${dayMonthYear(contract.contractDate)}`;

  const body: Block[] = [
    {
      kind: 'paragraph',
      indent: true,
      runs: [
        {
          text: `Căn cứ ${contractRef} thực hiện đề án khuyến công "${record.title}" (mã ${record.code});`,
          italic: true,
        },
      ],
    },
    {
      kind: 'paragraph',
      indent: true,
      runs: [
        {
          text: `Căn cứ Biên bản nghiệm thu cơ sở số ${acceptance.minutesNo} ngày ${dayMonthYear(acceptance.minutesDate)};`,
          italic: true,
        },
      ],
    },
    { kind: 'paragraph', indent: true, runs: [{ text: `Hôm nay, ${dayInWords(day)}, chúng tôi gồm:` }] },
    ...partyLines('BÊN A (Bên giao)', bodyA.name),
    ...partyLines('BÊN B (Bên nhận)', record.implementingUnit),
    {
      kind: 'paragraph',
      indent: true,
      runs: [{ text: `Hai bên thống nhất thanh lý ${contractRef} với các nội dung sau:` }],
    },
    { kind: 'heading', text: 'Điều 1. Khối lượng công việc' },
    {
      kind: 'paragraph',
      indent: true,
      runs: [
        {
          text: `Bên B đã hoàn thành khối lượng công việc của đề án theo hợp đồng, được nghiệm thu cơ sở theo Biên bản số ${acceptance.minutesNo} ngày ${dayMonthYear(acceptance.minutesDate)}.`,
        },
      ],
    },
    { kind: 'heading', text: 'Điều 2. Giá trị thanh lý hợp đồng' },
    {
      kind: 'table',
      table: {
        columns: [
          { header: 'STT', weight: 7, align: 'center' },
          { header: 'Nội dung', weight: 53, align: 'left' },
          { header: 'Số tiền (đồng)', weight: 40, align: 'right' },
        ],
        rows: [
          ['1', 'Kinh phí khuyến công hỗ trợ theo hợp đồng', figure(approved)],
          ['2', 'Giá trị được nghiệm thu', figure(accepted)],
          ['3', 'Bên A đã tạm ứng cho Bên B', figure(paid.advances)],
          ['4', 'Bên A đã thanh toán cho Bên B', figure(paid.payments)],
          ['5', 'Tổng số Bên A đã chuyển cho Bên B (5 = 3 + 4)', figure(paid.total)],
          [
            '6',
            balance >= 0 ? 'Bên A còn phải thanh toán cho Bên B (6 = 2 − 5)' : 'Bên B phải nộp trả Bên A (6 = 5 − 2)',
            figure(Math.abs(balance)),
          ],
        ],
      },
    },
    {
      kind: 'paragraph',
      indent: true,
      runs: [{ text: `Giá trị thanh lý hợp đồng: ${dong(accepted)} (Bằng chữ: ${vndInWords(accepted)}).` }],
    },
    { kind: 'heading', text: 'Điều 3. Điều khoản chung' },
    {
      kind: 'paragraph',
      indent: true,
      runs: [
        {
          text:
            balance === 0
              ? `Bên A đã thanh toán đủ cho Bên B. ${contractRef} được thanh lý; hai bên không còn nghĩa vụ với nhau theo hợp đồng.`
              : `Sau khi ${balance > 0 ? 'Bên A thanh toán cho Bên B' : 'Bên B nộp trả Bên A'} số tiền ${dong(Math.abs(balance))}, ${contractRef} được thanh lý.`,
        },
      ],
    },
    {
      kind: 'paragraph',
      indent: true,
      runs: [{ text: 'Biên bản được lập thành 04 bản có giá trị pháp lý như nhau, mỗi bên giữ 02 bản.' }],
    },
  ];

  const document: OfficialDocument = {
    formLabel: 'Mẫu 6',
    issuer: { superior: bodyA.superior, name: bodyA.name },
    number: '……/BB-TLHĐ',
    place: placeOf(record.scope, record.provinceCode),
    day,
    title: 'BIÊN BẢN THANH LÝ HỢP ĐỒNG',
    subtitle: `Thực hiện đề án khuyến công: ${record.title}`,
    body,
    recipients: ['Bên A: 02 bản;', 'Bên B: 02 bản;', 'Lưu: VT, hồ sơ đề án.'],
    signers: [
      { capacity: 'ĐẠI DIỆN BÊN B', note: '(Ký, ghi rõ họ tên, đóng dấu)' },
      { capacity: 'ĐẠI DIỆN BÊN A', note: '(Ký, ghi rõ họ tên, đóng dấu)' },
    ],
    meta: { title: `Biên bản thanh lý hợp đồng ${record.code}`, subject: record.title },
  };
  return { ok: true, document };
}
