import { ExpiringReads } from './expiring-reads';

describe('ExpiringReads', () => {
  let now = 0;
  const reads = () => new ExpiringReads(3_000, () => now);

  beforeEach(() => {
    now = 1_000_000;
  });

  it('reads a key once within the TTL, sharing a read in flight, and again after it', async () => {
    const cache = reads();
    const load = jest.fn(async () => ({ approver: 'DEPT_LEADER' }));
    const [a, b] = await Promise.all([cache.read('HN', load), cache.read('HN', load)]);
    expect(load).toHaveBeenCalledTimes(1);
    expect(a).toEqual(b);
    now += 2_999;
    await cache.read('HN', load);
    expect(load).toHaveBeenCalledTimes(1);
    now += 1;
    await cache.read('HN', load);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('keeps keys apart and reads everything again after forget', async () => {
    const cache = reads();
    const load = jest.fn(async () => 1);
    await cache.read('HN', load);
    await cache.read('BN', load);
    expect(load).toHaveBeenCalledTimes(2);
    cache.forget();
    await cache.read('HN', load);
    expect(load).toHaveBeenCalledTimes(3);
  });

  it('reads the database every time when not cached', async () => {
    const cache = reads();
    const load = jest.fn(async () => 1);
    await cache.read('HN', load, { cached: false });
    await cache.read('HN', load, { cached: false });
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('does not keep a failed read', async () => {
    const cache = reads();
    const load = jest.fn().mockRejectedValueOnce(new Error('database away')).mockResolvedValueOnce('ok');
    await expect(cache.read('HN', load)).rejects.toThrow('database away');
    await expect(cache.read('HN', load)).resolves.toBe('ok');
  });

  it('gives each caller its own copy', async () => {
    const cache = reads();
    const first = await cache.read('policy', async () => ({ limits: { SUBMITTED: 'P5D' } }));
    first.limits.SUBMITTED = 'changed';
    const second = await cache.read('policy', async () => ({ limits: { SUBMITTED: 'never read' } }));
    expect(second.limits.SUBMITTED).toBe('P5D');
  });
});
