/** The one mapper between the workflow's status and the projects row: round trips, SQL shapes, differences. */
import { LifecycleStatus, initialStatus } from '@kc/domain';
import {
  STATUS_COLUMNS,
  localApproverOfRow,
  statusAssignments,
  statusOfRow,
  statusParams,
  statusRowDifferences,
  statusRowFromSelect,
  statusRowOf,
  statusSelect,
} from './project-status-row';

const accepted: LifecycleStatus = {
  ...initialStatus(),
  state: 'ACCEPTED',
  seq: 11,
  approvedSupportVnd: 135_000_000,
  acceptedAmountVnd: 130_000_000,
  advancesVnd: 94_500_000,
  contract: { contractNo: '15/HĐ-KCQG-2026', contractDate: '2026-04-01' },
  acceptance: { minutesNo: 'BB-NT-3', minutesDate: '2026-11-20' },
};
const refunded: LifecycleStatus = {
  ...accepted,
  state: 'TERMINATED',
  seq: 14,
  resumeState: null,
  refundedVnd: 4_500_000,
};
const requested: LifecycleStatus = { ...accepted, state: 'SUSPENSION_REQUESTED', seq: 12, resumeState: 'ACCEPTED' };

describe('statusRowOf / statusOfRow', () => {
  test.each([
    ['a new draft', initialStatus()],
    ['an accepted project', accepted],
    ['a stop pending', requested],
    ['refunded and closed', { ...refunded, resumeState: undefined }],
  ])('round trip: %s', (_label, status) => {
    expect(statusOfRow(statusRowOf(status))).toEqual(status);
  });

  test('a status from before the national path (no resumeState, no refundedVnd) maps to null and 0', () => {
    expect(statusRowOf(accepted)).toMatchObject({ resumeState: null, refundedVnd: 0 });
  });

  test('a contract or minutes half missing in a row is no contract or minutes', () => {
    expect(statusOfRow({ ...statusRowOf(accepted), contractDate: null, minutesNo: null })).toMatchObject({
      contract: null,
      acceptance: null,
    });
  });
});

describe('SQL shapes', () => {
  test('assignments and parameters line up column by column', () => {
    expect(statusAssignments(2)).toBe(
      'state = $2, last_seq = $3, approved_support_vnd = $4, accepted_amount_vnd = $5, advances_vnd = $6, ' +
        'final_payments_vnd = $7, contract_no = $8, contract_date = $9, minutes_no = $10, minutes_date = $11, ' +
        'resume_state = $12, refunded_vnd = $13, open_adjustment_id = $14, open_adjustment_kind = $15, ' +
        'open_adjustment_status = $16, progress_percent = $17, progress_report_date = $18, group_plan = $19, ' +
        'force_majeure_body = $20, force_majeure_certifier = $21, pilot_years = $22',
    );
    expect(statusParams(requested)).toEqual([
      'SUSPENSION_REQUESTED',
      12,
      135_000_000,
      130_000_000,
      94_500_000,
      0,
      '15/HĐ-KCQG-2026',
      '2026-04-01',
      'BB-NT-3',
      '2026-11-20',
      'ACCEPTED',
      0,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  test('a group plan is one jsonb column, written as JSON text and compared by content', () => {
    const plan = {
      beneficiaries: [
        {
          id: 'NT1',
          name: 'HTX A',
          site: 'xã A',
          supportVnd: 300_000_000,
          acceptedVnd: null,
          minutesNo: null,
          minutesDate: null,
          advancesVnd: 0,
          finalPaymentsVnd: 0,
        },
      ],
      approval: null,
    };
    const withPlan = { ...requested, groupPlan: plan };
    expect(statusParams(withPlan)[STATUS_COLUMNS.findIndex((c) => c.field === 'groupPlan')]).toBe(JSON.stringify(plan));
    expect(statusOfRow(statusRowOf(withPlan)).groupPlan).toEqual(plan);
    // PostgreSQL gives jsonb back with its keys reordered: no difference for the reconcile to repair.
    const reordered = {
      approval: null,
      beneficiaries: [Object.fromEntries(Object.entries(plan.beneficiaries[0]!).reverse())],
    };
    expect(statusRowDifferences({ ...statusRowOf(withPlan), groupPlan: reordered as typeof plan }, withPlan)).toEqual(
      [],
    );
    expect(statusRowDifferences({ ...statusRowOf(withPlan), groupPlan: null }, withPlan)).toHaveLength(1);
  });

  test('a certified progress report is two columns and comes back as it was', () => {
    const certified = { ...requested, certifiedProgress: { percentDone: 75, reportDate: '2026-06-30' } };
    expect(statusRowOf(certified)).toMatchObject({ progressPercent: 75, progressReportDate: '2026-06-30' });
    expect(statusOfRow(statusRowOf(certified)).certifiedProgress).toEqual({
      percentDone: 75,
      reportDate: '2026-06-30',
    });
    expect(statusOfRow(statusRowOf(requested)).certifiedProgress).toBeUndefined();
  });

  test('the select reads dates as days and money as text, and the reader turns it back', () => {
    expect(statusSelect('p')).toContain(`to_char(p.contract_date, 'YYYY-MM-DD') AS "contractDate"`);
    expect(statusSelect('p')).toContain(`p.refunded_vnd::text AS "refundedVnd"`);
    expect(statusSelect('p').match(/ AS "/g)).toHaveLength(STATUS_COLUMNS.length);
    const row = statusRowOf(refunded);
    const raw = {
      ...row,
      approvedSupportVnd: '135000000',
      acceptedAmountVnd: '130000000',
      advancesVnd: '94500000',
      finalPaymentsVnd: '0',
      refundedVnd: '4500000',
    };
    expect(statusRowFromSelect(raw)).toEqual(row);
  });
});

describe('statusRowDifferences', () => {
  test('none when the row is the status; each column otherwise, named as in SQL', () => {
    expect(statusRowDifferences(statusRowOf(accepted), accepted)).toEqual([]);
    expect(
      statusRowDifferences({ ...statusRowOf(accepted), advancesVnd: 1, resumeState: 'IN_PROGRESS' }, accepted),
    ).toEqual([
      { column: 'advances_vnd', readModel: 1, workflow: 94_500_000 },
      { column: 'resume_state', readModel: 'IN_PROGRESS', workflow: null },
    ]);
  });
});

test('localApproverOfRow keeps only approvers the domain knows', () => {
  expect(localApproverOfRow('UBND')).toBe('UBND');
  expect(localApproverOfRow('DEPARTMENT')).toBe('DEPARTMENT');
  expect(localApproverOfRow(null)).toBeUndefined();
  expect(localApproverOfRow('PRIME_MINISTER')).toBeUndefined();
});
