import { AuditLogEntity } from './audit-log.entity';
import { DisbursementEntity } from './disbursement.entity';
import { IdempotencyKeyEntity } from './idempotency-key.entity';
import { ProjectTransitionEntity } from './project-transition.entity';
import { ProjectEntity } from './project.entity';
import { ProvinceEntity } from './province.entity';
import { UserEntity } from './user.entity';
import { OrganisationEntity } from './organisation.entity';
import { ProvinceRuleEntity } from './province-rule.entity';

export { DisbursementEntity, ProjectTransitionEntity, ProjectEntity, ProvinceEntity, UserEntity };
export { IdempotencyKeyEntity };
export { AuditLogEntity };
export { OrganisationEntity, ProvinceRuleEntity };
export type { AuditKind } from './audit-log.entity';
export const ENTITIES = [
  ProvinceEntity,
  UserEntity,
  ProjectEntity,
  ProjectTransitionEntity,
  DisbursementEntity,
  IdempotencyKeyEntity,
  AuditLogEntity,
  OrganisationEntity,
  ProvinceRuleEntity,
];
