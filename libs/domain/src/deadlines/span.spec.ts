import { describeSpanProblem, durationMs } from './span';

describe('durationMs (ISO 8601 durations without years or months)', () => {
  it.each([
    ['PT30S', 30_000],
    ['PT5M', 300_000],
    ['PT2H', 7_200_000],
    ['P2D', 172_800_000],
    ['P1W', 604_800_000],
    ['PT1.5S', 1_500],
    ['P1DT2H3M4S', 93_784_000],
  ])('%s is %d ms', (iso, ms) => {
    expect(durationMs(iso)).toBe(ms);
  });

  it.each([
    ['P', 'no component'],
    ['PT', 'a time designator with nothing after it'],
    ['P1DT', 'a trailing time designator'],
    ['5s', 'not ISO 8601'],
    ['pt30s', 'lower case'],
    ['P1M', 'months (their length varies)'],
    ['P1Y', 'years'],
    ['PT1.5M', 'a fraction outside the seconds'],
    ['', 'the empty string'],
  ])('refuses %j (%s)', (iso) => {
    expect(() => durationMs(iso)).toThrow(/not an ISO 8601 duration/);
  });
});

describe('describeSpanProblem', () => {
  it.each([[{ workingDays: 5 }], [{ workingDays: 0 }], [{ days: 30 }], [{ days: 3660 }], [{ duration: 'PT30S' }]])(
    'accepts %j',
    (span) => {
      expect(describeSpanProblem(span)).toBeNull();
    },
  );

  it.each([
    [null, /must be \{workingDays\}, \{days\} or \{duration\}/],
    ['5 days', /must be \{workingDays\}, \{days\} or \{duration\}/],
    [{}, /exactly one of/],
    [{ workingDays: 5, days: 5 }, /exactly one of/],
    [{ workingDays: -1 }, /whole number from 0 to 3660/],
    [{ workingDays: 1.5 }, /whole number from 0 to 3660/],
    [{ days: '30' }, /whole number from 0 to 3660/],
    [{ days: 3661 }, /whole number from 0 to 3660/],
    [{ duration: 30 }, /must be a string/],
    [{ duration: 'PT0S' }, /longer than zero/],
    [{ duration: 'P1M' }, /not an ISO 8601 duration: "P1M"/],
    [{ weeks: 2 }, /must be \{workingDays\}, \{days\} or \{duration\}/],
  ])('explains what is wrong with %j', (span, problem) => {
    expect(describeSpanProblem(span)).toMatch(problem);
  });
});
