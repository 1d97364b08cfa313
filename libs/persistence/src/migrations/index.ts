import { CreateProjectLifecycleSchema1764201600000 } from './1764201600000-create-project-lifecycle-schema';
import { AddDeadlinesReportsNotifications1764288000000 } from './1764288000000-add-deadlines-reports-notifications';
import { AddQueueColumns1764374400000 } from './1764374400000-add-queue-columns';
import { AllowNotificationsWithoutProject1764460800000 } from './1764460800000-allow-notifications-without-project';
import { AddAuditLog1764547200000 } from './1764547200000-add-audit-log';
import { AddIdempotencyKeys1764633600000 } from './1764633600000-add-idempotency-keys';
import { AddUserAccountStatus1764700000000 } from './1764700000000-add-user-account-status';
import { MergeEscalationsByCause1764720000000 } from './1764720000000-merge-escalations-by-cause';
import { AddProjectSearchText1765065600000 } from './1765065600000-add-project-search-text';
import { AddSharedRateLimits1765152000000 } from './1765152000000-add-shared-rate-limits';
import { AddProjectStatusV21765300100000 } from './1765300100000-add-project-status-v2';
import { AllowEscalationLevel31765500000000 } from './1765500000000-allow-escalation-level-3';
import { AddProjectCreationKeys1765600000000 } from './1765600000000-add-project-creation-keys';
import { AddOrganisations1765400000000 } from './1765400000000-add-organisations';
import { AddFieldNotes1765400000001 } from './1765400000001-add-field-notes';
import { AddPlans1765700000000 } from './1765700000000-add-plans';
import { AddCalendarPolicies1765700000001 } from './1765700000001-add-calendar-policies';
import { AddPlanLineMoneyIndex1765800000000 } from './1765800000000-add-plan-line-money-index';
import { AddAdjustments1765900000000 } from './1765900000000-add-adjustments';
import { AddMoneyRules1766000000000 } from './1766000000000-add-money-rules';
import { AddGroupProjects1766100000000 } from './1766100000000-add-group-projects';
import { AddPeriodicReports1766700000000 } from './1766700000000-add-periodic-reports';
import { AddReportPeriodProvince1766800000000 } from './1766800000000-add-report-period-province';
import { SearchTextStatistics1766900000000 } from './1766900000000-search-text-statistics';
import { StallIndexesInState1767000000000 } from './1767000000000-stall-indexes-in-state';
import { RuleVersionAdvances1766500000000 } from './1766500000000-rule-version-advances';
import { AddNationalCapVersions1766200000000 } from './1766200000000-add-national-cap-versions';
import { AddPilotProjects1766300000000 } from './1766300000000-add-pilot-projects';
import { PlanLineMoneyRefunds1766400000000 } from './1766400000000-plan-line-money-refunds';
import { AddAttachments1766600000000 } from './1766600000000-add-attachments';

/** Every migration, in order. Never edit one that has been committed: add a new one. */
export const MIGRATIONS = [
  CreateProjectLifecycleSchema1764201600000,
  AddDeadlinesReportsNotifications1764288000000,
  AddQueueColumns1764374400000,
  AllowNotificationsWithoutProject1764460800000,
  AddAuditLog1764547200000,
  AddIdempotencyKeys1764633600000,
  AddUserAccountStatus1764700000000,
  MergeEscalationsByCause1764720000000,
  AddProjectSearchText1765065600000,
  AddSharedRateLimits1765152000000,
  AddProjectStatusV21765300100000,
  AllowEscalationLevel31765500000000,
  AddProjectCreationKeys1765600000000,
  AddOrganisations1765400000000,
  AddFieldNotes1765400000001,
  AddPlans1765700000000,
  AddCalendarPolicies1765700000001,
  AddPlanLineMoneyIndex1765800000000,
  AddAdjustments1765900000000,
  AddMoneyRules1766000000000,
  AddGroupProjects1766100000000,
  AddNationalCapVersions1766200000000,
  AddPilotProjects1766300000000,
  PlanLineMoneyRefunds1766400000000,
  RuleVersionAdvances1766500000000,
  AddAttachments1766600000000,
  AddPeriodicReports1766700000000,
  AddReportPeriodProvince1766800000000,
  SearchTextStatistics1766900000000,
  StallIndexesInState1767000000000,
];
