import { deskOfficers, handOffRecipients, nineMonthReviewRecipients } from './notice-recipients';

const roles = (positions: ReadonlyArray<{ role: string; national: boolean }>) =>
  positions.map((p) => `${p.national ? 'national' : 'province'}:${p.role}`);

describe('notice recipients', () => {
  it('copies the province’s desk officers on deadline notices', () => {
    expect(roles(deskOfficers())).toEqual(['province:officer']);
  });

  it('writes the Cục on a registration and the Minister on a stop or a carry-over request', () => {
    expect(handOffRecipients('register', 'NATIONAL')).toMatchObject({ unit: false, office: 'CUC' });
    expect(roles(handOffRecipients('register', 'NATIONAL')!.positions)).toEqual([
      'national:cuc_officer',
      'national:approver',
    ]);
    for (const action of ['request_stop', 'request_carry_over'] as const) {
      expect(handOffRecipients(action, 'NATIONAL')).toMatchObject({ unit: false, office: 'MINISTER' });
      expect(roles(handOffRecipients(action, 'NATIONAL')!.positions)).toEqual(['national:minister']);
    }
  });

  it('writes the unit, its Department in copy, on decisions about a national project', () => {
    for (const action of [
      'open_ministry_appraisal',
      'not_select',
      'decide_stop',
      'refuse_stop',
      'approve_carry_over',
      'refuse_carry_over',
      'approve',
    ] as const) {
      const r = handOffRecipients(action, 'NATIONAL')!;
      expect({ action, unit: r.unit, office: r.office }).toEqual({ action, unit: true, office: 'UNIT' });
      expect(roles(r.positions)).toEqual(['province:officer', 'province:approver']);
    }
    // A local approval: the unit alone (the Department approved it).
    expect(handOffRecipients('approve', 'LOCAL')).toEqual({ unit: true, positions: [], office: 'UNIT' });
  });

  it('tells the Department of a recorded refund, the Cục in copy for a national project', () => {
    expect(handOffRecipients('record_refund', 'NATIONAL')).toMatchObject({ unit: false, office: 'DEPARTMENT' });
    expect(roles(handOffRecipients('record_refund', 'NATIONAL')!.copy ?? [])).toEqual([
      'national:cuc_officer',
      'national:approver',
    ]);
    expect(handOffRecipients('record_refund', 'LOCAL')!.copy).toBeUndefined();
  });

  it('mails no hand-off for the actor’s own next step', () => {
    expect(handOffRecipients('open_appraisal', 'LOCAL')).toBeNull();
    expect(handOffRecipients('record_disbursement', 'NATIONAL')).toBeNull();
  });

  it('sends the nine-month review to the province’s supervisors and Department leaders, the summary to the Cục', () => {
    expect(roles(nineMonthReviewRecipients(false))).toEqual(['province:supervisor', 'province:approver']);
    expect(roles(nineMonthReviewRecipients(true))).toEqual([
      'national:cuc_officer',
      'national:approver',
      'national:supervisor',
    ]);
  });
});
