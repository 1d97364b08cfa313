import { useCallback } from 'react';
import type { ProjectListQuery, ProjectSummary } from '../../api/types';
import { usePagedList } from '../../hooks/use-paged-list';
import { useApi } from '../../session/session';
import { PAGE_SIZE, ProjectFilterValues } from './project-filter-values';

const keyOf = (p: ProjectSummary) => p.id;

/** The filters as the API's query: an empty filter is left out; state and scope come from the API's own lists. */
function listQuery(filters: ProjectFilterValues): ProjectListQuery {
  const given = (value: string) => value || undefined;
  return {
    state: given(filters.state) as ProjectListQuery['state'],
    scope: given(filters.scope) as ProjectListQuery['scope'],
    province: given(filters.province),
    category: given(filters.category),
    q: given(filters.q),
  };
}

/** The projects in the user's reach, newest first, a page at a time (keyset pagination with nextCursor). */
export function useProjectList(filters: ProjectFilterValues) {
  const api = useApi();
  const fetchPage = useCallback(
    (cursor: string | null) => api.projects({ ...listQuery(filters), limit: PAGE_SIZE, cursor: cursor ?? undefined }),
    [api, filters],
  );
  const list = usePagedList(fetchPage, keyOf);
  /** A project answered by an action replaces its row (its state and allowed actions have changed). */
  const replace = (project: ProjectSummary) =>
    list.update((items) => items.map((p) => (p.id === project.id ? project : p)));
  return { ...list, replace };
}
