import pino from 'pino';
import { Env, readChoice } from './env';

export type Logger = pino.Logger;
export type LogDestination = pino.DestinationStream;

const LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const;
export type LogLevel = (typeof LEVELS)[number];

export function loadLogLevel(env: Env = process.env): LogLevel {
  return readChoice(env, 'LOG_LEVEL', LEVELS, 'info');
}

/**
 * One JSON object per line on stdout (or on `destination`, which tests use to read the lines back):
 * `time` in ISO 8601 UTC, `level` as a word, and `service` naming the process that wrote it.
 */
export function createLogger(service: string, level: LogLevel, destination?: LogDestination): Logger {
  return pino(
    {
      level,
      base: { service },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    destination ?? pino.destination({ dest: 1, sync: true }),
  );
}
