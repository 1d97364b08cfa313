import { addresseeOf, contactOf, cucOn, dueText, localDay, localMoment, officeOf, vnd } from './mail-addressing';

describe('mail addressing', () => {
  it('writes a due day as the day, and a deadline within a day with its time', () => {
    // 25/12/2026 ends at 17:00 UTC (24:00 in Vietnam).
    expect(dueText('2026-12-25', '2026-12-25T17:00:00.000Z')).toEqual({ vi: 'ngày 25/12/2026', en: '25/12/2026' });
    expect(dueText('2026-12-25', '2026-12-25T07:05:00.000Z')).toEqual({
      vi: '14:05 ngày 25/12/2026',
      en: '14:05 on 25/12/2026',
    });
    expect(localDay('2026-04-01')).toBe('01/04/2026');
    expect(localMoment('2026-12-02T03:15:00.000Z')).toEqual({ vi: '10:15 ngày 02/12/2026', en: '10:15 on 02/12/2026' });
  });

  it('names one person by full name, several by their office', () => {
    const office = officeOf('HN');
    expect(office.vi).toBe('Sở Công Thương thành phố Hà Nội');
    expect(addresseeOf([{ email: 'a@x.vn', fullName: 'Trần Quốc Hùng' }], office).vi).toBe('Trần Quốc Hùng');
    expect(
      addresseeOf(
        [
          { email: 'a@x.vn', fullName: 'A' },
          { email: 'b@x.vn', fullName: 'B' },
        ],
        office,
      ).vi,
    ).toBe('Sở Công Thương thành phố Hà Nội');
    expect(officeOf('BN').vi).toBe('Sở Công Thương tỉnh Bắc Ninh');
    // The Cục by the organisations' dated names: its name of the day, the old one before 2025-03-01.
    expect(officeOf(null, '2026-12-02').vi).toBe('Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công');
    expect(officeOf(null, '2024-06-30').vi).toBe('Cục Công Thương địa phương');
    expect(cucOn('2025-03-01').vi).toBe('Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công');
  });

  it('gives the office as the contact when the province has no officer, without borrowing another address', () => {
    expect(contactOf([], 'HN')).toEqual({ name: 'Sở Công Thương thành phố Hà Nội', email: null });
    expect(contactOf([{ email: 'o@x.vn', fullName: 'Nguyễn Thu Hà' }], 'HN')).toEqual({
      name: 'Nguyễn Thu Hà',
      email: 'o@x.vn',
    });
  });

  it('writes money as a Vietnamese document does', () => {
    expect(vnd(135000000)).toBe('135.000.000 đồng');
  });
});
