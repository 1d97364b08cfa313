/** The filters of GET /api/projects; an empty string means "any". */
export interface ProjectFilterValues {
  state: string;
  province: string;
  category: string;
  scope: string;
  q: string;
}

export const NO_FILTERS: ProjectFilterValues = { state: '', province: '', category: '', scope: '', q: '' };

export const PAGE_SIZE = 20;
