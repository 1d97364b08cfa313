import * as argon2 from 'argon2';
import { provinceTitle, type Role } from '@kc/domain';
import { Organisations, UserRepository } from '@kc/persistence';
import type { DataSource } from 'typeorm';

export const DEMO_PASSWORD = 'demo1234';

export interface DemoUser {
  email: string;
  fullName: string;
  role: Role;
  provinceCode: string | null;
  /** The organisation's code: MOIT, CUC, SCT-HN, UBND-HN, TTKC-HN, or a commune of DEMO_ORGANISATIONS. */
  organisationCode: string;
}

/** Organisations the demo needs beyond the standard ones: a commune People's Committee of Hà Nội. */
export const DEMO_ORGANISATIONS = [
  { code: 'XA-HN-PHU-NGHIA', kind: 'UBND_XA' as const, name: 'UBND xã Phú Nghĩa', provinceCode: 'HN' },
];

/** The demo logins of embedded mode (README lists them). Implementers' emails are their units' emails. */
export const DEMO_USERS: readonly DemoUser[] = [
  {
    email: 'admin@demo.local',
    fullName: 'Quản trị hệ thống',
    role: 'admin',
    provinceCode: null,
    organisationCode: 'MOIT',
  },
  {
    email: 'officer.hn@demo.local',
    fullName: 'Nguyễn Thu Hà (cán bộ khuyến công Hà Nội)',
    role: 'officer',
    provinceCode: 'HN',
    organisationCode: 'SCT-HN',
  },
  {
    email: 'approver.hn@demo.local',
    fullName: 'Trần Quốc Hùng (lãnh đạo Sở Công Thương Hà Nội)',
    role: 'approver',
    provinceCode: 'HN',
    organisationCode: 'SCT-HN',
  },
  {
    email: 'supervisor.hn@demo.local',
    fullName: 'Lê Minh Phương (giám sát Hà Nội)',
    role: 'supervisor',
    provinceCode: 'HN',
    organisationCode: 'SCT-HN',
  },
  {
    email: 'unit.hn@demo.local',
    fullName: 'Trung tâm Khuyến công Hà Nội',
    role: 'implementer',
    provinceCode: 'HN',
    organisationCode: 'TTKC-HN',
  },
  {
    email: 'officer.bn@demo.local',
    fullName: 'Phạm Văn Đức (cán bộ khuyến công Bắc Ninh)',
    role: 'officer',
    provinceCode: 'BN',
    organisationCode: 'SCT-BN',
  },
  {
    email: 'approver.bn@demo.local',
    fullName: 'Vũ Thị Lan (lãnh đạo Sở Công Thương Bắc Ninh)',
    role: 'approver',
    provinceCode: 'BN',
    organisationCode: 'SCT-BN',
  },
  {
    email: 'unit.bn@demo.local',
    fullName: 'Trung tâm Khuyến công và Tư vấn phát triển công nghiệp Bắc Ninh',
    role: 'implementer',
    provinceCode: 'BN',
    organisationCode: 'TTKC-BN',
  },
  {
    email: 'officer.tn@demo.local',
    fullName: 'Hoàng Văn Nam (cán bộ khuyến công Thái Nguyên)',
    role: 'officer',
    provinceCode: 'TN',
    organisationCode: 'SCT-TN',
  },
  {
    email: 'approver.tn@demo.local',
    fullName: 'Đỗ Thị Mai (lãnh đạo Sở Công Thương Thái Nguyên)',
    role: 'approver',
    provinceCode: 'TN',
    organisationCode: 'SCT-TN',
  },
  {
    email: 'officer.pt@demo.local',
    fullName: 'Ngô Văn Tùng (cán bộ khuyến công Phú Thọ)',
    role: 'officer',
    provinceCode: 'PT',
    organisationCode: 'SCT-PT',
  },
  {
    email: 'approver.pt@demo.local',
    fullName: 'Bùi Thị Hạnh (lãnh đạo Sở Công Thương Phú Thọ)',
    role: 'approver',
    provinceCode: 'PT',
    organisationCode: 'SCT-PT',
  },
  ...(['NB', 'LCI', 'HY', 'TH', 'CB'] as const).flatMap((code) => [
    {
      email: `officer.${code.toLowerCase()}@demo.local`,
      fullName: `Cán bộ khuyến công Sở Công Thương ${provinceTitle(code)}`,
      role: 'officer' as const,
      provinceCode: code,
      organisationCode: `SCT-${code}`,
    },
    {
      email: `approver.${code.toLowerCase()}@demo.local`,
      fullName: `Lãnh đạo Sở Công Thương ${provinceTitle(code)}`,
      role: 'approver' as const,
      provinceCode: code,
      organisationCode: `SCT-${code}`,
    },
  ]),
  {
    email: 'approver.national@demo.local',
    fullName: 'Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công (phê duyệt)',
    role: 'approver',
    provinceCode: null,
    organisationCode: 'CUC',
  },
  {
    email: 'supervisor.national@demo.local',
    fullName: 'Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công (giám sát)',
    role: 'supervisor',
    provinceCode: null,
    organisationCode: 'CUC',
  },
  // Issue 13: the Cục's officer and leader, the Minister, the UBND tỉnh leaders, a commune collaborator.
  {
    email: 'officer.cuc@demo.local',
    fullName: 'Đặng Thị Thu (chuyên viên Cục)',
    role: 'cuc_officer',
    provinceCode: null,
    organisationCode: 'CUC',
  },
  {
    email: 'leader.cuc@demo.local',
    fullName: 'Phan Văn Khải (lãnh đạo Cục)',
    role: 'approver',
    provinceCode: null,
    organisationCode: 'CUC',
  },
  {
    email: 'minister@demo.local',
    fullName: 'Bộ trưởng Bộ Công Thương',
    role: 'minister',
    provinceCode: null,
    organisationCode: 'MOIT',
  },
  {
    email: 'ubnd.hn@demo.local',
    fullName: 'Nguyễn Văn Thành (lãnh đạo UBND Thành phố Hà Nội)',
    role: 'ubnd_leader',
    provinceCode: 'HN',
    organisationCode: 'UBND-HN',
  },
  {
    email: 'ubnd.bn@demo.local',
    fullName: 'Lê Thị Hoa (lãnh đạo UBND tỉnh Bắc Ninh)',
    role: 'ubnd_leader',
    provinceCode: 'BN',
    organisationCode: 'UBND-BN',
  },
  // Every other demo province's People's Committee too: a local project's level-2 escalation has a real addressee.
  ...(['TN', 'PT', 'NB', 'LCI', 'HY', 'TH', 'CB'] as const).map((code) => ({
    email: `ubnd.${code.toLowerCase()}@demo.local`,
    fullName: `Lãnh đạo UBND ${provinceTitle(code)}`,
    role: 'ubnd_leader' as const,
    provinceCode: code,
    organisationCode: `UBND-${code}`,
  })),
  {
    email: 'ctv.hn@demo.local',
    fullName: 'Trịnh Văn Bình (cộng tác viên khuyến công xã Phú Nghĩa)',
    role: 'collaborator',
    provinceCode: 'HN',
    organisationCode: 'XA-HN-PHU-NGHIA',
  },
];

/** Creates the demo users that are missing; returns how many were created. */
export async function ensureDemoUsers(dataSource: DataSource): Promise<number> {
  const users = new UserRepository(dataSource);
  const organisations = new Organisations(dataSource);
  for (const o of DEMO_ORGANISATIONS) {
    if (!(await organisations.findByCode(o.code))) await organisations.create(o);
  }
  const passwordHash = await argon2.hash(DEMO_PASSWORD);
  let created = 0;
  for (const u of DEMO_USERS) {
    const result = await users.createIfAbsent({ ...u, passwordHash });
    if (result.created) created += 1;
  }
  return created;
}
