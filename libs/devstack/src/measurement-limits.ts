/**
 * Rate limits far above what a measurement sends: the load test and the benchmarks measure the system, not its rate
 * limiter (300 writes a minute per user would refuse a benchmark's officer after a few rounds).
 */
export const GENEROUS_LIMITS = {
  RATE_LIMIT_LOGIN: '100000',
  RATE_LIMIT_WRITE: '10000000',
  RATE_LIMIT_WRITE_WINDOW_SECONDS: '60',
};
