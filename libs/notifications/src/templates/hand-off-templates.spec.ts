import {
  HandOffContext,
  handOffAccepted,
  handOffApproved,
  handOffContracted,
  handOffRejected,
  handOffReturned,
  handOffSubmitted,
} from './hand-off-templates';

const LINK = 'https://kc.example.vn/projects/42';

const BASE: HandOffContext = {
  project: {
    code: 'KCĐP-2026-HN-0002',
    title: 'Máy sấy nông sản',
    provinceName: 'Hà Nội',
    url: LINK,
    unitName: 'Trung tâm Khuyến công Hà Nội',
  },
  addressee: { vi: 'Trung tâm Khuyến công Hà Nội', en: 'Trung tâm Khuyến công Hà Nội' },
  occurredLocal: '10:15 ngày 02/12/2026',
  reason: null,
  contract: null,
  minutes: null,
  approvedSupport: null,
  contact: { name: 'Nguyễn Văn An', email: 'officer.hn@demo.local' },
};

function viOf(text: string): string {
  return text.split('\n---\n')[0];
}

describe('hand-off notices', () => {
  it('tells the Department a project was submitted, asking for its appraisal, with the web link', () => {
    const mail = handOffSubmitted({
      ...BASE,
      addressee: { vi: 'Sở Công Thương Hà Nội', en: 'the Department of Industry and Trade of Hà Nội' },
    });
    const vi = viOf(mail.text);
    expect(mail.subject).toBe(
      '[Hồ sơ mới] Đề án KCĐP-2026-HN-0002 đã được gửi, đề nghị tiến hành thẩm định / Project submitted for appraisal',
    );
    expect(vi.split('\n')[0]).toBe('Kính gửi: Sở Công Thương Hà Nội');
    expect(vi).toContain('Đề án đã được gửi Sở Công Thương lúc 10:15 ngày 02/12/2026, đề nghị tiến hành thẩm định.');
    expect(vi).toContain(`Xem đề án: ${LINK}`);
    expect(mail.html).toContain(`<a href="${LINK}">Xem đề án</a>`);
  });

  it('tells the unit of the approval with the approved support', () => {
    const vi = viOf(handOffApproved({ ...BASE, approvedSupport: '135.000.000 đồng' }).text);
    expect(vi.split('\n')[0]).toBe('Kính gửi: Trung tâm Khuyến công Hà Nội');
    expect(vi).toContain(
      'Đề án đã được phê duyệt lúc 10:15 ngày 02/12/2026, kinh phí khuyến công hỗ trợ 135.000.000 đồng.',
    );
  });

  it('gives the reason of a return or a rejection', () => {
    expect(viOf(handOffReturned({ ...BASE, reason: 'Thiếu báo giá thiết bị' }).text)).toContain(
      'Lý do: Thiếu báo giá thiết bị',
    );
    const rejected = handOffRejected({ ...BASE, reason: 'Không phù hợp định mức' });
    expect(rejected.subject.startsWith('[Không phê duyệt]')).toBe(true);
    expect(viOf(rejected.text)).toContain('Lý do: Không phù hợp định mức');
  });

  it('tells the unit that reporting starts once the contract is signed', () => {
    const vi = viOf(handOffContracted({ ...BASE, contract: { no: 'HĐ-12/2026', date: '01/04/2026' } }).text);
    expect(vi).toContain('Hợp đồng thực hiện đề án số HĐ-12/2026 ngày 01/04/2026 đã được ký.');
    expect(vi).toContain('báo cáo tiến độ định kỳ');
  });

  it('tells the unit of the acceptance and what comes next', () => {
    const vi = viOf(handOffAccepted({ ...BASE, minutes: { no: 'BB-03', date: '20/11/2026' } }).text);
    expect(vi).toContain('Đề án đã được nghiệm thu theo biên bản số BB-03 ngày 20/11/2026.');
  });
});
