import { spawn } from 'node:child_process';
import { formatPrefix, stopProcess } from './process-runner';

describe('formatPrefix', () => {
  it('colours the name on a terminal and leaves it plain otherwise', () => {
    expect(formatPrefix('api', 'cyan', true)).toBe('\x1b[36m[api]\x1b[0m');
    expect(formatPrefix('api', 'cyan', false)).toBe('[api]');
  });
});

describe('stopProcess', () => {
  const node = (script: string) => spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  const started = (child: ReturnType<typeof node>) =>
    new Promise<void>((resolve) => child.stdout!.once('data', () => resolve()));

  it('ends a child that honours SIGTERM with SIGTERM', async () => {
    const child = node("console.log('up'); setInterval(() => {}, 1000)");
    await started(child);
    await stopProcess(child, 5000);
    expect(child.signalCode).toBe('SIGTERM');
  });

  it('kills a child that ignores SIGTERM once the grace time is over', async () => {
    const child = node("process.on('SIGTERM', () => {}); console.log('up'); setInterval(() => {}, 1000)");
    await started(child);
    const before = Date.now();
    await stopProcess(child, 300);
    expect(child.signalCode).toBe('SIGKILL');
    expect(Date.now() - before).toBeGreaterThanOrEqual(290);
  });

  it('returns at once for a child that has already exited', async () => {
    const child = node("console.log('bye')");
    await new Promise((resolve) => child.once('exit', resolve));
    await expect(stopProcess(child, 10)).resolves.toBeUndefined();
  });
});
