/**
 * Tells a PostgreSQL that cannot be reached apart from every other failure, so the API can answer 503
 * ("retry later, nothing changed") instead of 500. The pg driver and TypeORM report it in several shapes:
 * socket errors (ECONNREFUSED...), server shutdown codes (57P01...), pool and client timeouts by message only,
 * and TypeORM's QueryFailedError that wraps the driver's error.
 */
const UNREACHABLE_ERRNOS = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND']);

/** 57P01 admin shutdown, 57P02 crash shutdown, 57P03 cannot connect now (starting up or shutting down). */
const UNREACHABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03']);

const UNREACHABLE_MESSAGES = [
  /connection terminated/i, // "Connection terminated unexpectedly", "... due to connection timeout"
  /timeout exceeded when trying to connect/i, // pg-pool's connectionTimeoutMillis
  /the database system is (starting up|shutting down|in recovery mode)/i,
  /terminating connection due to administrator command/i,
  /Client has encountered a connection error and is not queryable/i,
];

export const DATABASE_UNREACHABLE_MESSAGE =
  'Không kết nối được cơ sở dữ liệu; dữ liệu không bị thay đổi, vui lòng thử lại sau / ' +
  'the database is unreachable; nothing was changed, please retry later';

export function isDatabaseUnreachable(error: unknown, depth = 0): boolean {
  if (depth > 5 || typeof error !== 'object' || error === null) return false;
  const e = error as { code?: unknown; message?: unknown; cause?: unknown; driverError?: unknown; errors?: unknown };
  if (typeof e.code === 'string') {
    if (UNREACHABLE_ERRNOS.has(e.code) || UNREACHABLE_SQLSTATES.has(e.code)) return true;
    // Class 08: connection exception (08000, 08003, 08006...).
    if (/^08[0-9A-Z]{3}$/.test(e.code)) return true;
  }
  if (typeof e.message === 'string' && UNREACHABLE_MESSAGES.some((pattern) => pattern.test(e.message as string))) {
    return true;
  }
  const nested = [e.driverError, e.cause, ...(Array.isArray(e.errors) ? e.errors : [])];
  return nested.some((inner) => inner !== error && isDatabaseUnreachable(inner, depth + 1));
}
