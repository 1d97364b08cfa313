/** How long reference data read once is answered from memory (as the sessions' status is, apps/api/src/auth). */
export const REFERENCE_DATA_TTL_MS = 3_000;
/** The keys are few (provinces, years, scopes); past this the memory is emptied rather than grown. */
const MAX_KEYS = 1_000;

/**
 * Reference data every creation reads (a province's approver rule, the deadline policies, the support caps), kept
 * for a few seconds per key: under load the same few rows are asked for dozens of times a second. Reads in flight
 * are shared; a failed read is not kept; each caller gets its own copy. The repository's own writes call `forget`,
 * so a change applies at once in this process and within the TTL in the others (another API replica). A caller that
 * must see the database as it is now (an administrator's check) passes `cached: false` and reads it straight.
 */
export class ExpiringReads {
  private readonly entries = new Map<string, { readAt: number; value: Promise<unknown> }>();

  constructor(
    private readonly ttlMs = REFERENCE_DATA_TTL_MS,
    private readonly now: () => number = Date.now,
  ) {}

  async read<T>(key: string, load: () => Promise<T>, { cached = true } = {}): Promise<T> {
    if (!cached) return load();
    const now = this.now();
    let entry = this.entries.get(key);
    if (!entry || now - entry.readAt >= this.ttlMs) {
      if (this.entries.size >= MAX_KEYS) this.entries.clear();
      const value = load();
      const kept = { readAt: now, value };
      entry = kept;
      this.entries.set(key, kept);
      value.catch(() => {
        if (this.entries.get(key) === kept) this.entries.delete(key);
      });
    }
    return structuredClone((await entry.value) as T);
  }

  /** After a write: the next read of every key goes to the database. */
  forget(): void {
    this.entries.clear();
  }
}
