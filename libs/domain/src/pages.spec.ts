/** The menu of each role: only pages the API answers for it. */
import { PAGES, mayOpenPage, pagesFor } from './pages';
import { ROLES } from './roles';

describe('pagesFor', () => {
  test('the implementing unit sees its inbox, its projects and mail, never the queues or the dashboard', () => {
    expect(pagesFor('implementer')).toEqual(['inbox', 'projects', 'mail']);
    expect(mayOpenPage('implementer', 'queues')).toBe(false);
    expect(mayOpenPage('implementer', 'dashboard')).toBe(false);
  });

  test.each(['officer', 'approver', 'supervisor', 'admin'] as const)('%s opens every page', (role) => {
    expect(pagesFor(role)).toEqual(PAGES);
  });

  test('every role lands on the inbox', () => {
    for (const role of ROLES) expect(mayOpenPage(role, 'inbox')).toBe(true);
  });
});
