import { Writable } from 'node:stream';
import { createLogger, loadLogLevel } from './logging';
import { loadDrainDelaySeconds, loadMetricsToken, loadWorkerObservabilityConfig } from './observability-config';

describe('observability settings', () => {
  it('reads LOG_LEVEL, default info, naming it when wrong', () => {
    expect(loadLogLevel({})).toBe('info');
    expect(loadLogLevel({ LOG_LEVEL: 'DEBUG' })).toBe('debug');
    expect(() => loadLogLevel({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL must be one of trace, debug/);
  });

  it('keeps the worker listeners off unless ports are given', () => {
    expect(loadWorkerObservabilityConfig({})).toEqual({ host: '127.0.0.1' });
    expect(
      loadWorkerObservabilityConfig({
        WORKER_HEALTH_PORT: '9465',
        WORKER_METRICS_PORT: '9464',
        WORKER_HEALTH_HOST: '0.0.0.0',
      }),
    ).toEqual({ healthPort: 9465, sdkMetricsPort: 9464, host: '0.0.0.0' });
    expect(() => loadWorkerObservabilityConfig({ WORKER_HEALTH_PORT: 'abc' })).toThrow(/WORKER_HEALTH_PORT/);
  });

  it('reads the metrics token and the drain delay', () => {
    expect(loadMetricsToken({})).toBeUndefined();
    expect(loadMetricsToken({ METRICS_TOKEN: ' t0ken ' })).toBe('t0ken');
    expect(loadDrainDelaySeconds({})).toBe(0);
    expect(loadDrainDelaySeconds({ API_DRAIN_DELAY_SECONDS: '5' })).toBe(5);
    expect(() => loadDrainDelaySeconds({ API_DRAIN_DELAY_SECONDS: '-1' })).toThrow(/API_DRAIN_DELAY_SECONDS/);
  });
});

describe('createLogger', () => {
  it('writes one JSON object per line with an ISO time, a level word and the service', () => {
    const lines: string[] = [];
    const destination = new Writable({
      write(chunk, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const logger = createLogger('api', 'info', destination);
    logger.info({ requestId: 'r1' }, 'hello');
    logger.debug('dropped below the level');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0])).toMatchObject({
      level: 'info',
      service: 'api',
      requestId: 'r1',
      msg: 'hello',
      time: expect.stringMatching(/Z$/),
    });
  });
});
