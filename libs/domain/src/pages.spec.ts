/** The menu of each role: only pages the API answers for it. */
import { PAGES, mayOpenPage, pagesFor } from './pages';
import { ROLES } from './roles';

describe('pagesFor', () => {
  test('the implementing unit sees its inbox, its projects and mail, never the queues or the dashboard', () => {
    expect(pagesFor('implementer')).toEqual(['inbox', 'projects', 'mail']);
    expect(mayOpenPage('implementer', 'queues')).toBe(false);
    expect(mayOpenPage('implementer', 'dashboard')).toBe(false);
  });

  test('the Department opens the inbox, projects, queues, dashboard and mail; only the admin the admin pages', () => {
    expect(pagesFor('officer')).toEqual(['inbox', 'projects', 'queues', 'dashboard', 'mail']);
    for (const role of ['officer', 'approver', 'supervisor'] as const) expect(mayOpenPage(role, 'admin')).toBe(false);
    expect(pagesFor('admin')).toEqual(PAGES);
  });

  test('the nine-month review is for those who receive it: approvers, supervisors and the admin', () => {
    expect(ROLES.filter((role) => mayOpenPage(role, 'review'))).toEqual(['approver', 'supervisor', 'admin']);
  });

  test('every role lands on the inbox', () => {
    for (const role of ROLES) expect(mayOpenPage(role, 'inbox')).toBe(true);
  });
});
