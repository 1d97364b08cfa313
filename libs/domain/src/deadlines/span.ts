/**
 * A length of time in a deadline policy: counted in working days, in calendar days, or as an exact
 * ISO 8601 duration (PT30S, P2D). Durations let a demo or a test run a whole policy in seconds.
 */
export type Span = { workingDays: number } | { days: number } | { duration: string };

const DURATION = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/** Milliseconds of an ISO 8601 duration without years or months (their length varies). */
export function durationMs(iso: string): number {
  const m = DURATION.exec(iso);
  if (!m || iso === 'P' || iso.endsWith('T'))
    throw new Error(`not an ISO 8601 duration: "${iso}" (e.g. PT30S, PT5M, P2D)`);
  const [weeks, days, hours, minutes, seconds] = m.slice(1).map((v) => (v ? Number(v) : 0));
  return Math.round((((weeks * 7 + days) * 24 + hours) * 60 + minutes) * 60_000 + seconds * 1000);
}

export function describeSpanProblem(span: unknown): string | null {
  if (typeof span !== 'object' || span === null) return 'must be {workingDays}, {days} or {duration}';
  const s = span as Record<string, unknown>;
  const keys = Object.keys(s);
  if (keys.length !== 1) return 'must have exactly one of workingDays, days, duration';
  if ('workingDays' in s || 'days' in s) {
    const n = s.workingDays ?? s.days;
    return Number.isInteger(n) && (n as number) >= 0 && (n as number) <= 3660
      ? null
      : 'must be a whole number from 0 to 3660';
  }
  if ('duration' in s) {
    if (typeof s.duration !== 'string') return 'duration must be a string such as PT30S';
    try {
      return durationMs(s.duration) > 0 ? null : 'duration must be longer than zero';
    } catch (err) {
      return (err as Error).message;
    }
  }
  return 'must be {workingDays}, {days} or {duration}';
}
