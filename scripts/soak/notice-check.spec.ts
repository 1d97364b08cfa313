import { KILL_CUT_WINDOW_MS, killThatCutTheMark } from './notice-check';

describe('killThatCutTheMark', () => {
  const delivered = Date.parse('2026-12-06T10:47:00.000Z');

  it('names the worker kill that came just after the first copy arrived', () => {
    expect(killThatCutTheMark([delivered + 21_000, delivered], [delivered - 60_000, delivered + 40])).toBe(40);
  });

  it('counts a second copy as a fault when no worker kill came within the window after the first', () => {
    expect(killThatCutTheMark([delivered, delivered + 21_000], [delivered + KILL_CUT_WINDOW_MS + 1])).toBeNull();
    expect(killThatCutTheMark([delivered, delivered + 21_000], [delivered - 1])).toBeNull();
    expect(killThatCutTheMark([delivered, delivered + 21_000], [])).toBeNull();
  });

  it('does not count a second copy sent before the kill: the kill cannot have caused it', () => {
    expect(killThatCutTheMark([delivered, delivered + 30], [delivered + 40])).toBeNull();
  });
});
