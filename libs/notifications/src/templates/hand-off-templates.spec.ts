import {
  HandOffContext,
  HandOffTemplate,
  handOffAccepted,
  handOffApproved,
  handOffCarriedOver,
  handOffCarryOverRefused,
  handOffCarryOverRequested,
  handOffContracted,
  handOffMinistryAppraisal,
  handOffNotSelected,
  handOffRefundDue,
  handOffRefundRecorded,
  handOffRegistered,
  handOffRejected,
  handOffReturned,
  handOffStopRefused,
  handOffStopRequested,
  handOffStopped,
  handOffSubmitted,
} from './hand-off-templates';
import { RenderedMail } from './notice';

const LINK = 'https://kc.example.vn/projects/42';

const BASE: HandOffContext = {
  project: {
    code: 'KCĐP-2026-HN-0002',
    title: 'Máy sấy nông sản',
    provinceName: 'Hà Nội',
    url: LINK,
    unitName: 'Trung tâm Khuyến công Hà Nội',
  },
  national: false,
  department: { vi: 'Sở Công Thương thành phố Hà Nội', en: 'the Department of Industry and Trade, thành phố Hà Nội' },
  cuc: { vi: 'Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công', en: 'the central department (Cục)' },
  actedBy: { vi: 'Đơn vị thực hiện', en: 'Implementing unit' },
  addressee: { vi: 'Trung tâm Khuyến công Hà Nội', en: 'Trung tâm Khuyến công Hà Nội' },
  occurredLocal: { vi: '10:15 ngày 02/12/2026', en: '10:15 on 02/12/2026' },
  reason: null,
  contract: null,
  minutes: null,
  approvedSupport: null,
  decision: null,
  onBehalfOfMinister: false,
  refund: null,
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

/** A national project of Hà Nội (KCQG), as the Cục and the Minister handle it. */
const NATIONAL: HandOffContext = {
  ...BASE,
  project: { ...BASE.project, code: 'KCQG-2026-HN-0003', title: 'Dây chuyền chế biến chè' },
  national: true,
};
const CUC = { vi: 'Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công', en: 'the central department (Cục)' };
const MINISTER = { vi: 'Bộ trưởng Bộ Công Thương', en: 'the Minister of Industry and Trade' };
const DEPARTMENT_LEADERS = {
  vi: 'Lãnh đạo Sở Công Thương thành phố Hà Nội',
  en: 'the leadership of the Department of Industry and Trade, thành phố Hà Nội',
};

function halves(mail: RenderedMail): { vi: string; en: string } {
  const [vi, en, ...rest] = mail.text.split('\n---\n');
  expect(rest).toEqual([]);
  return { vi, en };
}

/** What every hand-off mail carries: the salutation first, both languages, the project's web page, NFC text. */
function expectWellFormed(mail: RenderedMail, salutation: string) {
  const { vi, en } = halves(mail);
  expect(vi.split('\n')[0]).toBe(`Kính gửi: ${salutation}`);
  expect(en.trim().split('\n')[0].startsWith('To: ')).toBe(true);
  expect(mail.subject).toContain(' / ');
  for (const part of [vi, en, mail.html]) {
    expect(part).toContain('https://kc.example.vn/projects/42');
    expect(part).not.toContain('/api/');
    expect(part).not.toContain('undefined');
    expect(part).not.toContain('null');
  }
  expect(vi).toContain('Xem đề án: https://kc.example.vn/projects/42');
  expect(en).toContain('Open the project: https://kc.example.vn/projects/42');
  for (const s of [mail.subject, mail.text, mail.html]) expect(s.normalize('NFC')).toBe(s);
  // Vietnamese first.
  expect(mail.html.indexOf('<div lang="vi">')).toBeLessThan(mail.html.indexOf('<div lang="en"'));
}

describe('hand-off notices of the national path and of stops and carry-overs', () => {
  it('tells the Cục that the Department registered the project in the national plan’s list', () => {
    const mail = handOffRegistered({ ...NATIONAL, addressee: CUC });
    expectWellFormed(mail, 'Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công');
    expect(mail.subject).toBe(
      '[Đăng ký kế hoạch KCQG] Đề án KCQG-2026-HN-0003: đề nghị thẩm định cấp Bộ / Project registered for the national plan',
    );
    const { vi, en } = halves(mail);
    expect(vi).toContain(
      'Sở Công Thương thành phố Hà Nội đã đăng ký đề án vào danh sách kế hoạch khuyến công quốc gia lúc 10:15 ngày 02/12/2026',
    );
    expect(vi).toContain('thẩm định cấp Bộ');
    // The English half: its own time words, and a capital where a line opens on an office's name.
    expect(en).toContain('\nThe Department of Industry and Trade, thành phố Hà Nội registered the project');
    expect(en).toContain('at 10:15 on 02/12/2026 (Vietnam time)');
    expect(en).not.toContain('ngày');
  });

  it('tells the unit the Cục opened its ministry appraisal', () => {
    const mail = handOffMinistryAppraisal(NATIONAL);
    expectWellFormed(mail, 'Trung tâm Khuyến công Hà Nội');
    expect(halves(mail).vi).toContain(
      'Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công đã tiếp nhận hồ sơ và tổ chức thẩm định cấp Bộ',
    );
  });

  it('names the Minister’s decision on a national approval entered by the Cục leader, and the Cục as the party to sign', () => {
    const mail = handOffApproved({
      ...NATIONAL,
      approvedSupport: '500.000.000 đồng',
      decision: { no: '88/QĐ-BCT', date: '01/12/2026' },
      onBehalfOfMinister: true,
    });
    expectWellFormed(mail, 'Trung tâm Khuyến công Hà Nội');
    const { vi, en } = halves(mail);
    expect(vi).toContain(
      'Đề án đã được phê duyệt vào kế hoạch khuyến công quốc gia theo Quyết định của Bộ trưởng Bộ Công Thương số 88/QĐ-BCT ngày 01/12/2026 lúc 10:15 ngày 02/12/2026, kinh phí khuyến công hỗ trợ 500.000.000 đồng.',
    );
    expect(vi).toContain('thay mặt Bộ trưởng');
    expect(vi).toContain(
      'Đề nghị đơn vị phối hợp với Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công để ký hợp đồng',
    );
    expect(en).toContain('by decision of the Minister of Industry and Trade no. 88/QĐ-BCT of 01/12/2026');
  });

  it('names a local approval’s decision when recorded, with no Minister', () => {
    const { vi } = halves(handOffApproved({ ...BASE, decision: { no: '12/QĐ-SCT', date: '01/12/2026' } }));
    expect(vi).toContain(
      'Đề án đã được phê duyệt theo Quyết định số 12/QĐ-SCT ngày 01/12/2026 lúc 10:15 ngày 02/12/2026.',
    );
    expect(vi).not.toContain('Bộ trưởng');
  });

  it('tells the unit the project was left out of the national plan, with the reason', () => {
    const mail = handOffNotSelected({ ...NATIONAL, reason: 'Vượt tổng kinh phí kế hoạch năm' });
    expectWellFormed(mail, 'Trung tâm Khuyến công Hà Nội');
    expect(mail.subject.startsWith('[Không được chọn] Đề án KCQG-2026-HN-0003')).toBe(true);
    expect(halves(mail).vi).toContain('Lý do: Vượt tổng kinh phí kế hoạch năm');
  });

  it.each([
    ['stop', handOffStopRequested, '[Đề nghị ngừng thực hiện]', 'quyết định ngừng thực hiện đề án'],
    ['carry-over', handOffCarryOverRequested, '[Đề nghị chuyển tiếp]', 'quyết định cho phép chuyển tiếp'],
  ] as Array<[string, HandOffTemplate, string, string]>)(
    'puts a %s request to the Minister, naming who asks and why',
    (_, template, tag, ask) => {
      const mail = template({
        ...NATIONAL,
        addressee: MINISTER,
        actedBy: { vi: 'Lãnh đạo Sở Công Thương', en: 'Department leader' },
        reason: 'Đơn vị không bố trí được vốn đối ứng',
      });
      expectWellFormed(mail, 'Bộ trưởng Bộ Công Thương');
      expect(mail.subject.startsWith(`${tag} Đề án KCQG-2026-HN-0003: kính trình Bộ trưởng quyết định`)).toBe(true);
      const { vi } = halves(mail);
      expect(vi).toContain('Lãnh đạo Sở Công Thương đề nghị');
      expect(vi).toContain('Lý do: Đơn vị không bố trí được vốn đối ứng');
      expect(vi).toContain(`Kính trình Bộ trưởng xem xét, ${ask}`);
    },
  );

  it('tells the unit of the Minister’s stop decision with its number and day', () => {
    const mail = handOffStopped({ ...NATIONAL, decision: { no: '120/QĐ-BCT', date: '02/12/2026' } });
    expectWellFormed(mail, 'Trung tâm Khuyến công Hà Nội');
    expect(halves(mail).vi).toContain(
      'Đề án ngừng thực hiện theo Quyết định của Bộ trưởng Bộ Công Thương số 120/QĐ-BCT ngày 02/12/2026 (10:15 ngày 02/12/2026).',
    );
  });

  it('asks the unit to refund the unused advance, to the Cục for a national project and to the Department for a local one', () => {
    const national = handOffRefundDue({
      ...NATIONAL,
      decision: { no: '120/QĐ-BCT', date: '02/12/2026' },
      refund: '35.000.000 đồng',
    });
    expectWellFormed(national, 'Trung tâm Khuyến công Hà Nội');
    expect(national.subject).toContain('đề nghị hoàn trả 35.000.000 đồng');
    expect(halves(national).vi).toContain(
      'Đề nghị đơn vị hoàn trả kinh phí đã tạm ứng nhưng chưa sử dụng: 35.000.000 đồng cho Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công.',
    );
    expect(halves(national).en).toContain(
      'Please refund the advance not used, 35.000.000 đồng, to the central department (Cục).',
    );
    const local = handOffRefundDue({
      ...BASE,
      decision: { no: '7/QĐ-SCT', date: '02/12/2026' },
      refund: '1.250.000 đồng',
    });
    expect(halves(local).vi).toContain('Đề án ngừng thực hiện theo Quyết định số 7/QĐ-SCT ngày 02/12/2026');
    expect(halves(local).vi).toContain('1.250.000 đồng cho Sở Công Thương thành phố Hà Nội.');
  });

  it('tells the unit the Minister refused the stop or the carry-over, with the reason', () => {
    const stop = handOffStopRefused({ ...NATIONAL, reason: 'Đề án vẫn có khả năng hoàn thành' });
    expectWellFormed(stop, 'Trung tâm Khuyến công Hà Nội');
    expect(halves(stop).vi).toContain('Bộ trưởng Bộ Công Thương không chấp thuận đề nghị ngừng thực hiện đề án');
    expect(halves(stop).vi).toContain('Lý do: Đề án vẫn có khả năng hoàn thành');
    const carry = handOffCarryOverRefused({ ...NATIONAL, reason: 'Không còn dự toán năm sau' });
    expectWellFormed(carry, 'Trung tâm Khuyến công Hà Nội');
    expect(halves(carry).vi).toContain('Lý do: Không còn dự toán năm sau');
  });

  it('tells the unit the carry-over was allowed, with the decision', () => {
    const mail = handOffCarriedOver({ ...NATIONAL, decision: { no: '130/QĐ-BCT', date: '02/12/2026' } });
    expectWellFormed(mail, 'Trung tâm Khuyến công Hà Nội');
    expect(halves(mail).vi).toContain(
      'kéo dài thời gian thực hiện sang năm sau theo Quyết định của Bộ trưởng Bộ Công Thương số 130/QĐ-BCT ngày 02/12/2026',
    );
  });

  it('tells the Department the refund was recorded and the project closed', () => {
    const mail = handOffRefundRecorded({ ...NATIONAL, addressee: DEPARTMENT_LEADERS, refund: '35.000.000 đồng' });
    expectWellFormed(mail, 'Lãnh đạo Sở Công Thương thành phố Hà Nội');
    expect(halves(mail).vi).toContain(
      'Khoản hoàn trả kinh phí tạm ứng chưa sử dụng 35.000.000 đồng của đơn vị đã được ghi nhận',
    );
  });
});
