import { ROLE_LABELS } from '@kc/domain';
import type { UserEntity } from '@kc/persistence';
import { toVietnamTime } from '../common/local-time';
import { UserAccountResponse } from './user.responses';

/** An account as the admin pages show it; never the password hash. */
export function userView(user: UserEntity): UserAccountResponse {
  return {
    id: user.id,
    email: user.email,
    fullName: user.fullName,
    role: user.role,
    roleLabel: ROLE_LABELS[user.role],
    provinceCode: user.provinceCode,
    organisationName: user.organisationName,
    disabled: user.disabledAt !== null,
    disabledAt: user.disabledAt?.toISOString() ?? null,
    disabledAtLocal: user.disabledAt ? toVietnamTime(user.disabledAt) : null,
    sessionsValidFrom: user.sessionsValidFrom?.toISOString() ?? null,
    createdAt: user.createdAt.toISOString(),
    createdAtLocal: toVietnamTime(user.createdAt),
  };
}

export type UserView = UserAccountResponse;
