import { useState } from 'react';

export interface EntriesPage<T> {
  items: T[];
  nextBefore: number | null;
}

/**
 * A project page's newest entries of a list kept by seq (its history, its disbursements), with the older ones read
 * on demand before `nextBefore`. A new page (after an action, a reload) starts again from its own newest entries.
 */
export function useOlderEntries<T extends { seq: number }>(
  newest: T[],
  nextBefore: number | null,
  fetchOlder: (before: number) => Promise<EntriesPage<T>>,
) {
  const [older, setOlder] = useState({ page: newest, items: [] as T[], nextBefore });
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  // Reset while rendering a new page, so its first render never shows the previous page's older entries.
  const current = older.page === newest ? older : { page: newest, items: [] as T[], nextBefore };
  if (current !== older) setOlder(current);

  const loadOlder = async () => {
    if (current.nextBefore === null) return;
    setLoading(true);
    setError(null);
    try {
      const page = await fetchOlder(current.nextBefore);
      setOlder((s) =>
        s.page === newest ? { ...s, items: [...page.items, ...s.items], nextBefore: page.nextBefore } : s,
      );
    } catch (err) {
      setError(err);
    } finally {
      setLoading(false);
    }
  };

  return { items: [...current.items, ...newest], hasOlder: current.nextBefore !== null, loading, error, loadOlder };
}
