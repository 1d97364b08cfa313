/**
 * The capability table: what each party may do, beside the lifecycle actions (which live in the transition
 * table, ../transitions.ts, and name the same parties). The API's guards, the workflow's validators, the queues'
 * reach and the web app's menus and buttons all ask here.
 */
import type { Actor } from '../roles';
import { POSITIONS, PARTIES, Party, ProjectContext, anyOf, byScope, localApprover, nobody } from './parties';

const P = PARTIES;
const Q = POSITIONS;

/** Everyone who works on projects in the Department's, the UBND's or the Cục's offices (not the units). */
const DESK = anyOf(
  Q.anyDeptOfficer,
  Q.anyDeptLeader,
  Q.anyUbndLeader,
  Q.anySupervisor,
  Q.cucOfficer,
  Q.cucLeader,
  Q.minister,
  Q.admin,
);

export const CAPABILITIES = {
  /** Create a project: a province's units (for themselves) and Department officers (for their province). */
  'project.create': { kind: 'project', who: anyOf(P.unit, P.deptOfficer) },
  'project.edit_draft': { kind: 'project', who: anyOf(P.unit, P.deptOfficer) },
  /** Read a project: its unit; anyone of its province but another unit; every national actor. */
  'project.read': {
    kind: 'project',
    who: anyOf(
      P.unit,
      P.deptOfficer,
      P.deptLeader,
      P.ubndLeader,
      P.collaborator,
      P.provincialSupervisor,
      P.cucOfficer,
      P.cucLeader,
      P.minister,
      P.nationalSupervisor,
      P.admin,
    ),
  },
  'report.submit': { kind: 'project', who: anyOf(P.unit, P.deptOfficer) },
  /** Move a report's due day or a state's time limit: the Department, and the Cục for national projects. */
  'deadline.extend': {
    kind: 'project',
    who: anyOf(
      P.deptOfficer,
      P.deptLeader,
      byScope({ NATIONAL: anyOf(P.cucOfficer, P.cucLeader), LOCAL: P.cucLeader }),
    ),
  },
  /** Ask for an adjustment of an approved project (TT 36 Art. 11): its unit, or the Department officer for it. */
  'adjustment.request': { kind: 'project', who: anyOf(P.unit, P.deptOfficer) },
  /** Certify a request before it goes to its decider (the decider grid, ../adjustments/adjustment-deciders.ts). */
  'adjustment.certify': { kind: 'project', who: anyOf(P.deptOfficer, P.deptLeader) },
  /** Field notes (ghi chép hiện trường) on a project page: the commune collaborators and the Department officers. */
  'field_note.write': { kind: 'project', who: anyOf(P.collaborator, P.deptOfficer) },
  /**
   * Attachments (hồ sơ đính kèm): evidence uploaded by those who act on the project: its unit, the Department's
   * officers and leaders, and the Cục on national projects. Reading them is reading the project.
   */
  'attachment.upload': {
    kind: 'project',
    who: anyOf(
      P.unit,
      P.deptOfficer,
      P.deptLeader,
      byScope({ NATIONAL: anyOf(P.cucOfficer, P.cucLeader), LOCAL: nobody }),
    ),
  },
  /** Withdraw (soft-delete) an attachment one uploaded oneself: whoever may still upload on the project. */
  'attachment.delete_own': {
    kind: 'project',
    who: anyOf(
      P.unit,
      P.deptOfficer,
      P.deptLeader,
      byScope({ NATIONAL: anyOf(P.cucOfficer, P.cucLeader), LOCAL: nobody }),
    ),
  },
  /** Withdraw anyone's attachment: a Department leader (the Cục's leader on national projects). */
  'attachment.delete_any': {
    kind: 'project',
    who: anyOf(P.deptLeader, byScope({ NATIONAL: P.cucLeader, LOCAL: nobody })),
  },
  /** The queues of late and stalled projects and their exports, the dashboard. */
  'queues.read': { kind: 'system', who: DESK },
  'dashboard.read': { kind: 'system', who: DESK },
  /** The nine-month review (30/9): those who receive it. */
  'review.run': {
    kind: 'system',
    who: anyOf(Q.anySupervisor, Q.anyDeptLeader, Q.anyUbndLeader, Q.cucOfficer, Q.cucLeader, Q.minister, Q.admin),
  },
  /**
   * The year-end lapse radar (projects whose money cannot be accepted and paid before 31/12): those who can act on
   * it, the Departments, the UBND, the supervisors and the Cục, each within its reach; not the units.
   */
  'plans.radar': { kind: 'system', who: DESK },
  /**
   * The Department's periodic report to the Cục and the UBND tỉnh (TT 36 Art. 21.5) and its registration summary
   * (Mẫu 2): those who write, sign or receive them — the Department, the UBND tỉnh, the supervisors, the Cục and the
   * Ministry; a provincial one only of its own province (the route checks the province).
   */
  'reports.periodic': { kind: 'system', who: DESK },
  /**
   * Assemble a period's report again on demand (a later version beside the one mailed): the Department's leaders,
   * of their own province (the route checks the province).
   */
  'reports.periodic.regenerate': { kind: 'system', who: Q.anyDeptLeader },
  /** Users, organisations, deadline policies, the working calendar, the province regulations. */
  'admin.manage': { kind: 'system', who: Q.admin },
  'audit.read': { kind: 'system', who: Q.admin },
  /** Everyone reads the caught mail addressed to them (and their reach): see canReadCaughtMail. */
  'mail.read': { kind: 'system', who: anyOf(DESK, Q.anyImplementer, Q.anyCollaborator) },
  'inbox.read': { kind: 'system', who: anyOf(DESK, Q.anyImplementer, Q.anyCollaborator) },
  'projects.list': { kind: 'system', who: anyOf(DESK, Q.anyImplementer, Q.anyCollaborator) },
  /**
   * Annual plans (issue 14). A plan is asked about like a project: its level is the scope, its province the
   * province (the unit email is empty). Read: every desk (a province's desk sees the national plan and its own).
   */
  'plans.read': { kind: 'system', who: DESK },
  /** Prepare (create, submit) a plan: the Cục for the national plan, the province's Department for its own. */
  'plans.create': {
    kind: 'project',
    who: byScope({ NATIONAL: anyOf(P.cucOfficer, P.cucLeader), LOCAL: anyOf(P.deptOfficer, P.deptLeader) }),
  },
  /** Approve a plan: the Minister for the national plan; the Department or the UBND tỉnh, as the province's rule says. */
  'plans.approve': { kind: 'project', who: byScope({ NATIONAL: P.minister, LOCAL: localApprover }) },
  /** Amend an approved plan (a decision adding to or cutting a line): whoever approves the plan. */
  'plans.amend': { kind: 'project', who: byScope({ NATIONAL: P.minister, LOCAL: localApprover }) },
  /** Approve a project past its plan line's assigned estimate, with a reason: the plan's approver. */
  'plans.override_allocation': { kind: 'project', who: byScope({ NATIONAL: P.minister, LOCAL: localApprover }) },
  /** Create projects at all (the form's menu entry): a unit or a Department officer of a province. */
  'projects.create_any': { kind: 'system', who: anyOf(Q.anyImplementer, Q.anyDeptOfficer) },
} as const satisfies Record<string, { kind: 'project' | 'system'; who: Party }>;

