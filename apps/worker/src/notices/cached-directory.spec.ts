import { CachedRecipientDirectory } from './cached-directory';

/** A directory that counts its reads and answers what `people` holds at the time. */
function countingDirectory() {
  const state = {
    reads: 0,
    fail: false,
    people: [{ email: 'officer.hn@demo.local', fullName: 'Cán bộ Hà Nội' }],
    async emails() {
      state.reads += 1;
      await Promise.resolve();
      if (state.fail) throw new Error('connection refused');
      return state.people.map((p) => ({ ...p }));
    },
  };
  return state;
}

const officersOfHanoi = { roles: ['officer'], provinceCode: 'HN' };

describe('CachedRecipientDirectory', () => {
  it('shares one read among concurrent asks and answers from it until the TTL passes', async () => {
    const directory = countingDirectory();
    let now = 0;
    const cached = new CachedRecipientDirectory(directory, 5000, () => now);
    const answers = await Promise.all(Array.from({ length: 20 }, () => cached.emails(officersOfHanoi)));
    expect(directory.reads).toBe(1);
    expect(answers.every((a) => a[0].email === 'officer.hn@demo.local')).toBe(true);
    now = 4999;
    await cached.emails(officersOfHanoi);
    expect(directory.reads).toBe(1);
    // A new officer is seen once the TTL has passed.
    directory.people = [...directory.people, { email: 'officer2.hn@demo.local', fullName: 'Cán bộ 2' }];
    now = 5000;
    expect(await cached.emails(officersOfHanoi)).toHaveLength(2);
    expect(directory.reads).toBe(2);
  });

  it('keeps provinces and roles apart', async () => {
    const directory = countingDirectory();
    const cached = new CachedRecipientDirectory(directory, 5000, () => 0);
    await cached.emails(officersOfHanoi);
    await cached.emails({ roles: ['officer'], provinceCode: 'HP' });
    await cached.emails({ roles: ['approver'], provinceCode: 'HN' });
    await cached.emails({ roles: ['cuc_officer'], provinceCode: null });
    expect(directory.reads).toBe(4);
  });

  it('does not keep a failed read, and a caller cannot change what the next one gets', async () => {
    const directory = countingDirectory();
    const cached = new CachedRecipientDirectory(directory, 5000, () => 0);
    directory.fail = true;
    await expect(cached.emails(officersOfHanoi)).rejects.toThrow('connection refused');
    directory.fail = false;
    const first = await cached.emails(officersOfHanoi);
    first[0].email = 'changed@example.com';
    first.push({ email: 'x@example.com', fullName: 'X' });
    expect(await cached.emails(officersOfHanoi)).toEqual([
      { email: 'officer.hn@demo.local', fullName: 'Cán bộ Hà Nội' },
    ]);
    expect(directory.reads).toBe(2);
  });
});
