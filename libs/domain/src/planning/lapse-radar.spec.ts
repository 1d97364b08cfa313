import { LapseFacts, assessLapse } from './lapse-radar';

const base: LapseFacts = {
  state: 'IN_PROGRESS',
  planYear: 2026,
  plannedEnd: '2026-11-15',
  approvedSupportVnd: 300_000_000,
  paidVnd: 100_000_000,
  lastReportDay: '2026-10-01',
  contractDay: '2026-03-01',
};

describe('assessLapse', () => {
  it('flags a project under way that is planned to end after 31/12 of its plan year, with the unpaid amount', () => {
    expect(assessLapse({ ...base, plannedEnd: '2027-02-28' }, '2026-10-20')).toEqual({
      reasons: ['ENDS_AFTER_FISCAL_YEAR'],
      atRiskVnd: 200_000_000,
    });
  });

  it('leaves alone a project on pace: ends within the year, reported recently', () => {
    expect(assessLapse(base, '2026-10-20')).toEqual({ reasons: [], atRiskVnd: 0 });
  });

  it('flags undisbursed money with no progress report for more than the policy’s days', () => {
    expect(assessLapse(base, '2026-11-16')).toEqual({ reasons: ['NO_RECENT_PROGRESS'], atRiskVnd: 200_000_000 });
    expect(assessLapse(base, '2026-11-15')).toEqual({ reasons: [], atRiskVnd: 0 });
    expect(assessLapse(base, '2026-10-20', { staleAfterDays: 10 }).reasons).toEqual(['NO_RECENT_PROGRESS']);
    // No report ever: the clock runs from the contract.
    expect(assessLapse({ ...base, lastReportDay: null }, '2026-05-01').reasons).toEqual(['NO_RECENT_PROGRESS']);
  });

  it('does not count a silent project whose money is all paid out', () => {
    expect(assessLapse({ ...base, paidVnd: 300_000_000 }, '2026-12-01')).toEqual({ reasons: [], atRiskVnd: 0 });
  });

  it('gives both reasons at once', () => {
    expect(assessLapse({ ...base, plannedEnd: '2027-01-31', lastReportDay: null }, '2026-12-01').reasons).toEqual([
      'ENDS_AFTER_FISCAL_YEAR',
      'NO_RECENT_PROGRESS',
    ]);
  });

  it('ignores projects not under way (accepted, settled, waiting) and years already closed', () => {
    for (const state of ['ACCEPTED', 'SETTLED', 'APPROVED', 'CARRIED_OVER'] as const) {
      expect(assessLapse({ ...base, state, plannedEnd: '2027-03-01' }, '2026-10-20').reasons).toEqual([]);
    }
    expect(assessLapse({ ...base, plannedEnd: '2027-03-01' }, '2027-01-05').reasons).toEqual([]);
  });
});
