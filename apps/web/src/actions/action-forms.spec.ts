import type { ProjectDetail, ProjectSummary } from '../api/types';
import { emptyFields, formOf, toActionInput, unusedAdvanceOf } from './action-forms';

const project = {
  id: 'p',
  code: 'KCQG-2026-HN-0001',
  state: 'REFUND_PENDING',
  requestedSupportVnd: 135_000_000,
  approvedSupportVnd: 135_000_000,
  acceptedAmountVnd: 10_000_000,
  disbursedVnd: { advances: 40_000_000, final: 0, total: 40_000_000, refunded: 0 },
} as unknown as ProjectSummary;

describe('the national path’s action forms', () => {
  it('asks the Minister’s decisions for a number and a day only, the requests and refusals for a reason', () => {
    expect(formOf('decide_stop')).toBe('decisionOnly');
    expect(formOf('approve_carry_over')).toBe('decisionOnly');
    for (const action of [
      'not_select',
      'settle_on_minutes',
      'request_stop',
      'request_carry_over',
      'refuse_stop',
      'refuse_carry_over',
    ]) {
      expect(formOf(action)).toBe('reason');
    }
    const fields = { ...emptyFields(project, 'decide_stop'), decisionNo: ' 88/QĐ-BCT ', decisionDate: '2026-12-01' };
    expect(toActionInput('decide_stop', fields, project)).toEqual({
      action: 'decide_stop',
      decisionNo: '88/QĐ-BCT',
      decisionDate: '2026-12-01',
    });
    expect(toActionInput('decide_stop', { ...fields, decisionNo: '' }, project)).toEqual({
      problem: 'action.required',
    });
  });

  it('prefills the refund with the unused advance (advances − accepted − refunded), in whole VND', () => {
    expect(unusedAdvanceOf(project)).toBe(30_000_000);
    // The project's own refunded total, whatever history its page holds.
    const refunded = {
      ...project,
      disbursedVnd: { ...project.disbursedVnd, refunded: 5_000_000 },
    } as ProjectSummary;
    expect(unusedAdvanceOf(refunded)).toBe(25_000_000);
    const fields = emptyFields(project, 'record_refund');
    expect(fields.amountVnd).toBe('30.000.000');
    expect(toActionInput('record_refund', fields, project)).toEqual({ action: 'record_refund', amountVnd: 30_000_000 });
    expect(toActionInput('record_refund', { ...fields, amountVnd: '0' }, project)).toEqual({
      problem: 'action.refundInvalid',
    });
  });
});

describe('a group project’s force majeure forms', () => {
  const row = (id: string, extra: Record<string, unknown> = {}) => ({
    id,
    name: `Cơ sở ${id}`,
    supportVnd: 350_000_000,
    advancesVnd: 245_000_000,
    finalPaymentsVnd: 0,
    refundedVnd: 0,
    refundDueVnd: 0,
    workDone: null,
    ...extra,
  });
  const group = {
    ...project,
    state: 'ACCEPTED',
    group: true,
    groupPlan: { beneficiaries: [row('NT1'), row('NT2', { refundDueVnd: 145_000_000 }), row('NT3')] },
  } as unknown as ProjectDetail;

  it('asks which establishment is accepted by its work done, and sends it', () => {
    const fields = {
      ...emptyFields(group, 'accept_work_done'),
      reason: 'Lũ quét',
      minutesNo: 'BB-1',
      acceptedAmountVnd: '100.000.000',
      certifierName: 'UBND xã Minh Châu',
    };
    expect(toActionInput('accept_work_done', fields, group)).toEqual({ problem: 'action.beneficiaryRequired' });
    expect(toActionInput('accept_work_done', { ...fields, beneficiaryId: 'NT2' }, group)).toMatchObject({
      action: 'accept_work_done',
      beneficiaryId: 'NT2',
      acceptedAmountVnd: 100_000_000,
      certifyingBody: 'DEPARTMENT',
      certifierName: 'UBND xã Minh Châu',
    });
  });

  it('prefills the refund with the establishment that owes one and its amount', () => {
    const fields = emptyFields(group, 'refund_advance');
    expect(fields).toMatchObject({ beneficiaryId: 'NT2', amountVnd: '145.000.000' });
    expect(toActionInput('refund_advance', fields, group)).toEqual({
      action: 'refund_advance',
      amountVnd: 145_000_000,
      beneficiaryId: 'NT2',
    });
    expect(toActionInput('refund_advance', { ...fields, beneficiaryId: '' }, group)).toEqual({
      problem: 'action.beneficiaryRequired',
    });
  });
});
