import { ApiRequestError } from '../../api/http';
import { idempotentAttempts } from '../../api/idempotency-key';
import { emptyPlanActionFields, planActionInput } from './plan-action-values';
import { emptyLine, initialPlanForm, planFormProblems, planInputOf, serverProblems } from './plan-form-values';

/** The key names the problem, so the tests read which check spoke. */
const t = (key: string, params?: Record<string, string | number>) =>
  params ? `${key} ${JSON.stringify(params)}` : key;

describe('the new plan form', () => {
  const officer = { national: false, provinces: ['HN'] };

  it("starts on the officer's own province's local plan with one line on the provincial budget", () => {
    const values = initialPlanForm(officer, 2027);
    expect(values).toMatchObject({ level: 'LOCAL', year: '2027', provinceCode: 'HN', title: '' });
    expect(values.lines).toEqual([expect.objectContaining({ category: '', fundingSource: 'PROVINCIAL' })]);
    expect(initialPlanForm({ national: true, provinces: [] }, 2027).lines[0].fundingSource).toBe('CENTRAL');
  });

  it('names each problem by the API field path, a repeated line by the line it repeats', () => {
    const values = initialPlanForm({ national: false, provinces: ['HN', 'BN'] }, 2027);
    values.lines = [
      { ...values.lines[0], category: 'MACHINERY', assigned: '500.000.000' },
      { ...emptyLine('LOCAL'), category: 'MACHINERY', assigned: '94,5' },
      { ...emptyLine('LOCAL'), assigned: '' },
    ];
    expect(planFormProblems(values, t)).toEqual({
      provinceCode: 'plans.problem.province',
      'lines.1': 'plans.problem.duplicate {"n":1}',
      'lines.1.assignedVnd': 'plans.problem.amount',
      'lines.2.category': 'plans.problem.category',
      'lines.2.assignedVnd': 'plans.problem.amount',
    });
  });

  it('sends whole VND, the province only for a local plan, and a title only when one is typed', () => {
    const values = initialPlanForm(officer, 2027);
    values.lines = [{ ...values.lines[0], category: 'TRAINING', assigned: '1.250.000.000' }];
    expect(planInputOf(values)).toEqual({
      level: 'LOCAL',
      year: 2027,
      provinceCode: 'HN',
      lines: [{ category: 'TRAINING', fundingSource: 'PROVINCIAL', assignedVnd: 1_250_000_000 }],
    });
    expect(planInputOf({ ...values, level: 'NATIONAL', title: '  KH 2027 ' })).not.toHaveProperty('provinceCode');
    expect(planInputOf({ ...values, title: '  KH 2027 ' }).title).toBe('KH 2027');
  });

  it("shows the API's 400 under each field, without the path its message starts with", () => {
    const body = {
      fields: { 'lines.0.category': 'lines.0.category: lines[].category phải là một trong', title: 'title dài quá' },
    };
    expect(serverProblems(new ApiRequestError(400, 'x', body))).toEqual({
      'lines.0.category': 'lines[].category phải là một trong',
      title: 'title dài quá',
    });
    expect(serverProblems(new ApiRequestError(409, 'exists', body))).toEqual({});
  });
});

describe('the plan dialogs', () => {
  it('an approval needs a decision number and day; an amendment sends a cut as a negative delta', () => {
    const fields = emptyPlanActionFields('2026-06-30', 'line-1');
    expect(planActionInput('approve', { ...fields, decisionNo: ' ' }, t)).toEqual({
      problems: { decisionNo: 'plans.problem.decisionNo' },
    });
    expect(planActionInput('approve', { ...fields, decisionNo: ' 12/QĐ-SCT ' }, t)).toEqual({
      input: { action: 'approve', decisionNo: '12/QĐ-SCT', decisionDate: '2026-06-30' },
    });
    const cut = {
      ...fields,
      decisionNo: '30/QĐ-SCT',
      direction: 'cut' as const,
      amount: '50.000.000',
      reason: ' Giảm ',
    };
    expect(planActionInput('amend', cut, t)).toEqual({
      input: {
        action: 'amend',
        lineId: 'line-1',
        deltaVnd: -50_000_000,
        decisionNo: '30/QĐ-SCT',
        decisionDate: '2026-06-30',
        reason: 'Giảm',
      },
    });
    expect(planActionInput('amend', { ...cut, amount: '0', reason: '' }, t)).toEqual({
      problems: { deltaVnd: 'plans.problem.positive', reason: 'plans.problem.reason' },
    });
  });
});

describe('idempotency keys', () => {
  it('keeps the key for a retry of the same body after no answer, and takes a new one after an answer', () => {
    const attempts = idempotentAttempts();
    const first = attempts.keyFor({ action: 'submit' });
    expect(first).toMatch(/^[0-9a-f]{32}$/);
    attempts.settle(new ApiRequestError(0, 'network'));
    expect(attempts.keyFor({ action: 'submit' })).toBe(first);
    attempts.settle(new ApiRequestError(503, 'busy'));
    expect(attempts.keyFor({ action: 'submit' })).toBe(first);
    attempts.settle(new ApiRequestError(409, 'wrong status'));
    const second = attempts.keyFor({ action: 'submit' });
    expect(second).not.toBe(first);
    expect(attempts.keyFor({ action: 'approve' })).not.toBe(second);
  });
});
