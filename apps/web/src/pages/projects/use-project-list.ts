import { useCallback } from 'react';
import type { ProjectSummary } from '../../api/types';
import { usePagedList } from '../../hooks/use-paged-list';
import { useApi } from '../../session/session';
import { PAGE_SIZE, ProjectFilterValues } from './project-filter-values';

const keyOf = (p: ProjectSummary) => p.id;

/** The projects in the user's reach, newest first, a page at a time (keyset pagination with nextCursor). */
export function useProjectList(filters: ProjectFilterValues) {
  const api = useApi();
  const fetchPage = useCallback(
    (cursor: string | null) => api.projects({ ...filters, limit: PAGE_SIZE, cursor: cursor ?? undefined }),
    [api, filters],
  );
  const list = usePagedList(fetchPage, keyOf);
  /** A project answered by an action replaces its row (its state and allowed actions have changed). */
  const replace = (project: ProjectSummary) =>
    list.update((items) => items.map((p) => (p.id === project.id ? project : p)));
  return { ...list, replace };
}
