import type { Block } from '../document-model';
import type { ProjectRecord } from '../project-record';
import { dayMonthYear, dong } from '../vietnamese-text';

function fact(label: string, value: string): Block {
  return { kind: 'paragraph', indent: true, runs: [{ text: `${label}: `, bold: true }, { text: value }] };
}

/** The project as every form names it: title, code, parties, decision, contract, time and money. */
export function projectFacts(record: ProjectRecord): Block[] {
  const blocks = [
    fact('Tên đề án', record.title),
    fact('Mã đề án', record.code),
    fact('Nội dung khuyến công', record.categoryName),
    fact('Đơn vị thực hiện', record.implementingUnit),
    fact('Đơn vị thụ hưởng', record.beneficiary),
  ];
  if (record.site) blocks.push(fact('Địa điểm thực hiện', record.site));
  if (record.approval) {
    blocks.push(
      fact(
        'Quyết định phê duyệt',
        `số ${record.approval.decisionNo} ngày ${dayMonthYear(record.approval.decisionDate)}`,
      ),
    );
  }
  if (record.contract) {
    blocks.push(
      fact('Hợp đồng', `số ${record.contract.contractNo} ngày ${dayMonthYear(record.contract.contractDate)}`),
    );
  }
  blocks.push(
    fact('Thời gian thực hiện', `từ ${dayMonthYear(record.plannedStart)} đến ${dayMonthYear(record.plannedEnd)}`),
    fact('Tổng kinh phí thực hiện đề án', dong(record.totalCostVnd)),
    fact('Kinh phí khuyến công hỗ trợ được duyệt', dong(record.approvedSupportVnd ?? record.requestedSupportVnd)),
  );
  return blocks;
}
