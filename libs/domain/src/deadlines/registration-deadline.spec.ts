import { DEFAULT_DEADLINE_POLICY, validateDeadlinePolicy } from './deadline-policy';
import { registrationDeadline } from './registration-deadline';

const national = { scope: 'NATIONAL' as const, state: 'BASE_APPRAISAL' as const, plannedStart: '2027-03-01' };

describe('registrationDeadline', () => {
  it('is 20 June of the year before the plan year, at the end of the day in Việt Nam', () => {
    expect(registrationDeadline(national, DEFAULT_DEADLINE_POLICY.stall)).toEqual({
      dueDay: '2026-06-20',
      dueAt: '2026-06-20T17:00:00.000Z',
      planYear: 2027,
    });
  });

  it('follows the policy value, and the default where a stored policy has none', () => {
    expect(registrationDeadline(national, { nationalRegistrationBy: { month: 6, day: 15 } })?.dueDay).toBe(
      '2026-06-15',
    );
    expect(registrationDeadline(national, {})?.dueDay).toBe('2026-06-20');
  });

  it('does not apply to local projects or to other states', () => {
    expect(registrationDeadline({ ...national, scope: 'LOCAL' }, DEFAULT_DEADLINE_POLICY.stall)).toBeNull();
    expect(registrationDeadline({ ...national, state: 'REGISTERED' }, DEFAULT_DEADLINE_POLICY.stall)).toBeNull();
  });

  it('is validated as a day of the year', () => {
    const policy = { ...DEFAULT_DEADLINE_POLICY, stall: { ...DEFAULT_DEADLINE_POLICY.stall } };
    policy.stall.nationalRegistrationBy = { month: 2, day: 30 };
    expect(validateDeadlinePolicy(policy)).toContain(
      'stall.nationalRegistrationBy must be a day of the year, e.g. {"month":6,"day":20}',
    );
  });
});
