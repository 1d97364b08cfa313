import { namedPublicHolidays } from './holiday-names';
import { vietnamNonWorkingDays } from './vietnam-holidays';

describe('namedPublicHolidays', () => {
  it('names every public holiday of the year, the same days as the working calendar', () => {
    const named = namedPublicHolidays(2027);
    expect(named.map((h) => h.day)).toEqual(vietnamNonWorkingDays(2027).holidays);
    const byDay = Object.fromEntries(named.map((h) => [h.day, h.name.vi]));
    expect(byDay['2027-01-01']).toBe('Tết Dương lịch');
    expect(byDay['2027-02-06']).toBe('Tết Nguyên Đán');
    expect(byDay['2027-04-16']).toBe('Giỗ tổ Hùng Vương');
    expect(byDay['2027-09-01']).toBe('Quốc khánh (ngày thứ hai)');
    expect(byDay['2027-09-02']).toBe('Quốc khánh');
  });

  it('names a compensatory day (1/5/2027 is a Saturday: Monday 3/5 off)', () => {
    const named = namedPublicHolidays(2027);
    expect(named.find((h) => h.day === '2027-05-03')?.name).toEqual({ vi: 'Nghỉ bù', en: 'Compensatory day off' });
  });
});
