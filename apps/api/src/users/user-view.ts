import { ROLE_LABELS, positionLabel } from '@kc/domain';
import type { OrganisationEntity, UserEntity } from '@kc/persistence';
import { toVietnamTime } from '../common/local-time';
import { UserAccountResponse } from './user.responses';

/** An organisation as an answer names it. */
export function organisationRef(o: OrganisationEntity | null | undefined) {
  return o ? { id: o.id, code: o.code, kind: o.kind, name: o.name } : null;
}

/** An account as the admin pages show it; never the password hash. */
export function userView(user: UserEntity, organisation?: OrganisationEntity | null): UserAccountResponse {
  return {
    id: user.id,
    email: user.email,
    fullName: user.fullName,
    role: user.role,
    roleLabel: ROLE_LABELS[user.role],
    positionLabel: positionLabel(user),
    provinceCode: user.provinceCode,
    organisationName: user.organisationName,
    organisation: organisationRef(organisation),
    disabled: user.disabledAt !== null,
    disabledAt: user.disabledAt?.toISOString() ?? null,
    disabledAtLocal: user.disabledAt ? toVietnamTime(user.disabledAt) : null,
    sessionsValidFrom: user.sessionsValidFrom?.toISOString() ?? null,
    createdAt: user.createdAt.toISOString(),
    createdAtLocal: toVietnamTime(user.createdAt),
  };
}

export type UserView = UserAccountResponse;
