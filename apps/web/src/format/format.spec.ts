import { dueDayOf, formatDay, formatDue } from './format';

describe('formatDue: a due day reads as the day, a moment keeps its time', () => {
  it('shows a deadline at 24:00 Vietnam time as its day, not as 00:00 of the next', () => {
    expect(dueDayOf('2026-12-25T17:00:00.000Z')).toBe('2026-12-25');
    expect(formatDue('2026-12-25T17:00:00.000Z', 'vi-VN')).toBe('25/12/2026');
    expect(formatDue('2026-12-25T17:00:00.000Z', 'vi-VN')).not.toContain('26/12');
  });

  it('crosses months and years: 31/12 ends at 17:00 UTC that day', () => {
    expect(formatDue('2026-12-31T17:00:00Z', 'vi-VN')).toBe('31/12/2026');
    expect(dueDayOf('2027-02-28T17:00:00.000Z')).toBe('2027-02-28');
  });

  it('keeps the time of a real moment (a report every 2 minutes)', () => {
    expect(dueDayOf('2026-12-02T06:53:00.000Z')).toBeNull();
    expect(formatDue('2026-12-02T06:53:00.000Z', 'vi-VN')).toMatch(/13:53.*02\/12\/2026/);
  });

  it('says nothing for a missing deadline', () => {
    expect(formatDue(null, 'vi-VN')).toBe('—');
    expect(dueDayOf('not a date')).toBeNull();
  });

  it('reads the day the same way in English', () => {
    expect(formatDue('2026-12-25T17:00:00.000Z', 'en-GB')).toBe(formatDay('2026-12-25', 'en-GB'));
  });
});
