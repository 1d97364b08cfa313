import { VIETNAM_TIME as intl, toVietnamTime } from './local-time';

describe('toVietnamTime', () => {
  it('writes an instant as Asia/Ho_Chi_Minh time, hours first', () => {
    expect(toVietnamTime('2026-11-27T03:05:00Z')).toBe('10:05 27/11/2026');
    expect(toVietnamTime('2026-12-05T17:00:00Z')).toBe('00:00 06/12/2026');
    expect(toVietnamTime(new Date('2026-12-31T16:59:59.999Z'))).toBe('23:59 31/12/2026');
  });

  it('agrees with Intl on 20,000 instants from 1970 to 2100, across the 1975 change of offset', () => {
    let seed = 42;
    const random = () => {
      seed = (seed * 16_807) % 2_147_483_647;
      return seed / 2_147_483_647;
    };
    const from = Date.UTC(1970, 0, 1);
    const to = Date.UTC(2100, 0, 1);
    const instants = [Date.UTC(1975, 5, 12, 16, 59), Date.UTC(1975, 5, 12, 17, 0), Date.UTC(2000, 1, 29, 12)];
    for (let i = 0; i < 20_000; i += 1) instants.push(Math.floor(from + random() * (to - from)));
    for (const ms of instants) expect(toVietnamTime(new Date(ms))).toBe(intl.format(new Date(ms)));
  });

  it('leaves an invalid time to Intl (which refuses it)', () => {
    expect(() => toVietnamTime('not a time')).toThrow(RangeError);
  });
});
