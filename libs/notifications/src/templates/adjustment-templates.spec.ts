import type { HandOffContext } from './hand-off-templates';
import {
  handOffAdjustmentApproved,
  handOffAdjustmentCertified,
  handOffAdjustmentRejected,
  handOffAdjustmentRequested,
  handOffAdjustmentWithdrawn,
} from './adjustment-templates';
import type { RenderedMail } from './notice';

const LINK = 'https://kc.example.vn/projects/42';
const CUC = 'Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công';

const BASE: HandOffContext = {
  project: {
    code: 'KCQG-2026-HN-0003',
    title: 'Dây chuyền chế biến chè',
    provinceName: 'Hà Nội',
    url: LINK,
    unitName: 'Trung tâm Khuyến công Hà Nội',
  },
  national: true,
  department: { vi: 'Sở Công Thương thành phố Hà Nội', en: 'the Department of Industry and Trade, thành phố Hà Nội' },
  cuc: { vi: CUC, en: 'the central department (Cục)' },
  actedBy: { vi: 'Đơn vị thực hiện', en: 'Implementing unit' },
  addressee: { vi: 'Sở Công Thương thành phố Hà Nội', en: 'the Department of Industry and Trade, thành phố Hà Nội' },
  occurredLocal: { vi: '10:15 ngày 02/12/2026', en: '10:15 on 02/12/2026' },
  reason: null,
  contract: null,
  minutes: null,
  approvedSupport: null,
  decision: null,
  onBehalfOfMinister: false,
  refund: null,
  contact: { name: 'Nguyễn Văn An', email: 'officer.hn@demo.local' },
  adjustment: {
    kind: { vi: 'Tăng kinh phí hỗ trợ', en: 'Higher funding' },
    requestReason: 'Giá thiết bị nhập khẩu tăng 12%',
    changes: [
      {
        label: { vi: 'Kinh phí hỗ trợ', en: 'Support' },
        before: '135.000.000 đồng',
        after: '150.000.000 đồng',
      },
    ],
    decider: {
      vi: 'Bộ trưởng Bộ Công Thương (hoặc Thứ trưởng được ủy quyền) (Bộ Công Thương)',
      en: 'the Minister (Bộ Công Thương)',
    },
    copyTo: null,
    termsVersion: null,
  },
};

function halves(mail: RenderedMail): { vi: string; en: string } {
  const [vi, en] = mail.text.split('\n---\n');
  return { vi, en };
}

function expectWellFormed(mail: RenderedMail, salutation: string) {
  const { vi, en } = halves(mail);
  expect(vi.split('\n')[0]).toBe(`Kính gửi: ${salutation}`);
  expect(en.trim().split('\n')[0].startsWith('To: ')).toBe(true);
  expect(mail.subject).toContain(' / ');
  for (const part of [vi, en, mail.html]) {
    expect(part).toContain(LINK);
    expect(part).not.toContain('undefined');
    expect(part).not.toContain('null');
  }
}

