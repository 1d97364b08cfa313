import { useEffect, useState } from 'react';
import type { Page } from '../api/types';

/**
 * A list read a page at a time with keyset pagination: the first page whenever fetchPage changes (new filters),
 * the next one from nextCursor on demand. fetchPage must be memoized by the caller.
 */
export function usePagedList<T>(fetchPage: (cursor: string | null) => Promise<Page<T>>, keyOf: (item: T) => string) {
  const [items, setItems] = useState<T[]>([]);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const [round, setRound] = useState(0);

  useEffect(() => {
    let current = true;
    setLoading(true);
    setError(null);
    fetchPage(null)
      .then((page) => {
        if (!current) return;
        setItems(page.items);
        setNextCursor(page.nextCursor);
      })
      .catch((err: unknown) => {
        if (!current) return;
        setItems([]);
        setNextCursor(null);
        setError(err);
      })
      .finally(() => current && setLoading(false));
    return () => {
      current = false;
    };
  }, [fetchPage, round]);

  const loadMore = async () => {
    if (!nextCursor) return;
    setLoading(true);
    try {
      const page = await fetchPage(nextCursor);
      setItems((old) => {
        const seen = new Set(old.map(keyOf));
        return [...old, ...page.items.filter((item) => !seen.has(keyOf(item)))];
      });
      setNextCursor(page.nextCursor);
    } catch (err) {
      setError(err);
    } finally {
      setLoading(false);
    }
  };

  return {
    items,
    nextCursor,
    loading,
    error,
    loadMore,
    reload: () => setRound((n) => n + 1),
    /** Changes the rows already shown (an action answered with a project in its new state). */
    update: (change: (items: T[]) => T[]) => setItems(change),
  };
}