export type Capability = keyof typeof CAPABILITIES;
export type ProjectCapability = {
  [K in Capability]: (typeof CAPABILITIES)[K]['kind'] extends 'project' ? K : never;
}[Capability];
export type SystemCapability = Exclude<Capability, ProjectCapability>;

export type CapabilityAnswer = { ok: true } | { ok: false; message: string };

/** The refusal for a capability, naming who may (Vietnamese first). */
export function refusalFor(capability: Capability, project?: ProjectContext): string {
  const who = CAPABILITIES[capability].who.describeFor(project);
  return `Bạn không có quyền thực hiện việc này; người được phép: ${who.vi} / you may not do this; who may: ${who.en}`;
}

/** Whether the actor may do something on a project (or a project being created). */
export function mayOnProject(actor: Actor, capability: ProjectCapability, project: ProjectContext): CapabilityAnswer {
  return CAPABILITIES[capability].who.allows(actor, project)
    ? { ok: true }
    : { ok: false, message: refusalFor(capability, project) };
}

/** Whether the actor may do something that is not about one project (open the queues, administer). */
export function may(actor: Actor, capability: SystemCapability): CapabilityAnswer {
  return CAPABILITIES[capability].who.allows(actor) ? { ok: true } : { ok: false, message: refusalFor(capability) };
}

export function holdsCapability(actor: Actor, capability: SystemCapability): boolean {
  return may(actor, capability).ok;
}
