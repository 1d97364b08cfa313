/**
 * The transition table of the first releases, frozen: projects whose actions were recorded before the capability
 * table (patch 'capability-table' in the workflow) replay with it. Never change it; new rules go in ../transitions.ts.
 */
import type { ActionName, ProjectState } from '../lifecycle';
import { Actor, sameEmail } from '../roles';
import type { TransitionRule, WhoRule } from '../transition-rule';
import { fixed } from '../transition-rule';

/** The role as recorded (the codes of that time were the same strings). */
const legacyRole = (a: Actor): string => a.role;

function split(text: string): { vi: string; en: string } {
  const [vi, en] = text.split(' / ');
  return { vi, en: en ?? vi };
}

const officer: WhoRule = {
  describe: split('cán bộ khuyến công của tỉnh / the province officer'),
  allows: (a, f) => legacyRole(a) === 'officer' && a.provinceCode === f.provinceCode,
};
const implementer: WhoRule = {
  describe: split('đơn vị thực hiện của đề án / the implementing unit'),
  allows: (a, f) =>
    legacyRole(a) === 'implementer' &&
    a.provinceCode === f.provinceCode &&
    sameEmail(a.email, f.implementingUnit.email),
};
const provincialApprover: WhoRule = {
  describe: split('lãnh đạo Sở Công Thương của tỉnh / the province approver'),
  allows: (a, f) => legacyRole(a) === 'approver' && a.provinceCode === f.provinceCode,
};
const nationalApprover: WhoRule = {
  describe: split('lãnh đạo cấp Bộ / a national approver'),
  allows: (a) => legacyRole(a) === 'approver' && a.provinceCode === null,
};

function anyOf(...rules: WhoRule[]): WhoRule {
  return {
    describe: {
      vi: rules.map((r) => r.describe.vi).join('; '),
      en: rules.map((r) => r.describe.en).join('; '),
    },
    allows: (a, f, s) => rules.some((r) => r.allows(a, f, s)),
  };
}

/** Local projects are decided in the province; national projects by the national approver. */
const deciderByScope: WhoRule = {
  describe: split(
    'lãnh đạo Sở Công Thương (đề án địa phương) hoặc lãnh đạo cấp Bộ (đề án quốc gia) / the province approver for local projects, a national approver for national projects',
  ),
  allows: (a, f, s) => (f.scope === 'LOCAL' ? provincialApprover : nationalApprover).allows(a, f, s),
};
/** Base appraisal is the Department's; ministry appraisal is the national level's. */
const appraisalDecider: WhoRule = {
  describe: split(
    'lãnh đạo Sở Công Thương ở thẩm định cơ sở, lãnh đạo cấp Bộ ở thẩm định cấp Bộ / the province approver at base appraisal, a national approver at ministry appraisal',
  ),
  allows: (a, f, s) => (s === 'BASE_APPRAISAL' ? provincialApprover : nationalApprover).allows(a, f, s),
};

const TERMINABLE: ProjectState[] = ['APPROVED', 'CONTRACTED', 'IN_PROGRESS', 'SUSPENDED', 'COMPLETED_WORK', 'ACCEPTED'];

/** The transition table as it stood before the capability table (issue #2, section 3), frozen. */
export const TRANSITIONS_V1: Partial<Record<ActionName, TransitionRule>> = {
  submit: {
    from: fixed('DRAFT', 'RETURNED'),
    to: 'SUBMITTED',
    who: anyOf(implementer, officer),
    needs: [],
    awaited: true,
  },
  return: { from: fixed('SUBMITTED', 'BASE_APPRAISAL'), to: 'RETURNED', who: officer, needs: ['reason'] },
  open_appraisal: { from: fixed('SUBMITTED'), to: 'BASE_APPRAISAL', who: officer, needs: [], awaited: true },
  register: {
    from: (f) => (f.scope === 'NATIONAL' ? ['BASE_APPRAISAL'] : []),
    to: 'MINISTRY_APPRAISAL',
    who: anyOf(provincialApprover, nationalApprover),
    needs: [],
    awaited: true,
  },
  approve: {
    from: (f) => (f.scope === 'LOCAL' ? ['BASE_APPRAISAL'] : ['MINISTRY_APPRAISAL']),
    to: 'APPROVED',
    who: deciderByScope,
    needs: ['decision'],
    awaited: true,
  },
  reject: {
    from: fixed('BASE_APPRAISAL', 'MINISTRY_APPRAISAL'),
    to: 'REJECTED',
    who: appraisalDecider,
    needs: ['reason'],
  },
  sign_contract: { from: fixed('APPROVED'), to: 'CONTRACTED', who: officer, needs: ['contract'], awaited: true },
  start: { from: fixed('CONTRACTED'), to: 'IN_PROGRESS', who: anyOf(officer, implementer), needs: [], awaited: true },
  suspend: {
    from: fixed('IN_PROGRESS'),
    to: 'SUSPENDED',
    who: anyOf(provincialApprover, nationalApprover),
    needs: ['reason'],
  },
  resume: {
    from: fixed('SUSPENDED'),
    to: 'IN_PROGRESS',
    who: anyOf(provincialApprover, nationalApprover),
    needs: [],
    awaited: true,
  },
  complete_work: { from: fixed('IN_PROGRESS'), to: 'COMPLETED_WORK', who: anyOf(implementer, officer), needs: [] },
  request_rework: {
    from: fixed('COMPLETED_WORK'),
    to: 'IN_PROGRESS',
    who: anyOf(provincialApprover, nationalApprover),
    needs: ['reason'],
  },
  accept: {
    from: fixed('COMPLETED_WORK'),
    to: 'ACCEPTED',
    who: anyOf(provincialApprover, nationalApprover),
    needs: ['minutes'],
    awaited: true,
  },
  settle: { from: fixed('ACCEPTED'), to: 'SETTLED', who: officer, needs: [], awaited: true },
  terminate: { from: fixed(...TERMINABLE), to: 'TERMINATED', who: deciderByScope, needs: ['reason', 'decision'] },
  withdraw: {
    from: fixed('DRAFT', 'SUBMITTED', 'RETURNED', 'BASE_APPRAISAL'),
    to: 'WITHDRAWN',
    who: anyOf(implementer, officer),
    needs: [],
  },
  record_disbursement: {
    from: fixed('CONTRACTED', 'IN_PROGRESS', 'ACCEPTED'),
    to: 'same',
    who: officer,
    needs: ['disbursement'],
  },
};
