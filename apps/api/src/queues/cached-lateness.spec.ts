import fc from 'fast-check';
import { vietnamNonWorkingDays } from '@kc/calendar';
import { WorkingCalendar, addDays, endOfLocalDayUtc, lateness, mergeNonWorkingDays } from '@kc/domain';
import { cachedLateness } from './cached-lateness';

const calendar = new WorkingCalendar(
  mergeNonWorkingDays(vietnamNonWorkingDays(2025), vietnamNonWorkingDays(2026), vietnamNonWorkingDays(2027)),
);
const HOUR_MS = 3_600_000;

describe('cachedLateness', () => {
  it('answers what lateness answers, for due moments before, at and after now, asked in any order', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            dueOffset: fc.integer({ min: 0, max: 500 }),
            // Most rows are due at the end of their day; extended ones at any hour of another day.
            dueShiftHours: fc.oneof(fc.constant(0), fc.integer({ min: -72, max: 72 })),
            nowOffsetHours: fc.integer({ min: 0, max: 24 * 400 }),
          }),
          { minLength: 1, maxLength: 30 },
        ),
        (rows) => {
          for (const row of rows) {
            const dueDay = addDays('2025-06-01', row.dueOffset);
            const dueAt = new Date(Date.parse(endOfLocalDayUtc(dueDay)) + row.dueShiftHours * HOUR_MS).toISOString();
            const at = Date.parse('2025-06-01T00:00:00Z') + row.nowOffsetHours * HOUR_MS;
            expect(cachedLateness(dueDay, dueAt, at, calendar)).toEqual(lateness(dueDay, dueAt, at, calendar));
          }
        },
      ),
    );
  });

  it('counts per calendar: another calendar with other days off gets its own count', () => {
    const dueDay = '2026-04-20';
    const dueAt = endOfLocalDayUtc(dueDay);
    const at = Date.parse('2026-05-06T03:00:00Z');
    const plain = new WorkingCalendar();
    expect(cachedLateness(dueDay, dueAt, at, calendar).workingDays).toBe(
      lateness(dueDay, dueAt, at, calendar).workingDays,
    );
    expect(cachedLateness(dueDay, dueAt, at, plain).workingDays).toBe(lateness(dueDay, dueAt, at, plain).workingDays);
    expect(cachedLateness(dueDay, dueAt, at, plain).workingDays).toBeGreaterThan(
      cachedLateness(dueDay, dueAt, at, calendar).workingDays,
    );
  });
});
