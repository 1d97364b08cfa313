import { validateSync } from 'class-validator';
import { IsCalendarDate } from './is-calendar-date';

class Dated {
  @IsCalendarDate()
  day!: unknown;
}

function problems(day: unknown): string[] {
  const dated = new Dated();
  dated.day = day;
  return validateSync(dated).flatMap((e) => Object.values(e.constraints ?? {}));
}

describe('IsCalendarDate', () => {
  it.each(['2026-02-28', '2028-02-29', '2026-12-31'])('accepts %s', (day) => {
    expect(problems(day)).toEqual([]);
  });

  it.each([
    '2026-02-30',
    '2026-02-29',
    '2026-13-01',
    '2026-00-10',
    '2026-04-31',
    '',
    'yesterday',
    '2026-1-1',
    '2026-04-01T00:00:00Z',
    20260401,
    null,
  ])('refuses %p with a bilingual message', (day) => {
    expect(problems(day)).toEqual([
      'day phải là ngày có thật dạng YYYY-MM-DD / must be a real calendar day, YYYY-MM-DD',
    ]);
  });
});
