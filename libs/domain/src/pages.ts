import type { Role } from './roles';

/** The web app's pages behind the login, by what they serve. */
export const PAGES = ['inbox', 'projects', 'queues', 'dashboard', 'mail', 'review', 'admin'] as const;
export type AppPage = (typeof PAGES)[number];

/**
 * The pages a role may open: the menu shows these and nothing the API would refuse. The implementing unit
 * works on its own projects (inbox, projects, mail); the queues and the dashboard are the Department's; the
 * nine-month review is for those who receive it (NINE_MONTH_REVIEWERS); users, policies and the calendar are the admin's.
 */
const DEPARTMENT_PAGES: readonly AppPage[] = ['inbox', 'projects', 'queues', 'dashboard', 'mail'];
const PAGES_BY_ROLE: Record<Role, readonly AppPage[]> = {
  implementer: ['inbox', 'projects', 'mail'],
  officer: DEPARTMENT_PAGES,
  approver: [...DEPARTMENT_PAGES, 'review'],
  supervisor: [...DEPARTMENT_PAGES, 'review'],
  admin: PAGES,
};

export function pagesFor(role: Role): readonly AppPage[] {
  return PAGES_BY_ROLE[role] ?? [];
}

export function mayOpenPage(role: Role, page: AppPage): boolean {
  return pagesFor(role).includes(page);
}
