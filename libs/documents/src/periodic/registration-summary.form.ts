import { CATEGORIES, findProvince, provinceTitle } from '@kc/domain';
import type { RegistrationRow } from '@kc/persistence';
import type { OfficialDocument } from '../document-model';
import { cucName, departmentName, peoplesCommitteeName } from '../issuing-bodies';
import { dayMonthYear, figure } from '../vietnamese-text';

/** The Department's registration of national projects for a plan year (Mẫu 2): the province, the year, the rows. */
export interface RegistrationSummaryData {
  provinceCode: string;
  year: number;
  issuedDay: string;
  rows: RegistrationRow[];
}

function categoryName(code: string): string {
  return CATEGORIES.find((c) => c.code === code)?.vi ?? code;
}

/** "01/03/2027 - 30/11/2027": the schedule as the form's column writes it. */
function schedule(start: string, end: string): string {
  return `${dayMonthYear(start)} - ${dayMonthYear(end)}`;
}

/**
 * Mẫu 2 of TT 36/2013/TT-BCT: the table of the national projects the province's Department registers for a plan
 * year, sent to the Cục; one row per project with its content area, unit, beneficiary, cost, requested support and
 * schedule, totals under the money columns.
 */
export function assembleRegistrationSummary(data: RegistrationSummaryData): OfficialDocument {
  const department = departmentName(data.provinceCode);
  const total = data.rows.reduce((s, r) => s + BigInt(r.totalCostVnd), 0n);
  const requested = data.rows.reduce((s, r) => s + BigInt(r.requestedSupportVnd), 0n);
  const cuc = cucName(data.issuedDay);
  return {
    formLabel: 'Mẫu 2',
    issuer: { superior: peoplesCommitteeName(data.provinceCode), name: department },
    number: '……/SCT-KC',
    place: findProvince(data.provinceCode)?.name ?? data.provinceCode,
    day: data.issuedDay,
    title: `BẢNG TỔNG HỢP ĐỀ ÁN KHUYẾN CÔNG QUỐC GIA ĐĂNG KÝ NĂM ${data.year}`,
    subtitle: `(Kèm theo văn bản đăng ký kế hoạch khuyến công quốc gia năm ${data.year} của ${department})`,
    addressees: [`${cuc} - Bộ Công Thương`],
    body: [
      {
        kind: 'table',
        table: {
          name: 'Mẫu 2',
          columns: [
            { header: 'STT', weight: 6, align: 'center' },
            { header: 'Tên đề án', weight: 18, align: 'left' },
            { header: 'Nội dung khuyến công', weight: 11, align: 'left' },
            { header: 'Đơn vị thực hiện', weight: 11, align: 'left' },
            { header: 'Đơn vị thụ hưởng', weight: 11, align: 'left' },
            { header: 'Tổng kinh phí (đồng)', weight: 16, align: 'right', numeric: true },
            { header: 'Kinh phí đề nghị hỗ trợ (đồng)', weight: 15, align: 'right', numeric: true },
            { header: 'Thời gian thực hiện', weight: 12, align: 'center' },
          ],
          rows: data.rows.map((r, i) => [
            String(i + 1),
            `${r.title} (${r.code})`,
            categoryName(r.category),
            r.unitName,
            r.beneficiary,
            figure(Number(r.totalCostVnd)),
            figure(Number(r.requestedSupportVnd)),
            schedule(r.plannedStart, r.plannedEnd),
          ]),
          total: { label: 'Tổng cộng', cells: [figure(Number(total)), figure(Number(requested)), ''] },
        },
      },
      {
        kind: 'paragraph',
        indent: true,
        runs: [
          {
            text:
              data.rows.length === 0
                ? `${department} chưa có đề án khuyến công quốc gia đăng ký năm ${data.year}.`
                : `Tổng số ${data.rows.length} đề án; tổng kinh phí ${figure(Number(total))} đồng, kinh phí khuyến công quốc gia đề nghị hỗ trợ ${figure(Number(requested))} đồng.`,
          },
        ],
      },
    ],
    recipients: ['Như trên;', `UBND ${provinceTitle(data.provinceCode)} (để b/c);`, 'Lưu: VT, …'],
    signers: [{ capacity: 'GIÁM ĐỐC', note: '(Ký, ghi rõ họ tên và đóng dấu)' }],
    meta: {
      title: `Mẫu 2 - Bảng tổng hợp đề án khuyến công quốc gia đăng ký năm ${data.year} - ${department}`,
      subject: 'Mẫu 2, Thông tư 36/2013/TT-BCT',
    },
  };
}

export function registrationSummaryFileName(provinceCode: string, year: number): string {
  return `Mẫu 2 - Bảng tổng hợp đề án KCQG đăng ký năm ${year} - ${provinceCode}`;
}
