import * as argon2 from 'argon2';
import type { Role } from '@kc/domain';
import { UserRepository } from '@kc/persistence';
import type { DataSource } from 'typeorm';

export const DEMO_PASSWORD = 'demo1234';

export interface DemoUser {
  email: string;
  fullName: string;
  role: Role;
  provinceCode: string | null;
}

/** The demo logins of embedded mode (README lists them). Implementers' emails are their units' emails. */
export const DEMO_USERS: readonly DemoUser[] = [
  { email: 'admin@demo.local', fullName: 'Quản trị hệ thống', role: 'admin', provinceCode: null },
  {
    email: 'officer.hn@demo.local',
    fullName: 'Nguyễn Thu Hà (cán bộ khuyến công Hà Nội)',
    role: 'officer',
    provinceCode: 'HN',
  },
  {
    email: 'approver.hn@demo.local',
    fullName: 'Trần Quốc Hùng (lãnh đạo Sở Công Thương Hà Nội)',
    role: 'approver',
    provinceCode: 'HN',
  },
  {
    email: 'supervisor.hn@demo.local',
    fullName: 'Lê Minh Phương (giám sát Hà Nội)',
    role: 'supervisor',
    provinceCode: 'HN',
  },
  { email: 'unit.hn@demo.local', fullName: 'Trung tâm Khuyến công Hà Nội', role: 'implementer', provinceCode: 'HN' },
  {
    email: 'officer.bn@demo.local',
    fullName: 'Phạm Văn Đức (cán bộ khuyến công Bắc Ninh)',
    role: 'officer',
    provinceCode: 'BN',
  },
  {
    email: 'approver.bn@demo.local',
    fullName: 'Vũ Thị Lan (lãnh đạo Sở Công Thương Bắc Ninh)',
    role: 'approver',
    provinceCode: 'BN',
  },
  {
    email: 'unit.bn@demo.local',
    fullName: 'Trung tâm Khuyến công và Tư vấn phát triển công nghiệp Bắc Ninh',
    role: 'implementer',
    provinceCode: 'BN',
  },
  {
    email: 'officer.tn@demo.local',
    fullName: 'Hoàng Văn Nam (cán bộ khuyến công Thái Nguyên)',
    role: 'officer',
    provinceCode: 'TN',
  },
  {
    email: 'approver.tn@demo.local',
    fullName: 'Đỗ Thị Mai (lãnh đạo Sở Công Thương Thái Nguyên)',
    role: 'approver',
    provinceCode: 'TN',
  },
  {
    email: 'officer.pt@demo.local',
    fullName: 'Ngô Văn Tùng (cán bộ khuyến công Phú Thọ)',
    role: 'officer',
    provinceCode: 'PT',
  },
  {
    email: 'approver.pt@demo.local',
    fullName: 'Bùi Thị Hạnh (lãnh đạo Sở Công Thương Phú Thọ)',
    role: 'approver',
    provinceCode: 'PT',
  },
  ...(['NB', 'LCI', 'HY', 'TH', 'CB'] as const).flatMap((code) => [
    {
      email: `officer.${code.toLowerCase()}@demo.local`,
      fullName: `Cán bộ khuyến công ${code}`,
      role: 'officer' as const,
      provinceCode: code,
    },
    {
      email: `approver.${code.toLowerCase()}@demo.local`,
      fullName: `Lãnh đạo Sở Công Thương ${code}`,
      role: 'approver' as const,
      provinceCode: code,
    },
  ]),
  {
    email: 'approver.national@demo.local',
    fullName: 'Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công (phê duyệt)',
    role: 'approver',
    provinceCode: null,
  },
  {
    email: 'supervisor.national@demo.local',
    fullName: 'Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công (giám sát)',
    role: 'supervisor',
    provinceCode: null,
  },
];

/** Creates the demo users that are missing; returns how many were created. */
export async function ensureDemoUsers(dataSource: DataSource): Promise<number> {
  const users = new UserRepository(dataSource);
  const passwordHash = await argon2.hash(DEMO_PASSWORD);
  let created = 0;
  for (const u of DEMO_USERS) {
    const result = await users.createIfAbsent({ ...u, passwordHash });
    if (result.created) created += 1;
  }
  return created;
}
