import { DICTIONARY, MessageKey } from '../../../i18n/dictionary';
import { draftOf, overrideOf } from './milestone-draft';

/** The page's Vietnamese (i18n.tsx's fill, which the unit tier cannot load: it is a .tsx module). */
const t = (key: MessageKey, params: Record<string, string | number> = {}) =>
  DICTIONARY.vi[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
const registration = { yearOffset: -1 as const, month: 6, day: 20, remindDaysBefore: 10 };

describe('overrideOf', () => {
  it('sends only the fields that differ from the default', () => {
    const draft = { ...draftOf(registration), day: '15' };
    expect(overrideOf(draft, registration, t)).toEqual({ override: { day: 15 }, reset: false, problems: {} });
    const moved = { ...draftOf(registration), yearOffset: '0' as const, month: '1', remindDaysBefore: '0' };
    expect(overrideOf(moved, registration, t).override).toEqual({ yearOffset: 0, month: 1, remindDaysBefore: 0 });
  });

  it('is a reset when every field is the default again', () => {
    expect(overrideOf(draftOf(registration), registration, t)).toEqual({ override: null, reset: true, problems: {} });
  });

  it('names each problem under its field, the day checked against the month', () => {
    const bad = { yearOffset: '-1' as const, month: '6', day: '31', remindDaysBefore: '61' };
    const { override, reset, problems } = overrideOf(bad, registration, t);
    expect({ override, reset }).toEqual({ override: null, reset: false });
    expect(problems.day).toBe('Ngày phải từ 1 đến 30 (tháng 6 có 30 ngày).');
    expect(problems.remindDaysBefore).toContain('0 đến 60');
    expect(Object.keys(overrideOf({ ...bad, day: 'x', remindDaysBefore: '2.5' }, registration, t).problems)).toEqual([
      'day',
      'remindDaysBefore',
    ]);
    expect(overrideOf({ ...draftOf(registration), month: '2', day: '29' }, registration, t).override).toEqual({
      month: 2,
      day: 29,
    });
  });
});