describe('adjustment mails', () => {
  it('asks the Department to certify, with the reason, each change and who will decide', () => {
    const mail = handOffAdjustmentRequested(BASE);
    expectWellFormed(mail, 'Sở Công Thương thành phố Hà Nội');
    expect(mail.subject.startsWith('[Đề nghị điều chỉnh] Đề án KCQG-2026-HN-0003: tăng kinh phí hỗ trợ')).toBe(true);
    const { vi, en } = halves(mail);
    expect(vi).toContain('Đơn vị thực hiện đề nghị tăng kinh phí hỗ trợ lúc 10:15 ngày 02/12/2026.');
    expect(vi).toContain('Lý do: Giá thiết bị nhập khẩu tăng 12%');
    expect(vi).toContain('- Kinh phí hỗ trợ: 135.000.000 đồng → 150.000.000 đồng');
    expect(vi).toContain(
      'để trình Bộ trưởng Bộ Công Thương (hoặc Thứ trưởng được ủy quyền) (Bộ Công Thương) quyết định',
    );
    expect(en).toContain('- Support: 135.000.000 đồng → 150.000.000 đồng');
  });

  it('puts the certified request to its decider, named in the salutation', () => {
    const mail = handOffAdjustmentCertified({
      ...BASE,
      addressee: { vi: 'Bộ trưởng Bộ Công Thương', en: 'the Minister of Industry and Trade' },
      actedBy: { vi: 'Lãnh đạo Sở Công Thương', en: 'Department leader' },
    });
    expectWellFormed(mail, 'Bộ trưởng Bộ Công Thương');
    expect(halves(mail).vi).toContain(
      'Kính trình Bộ trưởng Bộ Công Thương xem xét, quyết định chấp thuận hoặc không chấp thuận đề nghị điều chỉnh.',
    );
  });

  it('tells the unit of the approval with the document and the new terms version, and the copy', () => {
    const mail = handOffAdjustmentApproved({
      ...BASE,
      addressee: { vi: 'Trung tâm Khuyến công Hà Nội', en: 'Trung tâm Khuyến công Hà Nội' },
      decision: { no: '12/QĐ-BCT', date: '02/12/2026' },
      adjustment: { ...BASE.adjustment!, termsVersion: 2, copyTo: CUC },
    });
    expectWellFormed(mail, 'Trung tâm Khuyến công Hà Nội');
    const { vi } = halves(mail);
    expect(vi).toContain('theo văn bản số 12/QĐ-BCT ngày 02/12/2026');
    expect(vi).toContain('(phiên bản 2)');
    expect(vi).toContain(`Sao gửi: ${CUC}.`);
  });

  it('asks for the refund of the unused advance when an approved stop leaves one', () => {
    const mail = handOffAdjustmentApproved({
      ...BASE,
      addressee: { vi: 'Trung tâm Khuyến công Hà Nội', en: 'Trung tâm Khuyến công Hà Nội' },
      refund: '40.500.000 đồng',
      adjustment: {
        ...BASE.adjustment!,
        kind: { vi: 'Ngừng thực hiện đề án', en: 'Stopping the project' },
        changes: [],
      },
    });
    expectWellFormed(mail, 'Trung tâm Khuyến công Hà Nội');
    expect(halves(mail).vi).toContain(
      'Đề nghị đơn vị hoàn trả 40.500.000 đồng tạm ứng chưa sử dụng; đề án kết thúc sau khi ghi nhận khoản hoàn trả.',
    );
    expect(halves(mail).en).toContain('refund the unused advance of 40.500.000 đồng');
  });

  it('tells the unit of a rejection with its reason, and the Department of a withdrawal', () => {
    const rejected = handOffAdjustmentRejected({
      ...BASE,
      addressee: { vi: 'Trung tâm Khuyến công Hà Nội', en: 'Trung tâm Khuyến công Hà Nội' },
      actedBy: { vi: 'Lãnh đạo Cục', en: 'Cục leader' },
      reason: 'Vượt dự toán được giao',
    });
    expectWellFormed(rejected, 'Trung tâm Khuyến công Hà Nội');
    expect(halves(rejected).vi).toContain('Lý do: Vượt dự toán được giao');
    expect(halves(rejected).vi).toContain('Đề án tiếp tục thực hiện theo điều khoản hiện hành.');
    const withdrawn = handOffAdjustmentWithdrawn({ ...BASE, reason: 'Đã thu xếp được vốn đối ứng' });
    expectWellFormed(withdrawn, 'Sở Công Thương thành phố Hà Nội');
    expect(halves(withdrawn).vi).toContain('Sở Công Thương không cần xử lý tiếp');
  });

  it('says a stop request changes no terms', () => {
    const mail = handOffAdjustmentRequested({
      ...BASE,
      adjustment: {
        ...BASE.adjustment!,
        kind: { vi: 'Ngừng thực hiện đề án', en: 'Stopping the project' },
        changes: [],
      },
    });
    expect(halves(mail).vi).toContain('Đề nghị ngừng thực hiện đề án (không thay đổi điều khoản).');
  });
});
