/**
 * Every user a test creates directly in the database goes through here (the demo logins come from
 * scripts/demo-users.ts, users made over HTTP through POST /admin/users), so a change to what a user row needs
 * is one edit.
 * Each user is placed in its organisation by UserRepository.createIfAbsent (the province's Sở, UBND or centre by
 * role, the Cục or the Ministry for national roles).
 */
import * as argon2 from 'argon2';
import type { DataSource } from 'typeorm';
import type { Role } from '@kc/domain';
import { UserRepository } from '@kc/persistence';
import { DEMO_PASSWORD } from '../../scripts/demo-users';

export interface TestUser {
  email: string;
  fullName: string;
  role: Role;
  provinceCode: string | null;
  /** Defaults to the demo password (demo1234). */
  password?: string;
}

/**
 * The people of the national path (issue 13), under the demo logins the issue names: the Cục's officer and leader,
 * the Minister, the Hà Nội UBND tỉnh leader. Created when missing (the demo seed may have them already).
 */
export const PATH_USERS: readonly TestUser[] = [
  {
    email: 'officer.cuc@demo.local',
    fullName: 'Chuyên viên Cục (thử nghiệm)',
    role: 'cuc_officer',
    provinceCode: null,
  },
  { email: 'leader.cuc@demo.local', fullName: 'Lãnh đạo Cục (thử nghiệm)', role: 'approver', provinceCode: null },
  {
    email: 'minister@demo.local',
    fullName: 'Bộ trưởng Bộ Công Thương (thử nghiệm)',
    role: 'minister',
    provinceCode: null,
  },
  {
    email: 'ubnd.hn@demo.local',
    fullName: 'Lãnh đạo UBND thành phố Hà Nội (thử nghiệm)',
    role: 'ubnd_leader',
    provinceCode: 'HN',
  },
];

/** Creates the user unless its email exists; returns the stored user's id either way. */
export async function createTestUser(
  dataSource: DataSource,
  user: TestUser,
): Promise<{ id: string; created: boolean }> {
  const { user: stored, created } = await new UserRepository(dataSource).createIfAbsent({
    email: user.email,
    passwordHash: await argon2.hash(user.password ?? DEMO_PASSWORD),
    fullName: user.fullName,
    role: user.role,
    provinceCode: user.provinceCode,
  });
  return { id: stored.id, created };
}

export async function ensureTestUsers(dataSource: DataSource, users: readonly TestUser[]): Promise<void> {
  for (const user of users) await createTestUser(dataSource, user);
}
