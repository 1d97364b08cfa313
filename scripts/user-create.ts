/**
 * npm run user:create -- --email a@b.vn --role officer --province HN --name "Nguyễn Văn A" [--organisation SCT-HN]
 *   [--password ...]
 * Without --organisation the account joins the standard organisation its role belongs to (SCT-HN, CUC, MOIT…).
 * The password may also come from KC_USER_PASSWORD, so it stays out of the shell history.
 */
import 'reflect-metadata';
import * as argon2 from 'argon2';
import { parseArgs } from 'node:util';
import { PROVINCE_CODES, ROLES, Role, isDeliverableEmail, validateRoleProvince } from '@kc/domain';
import { loadDatabaseConfig } from '@kc/config';
import { UserRepository, createDataSource } from '@kc/persistence';

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      email: { type: 'string' },
      role: { type: 'string' },
      province: { type: 'string' },
      name: { type: 'string' },
      password: { type: 'string' },
      organisation: { type: 'string' },
    },
  });
  const password = values.password ?? process.env.KC_USER_PASSWORD;
  if (!values.email || !values.role || !values.name || !password) {
    fail(
      'Cần --email, --role, --name và --password (hoặc KC_USER_PASSWORD) / --email, --role, --name and --password are required',
    );
  }
  if (!isDeliverableEmail(values.email)) {
    fail(
      '--email phải là địa chỉ gửi được, dạng ten@don-vi.vn / --email must be a deliverable address such as name@unit.vn',
    );
  }
  if (!ROLES.includes(values.role as Role)) fail(`--role phải là / must be one of: ${ROLES.join(', ')}`);
  const province = values.province ?? null;
  if (province !== null && !PROVINCE_CODES.includes(province))
    fail(`--province không tồn tại / unknown province: ${province}`);
  const roleProblem = validateRoleProvince(values.role as Role, province);
  if (roleProblem) fail(roleProblem);
  if (password.length < 8) fail('Mật khẩu cần ít nhất 8 ký tự / the password needs at least 8 characters');

  const db = loadDatabaseConfig();
  const dataSource = await createDataSource(db.url, 1, db.ssl).initialize();
  try {
    const { user, created } = await new UserRepository(dataSource).createIfAbsent({
      email: values.email,
      passwordHash: await argon2.hash(password),
      fullName: values.name.normalize('NFC'),
      role: values.role as Role,
      provinceCode: province,
      organisationCode: values.organisation,
    });
    console.log(
      created
        ? `Đã tạo / created: ${user.email} (${user.role}, ${user.provinceCode ?? 'national'})`
        : `Đã tồn tại / already exists: ${user.email}`,
    );
  } finally {
    await dataSource.destroy();
  }
}

main().catch((err) => fail(err instanceof Error ? err.message : String(err)));
