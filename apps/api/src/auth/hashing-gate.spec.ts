import { HashingBusyError, HashingGate } from './hashing-gate';

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('HashingGate', () => {
  it('runs at most maxRunning tasks at once, queues maxWaiting more and refuses the rest at once', async () => {
    const gate = new HashingGate(2, 1);
    const release = [deferred(), deferred(), deferred()];
    let peak = 0;
    let active = 0;
    const task = (i: number) => async () => {
      active += 1;
      peak = Math.max(peak, active);
      await release[i].promise;
      active -= 1;
      return i;
    };
    const first = gate.run(task(0));
    const second = gate.run(task(1));
    const third = gate.run(task(2));
    expect(gate.isFull).toBe(true);
    await expect(gate.run(task(0))).rejects.toBeInstanceOf(HashingBusyError);
    expect(gate.load).toEqual({ running: 2, waiting: 1 });
    release[0].resolve();
    await expect(first).resolves.toBe(0);
    release[1].resolve();
    release[2].resolve();
    await expect(Promise.all([second, third])).resolves.toEqual([1, 2]);
    expect(peak).toBe(2);
    expect(gate.load).toEqual({ running: 0, waiting: 0 });
    expect(gate.isFull).toBe(false);
  });

  it('frees the slot when a task fails', async () => {
    const gate = new HashingGate(1, 0);
    await expect(gate.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(gate.run(() => Promise.resolve('ok'))).resolves.toBe('ok');
  });

  it('answers 429 with a Retry-After in seconds', () => {
    const error = new HashingBusyError(1);
    expect(error.status).toBe(429);
    expect(error.extra).toEqual({ retryAfterSeconds: 1 });
    expect(error.message).toMatch(/^Hệ thống .* \/ too many logins/);
  });
});
