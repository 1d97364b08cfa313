import type { RecipientDirectory } from '@kc/persistence';

type Directory = Pick<RecipientDirectory, 'emails'>;
type Filter = Parameters<Directory['emails']>[0];
type People = Awaited<ReturnType<Directory['emails']>>;

/**
 * Who holds a position, read once per few seconds rather than once per message: when thousands of reports fall
 * due together, their notices all ask for the same province's officers. Asks in flight are shared, so twenty
 * concurrent notices cost one query. A change to the users applies within `ttlMs`; a failed read is not kept.
 */
export class CachedRecipientDirectory implements Directory {
  private readonly entries = new Map<string, { readAt: number; people: Promise<People> }>();

  constructor(
    private readonly directory: Directory,
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  async emails(filter: Filter): Promise<People> {
    const key = `${filter.provinceCode ?? '*'}|${[...filter.roles].sort().join(',')}`;
    const now = this.now();
    let entry = this.entries.get(key);
    if (!entry || now - entry.readAt >= this.ttlMs) {
      const people = this.directory.emails(filter);
      const read = { readAt: now, people };
      entry = read;
      this.entries.set(key, read);
      people.catch(() => {
        if (this.entries.get(key) === read) this.entries.delete(key);
      });
    }
    // A copy each: a caller may not change what the next one reads.
    return (await entry.people).map((person) => ({ ...person }));
  }
}
