import { useEffect, useState } from 'react';
import type { InboxCounts } from '../api/types';
import { usePath } from '../router/router';
import { useApi } from '../session/session';

/** How many items wait for the user (GET /api/inbox/counts), asked again on every page change. */
export function useInboxCounts(): InboxCounts | null {
  const api = useApi();
  const path = usePath();
  const [counts, setCounts] = useState<InboxCounts | null>(null);
  useEffect(() => {
    let current = true;
    api
      .inboxCounts()
      .then((answer) => current && setCounts(answer))
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [api, path]);
  return counts;
}
