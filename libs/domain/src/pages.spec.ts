/** The menu of each position: only pages the API answers for it (asked of the capability table). */
import { PAGES, mayOpenPage, pagesFor } from './pages';
import { ROLES, ROLE_LEVELS, Role } from './roles';

const hn = (role: Role) => ({ role, provinceCode: 'HN' });
const national = (role: Role) => ({ role, provinceCode: null });
/** Every role at each level it may sit at. */
const EVERYONE = ROLES.flatMap((role) =>
  ROLE_LEVELS[role] === 'PROVINCIAL'
    ? [hn(role)]
    : ROLE_LEVELS[role] === 'NATIONAL'
      ? [national(role)]
      : [hn(role), national(role)],
);

describe('pagesFor', () => {
  test('the implementing unit sees its inbox, its projects and mail, never the queues or the dashboard', () => {
    expect(pagesFor(hn('implementer'))).toEqual(['inbox', 'projects', 'mail']);
    expect(mayOpenPage(hn('implementer'), 'queues')).toBe(false);
    expect(mayOpenPage(hn('implementer'), 'dashboard')).toBe(false);
  });

  test('the commune collaborator: inbox, the province projects and mail (field notes live on the project page)', () => {
    expect(pagesFor(hn('collaborator'))).toEqual(['inbox', 'projects', 'mail']);
  });

  test('the Department opens the inbox, projects, queues, dashboard, plans, the lapse radar and mail; only the admin the admin pages', () => {
    expect(pagesFor(hn('officer'))).toEqual([
      'inbox',
      'projects',
      'queues',
      'dashboard',
      'plans',
      'supportCaps',
      'lapseRadar',
      'periodicReports',
      'mail',
    ]);
    for (const who of EVERYONE.filter((a) => a.role !== 'admin')) expect(mayOpenPage(who, 'admin')).toBe(false);
    expect(pagesFor(national('admin'))).toEqual(PAGES);
  });

  test('the Cục, the Minister and the UBND leader: the desk pages and the nine-month review', () => {
    for (const who of [national('cuc_officer'), national('approver'), national('minister'), hn('ubnd_leader')]) {
      expect(pagesFor(who)).toEqual([
        'inbox',
        'projects',
        'queues',
        'dashboard',
        'plans',
        'supportCaps',
        'lapseRadar',
        'periodicReports',
        'mail',
        'review',
      ]);
    }
  });

  test('the plans page is for the desk (plans.read), never the implementing unit or the commune collaborator', () => {
    expect(mayOpenPage(hn('implementer'), 'plans')).toBe(false);
    expect(mayOpenPage(hn('collaborator'), 'plans')).toBe(false);
    expect(mayOpenPage(hn('officer'), 'plans')).toBe(true);
    expect(mayOpenPage(national('supervisor'), 'plans')).toBe(true);
  });

  test('the lapse radar is for the desks that act on it (plans.radar), never the unit or the collaborator', () => {
    expect(mayOpenPage(hn('implementer'), 'lapseRadar')).toBe(false);
    expect(mayOpenPage(hn('collaborator'), 'lapseRadar')).toBe(false);
    expect(mayOpenPage(hn('officer'), 'lapseRadar')).toBe(true);
    expect(mayOpenPage(national('cuc_officer'), 'lapseRadar')).toBe(true);
  });

  test('the nine-month review is for those who receive it: leaders, the Cục, the Minister, supervisors, the admin', () => {
    expect(
      EVERYONE.filter((who) => mayOpenPage(who, 'review')).map((a) => `${a.role}:${a.provinceCode ?? 'national'}`),
    ).toEqual([
      'approver:HN',
      'approver:national',
      'supervisor:HN',
      'supervisor:national',
      'admin:national',
      'cuc_officer:national',
      'ubnd_leader:HN',
      'minister:national',
    ]);
  });

  test('a role at a level it cannot hold opens nothing but what the table grants that position', () => {
    // a province officer without a province is no Department officer: no desk pages
    expect(mayOpenPage(national('officer'), 'queues')).toBe(false);
    expect(mayOpenPage(hn('cuc_officer'), 'queues')).toBe(false);
  });

  test('every position lands on the inbox', () => {
    for (const who of EVERYONE) expect(mayOpenPage(who, 'inbox')).toBe(true);
  });
});
