/** Which projects and caught mail a person's lists reach: the table's project.read in the shape a query filters on. */
import type { Actor, Role } from '../roles';
import { canReadCaughtMail, canSeeProject, reachFilterOf } from './reach';

const who = (role: Role, provinceCode: string | null, email = `${role}@example.vn`): Actor => ({
  userId: `u-${role}`,
  email,
  role,
  provinceCode,
});

describe('reachFilterOf', () => {
  test('a unit: its own projects in its province, by its lower-cased email', () => {
    expect(reachFilterOf(who('implementer', 'HN', ' HTX@Example.VN '))).toEqual({
      kind: 'UNIT',
      provinceCode: 'HN',
      unitEmail: 'htx@example.vn',
    });
  });

  test.each<Role>(['officer', 'approver', 'supervisor', 'ubnd_leader', 'collaborator'])(
    'provincial %s: its province',
    (role) => {
      expect(reachFilterOf(who(role, 'BN'))).toEqual({ kind: 'PROVINCE', provinceCode: 'BN' });
    },
  );

  test.each<Role>(['approver', 'supervisor', 'admin', 'cuc_officer', 'minister'])(
    'national %s: every province',
    (role) => {
      expect(reachFilterOf(who(role, null))).toEqual({ kind: 'ALL' });
    },
  );

  test('the filter agrees with canSeeProject (the table) for every role and level', () => {
    const projects = [
      { provinceCode: 'HN', implementingUnitEmail: 'implementer@example.vn' },
      { provinceCode: 'HN', implementingUnitEmail: 'other@example.vn' },
      { provinceCode: 'BN', implementingUnitEmail: 'implementer@example.vn' },
    ];
    const roles: Role[] = ['implementer', 'officer', 'approver', 'supervisor', 'ubnd_leader', 'collaborator'];
    const actors = [
      ...roles.map((role) => who(role, 'HN')),
      ...(['approver', 'supervisor', 'admin', 'cuc_officer', 'minister'] as Role[]).map((role) => who(role, null)),
    ];
    for (const actor of actors) {
      const reach = reachFilterOf(actor);
      for (const p of projects) {
        const inFilter =
          reach.kind === 'ALL' ||
          (reach.kind === 'PROVINCE' && reach.provinceCode === p.provinceCode) ||
          (reach.kind === 'UNIT' &&
            reach.provinceCode === p.provinceCode &&
            reach.unitEmail === p.implementingUnitEmail);
        expect({ actor: `${actor.role}:${actor.provinceCode}`, p, seen: canSeeProject(actor, p) }).toEqual({
          actor: `${actor.role}:${actor.provinceCode}`,
          p,
          seen: inFilter,
        });
      }
    }
  });
});

describe('canReadCaughtMail', () => {
  const mail = { recipients: ['htx@example.vn', 'canbo@hanoi.gov.vn'], provinceCodes: ['HN'] };

  test('a unit reads only what is addressed to it', () => {
    expect(canReadCaughtMail(who('implementer', 'HN', 'HTX@example.vn'), mail)).toBe(true);
    expect(canReadCaughtMail(who('implementer', 'HN', 'other@example.vn'), mail)).toBe(false);
  });

  test('a provincial desk reads its province’s mail and its own', () => {
    expect(canReadCaughtMail(who('ubnd_leader', 'HN'), mail)).toBe(true);
    expect(canReadCaughtMail(who('officer', 'BN'), mail)).toBe(false);
    expect(canReadCaughtMail(who('officer', 'BN', 'canbo@hanoi.gov.vn'), mail)).toBe(true);
  });

  test('the national level reads everything', () => {
    expect(canReadCaughtMail(who('cuc_officer', null), { recipients: ['x@y.vn'], provinceCodes: ['CM'] })).toBe(true);
  });
});
