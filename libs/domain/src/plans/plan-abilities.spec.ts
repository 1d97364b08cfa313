import type { Actor, Role } from '../roles';
import { allowedPlanActions, planContext, planCreationTargets, wrongPlanStatusMessage } from './plan-abilities';

const actor = (role: Role, provinceCode: string | null): Actor => ({
  userId: 'u',
  email: 'x@y.vn',
  role,
  provinceCode,
});
const hanoi = planContext({ level: 'LOCAL', provinceCode: 'HN' });
const national = planContext({ level: 'NATIONAL', provinceCode: null });

describe('plan abilities', () => {
  test('a Department officer prepares the local plan of their own province only, never the national plan', () => {
    expect(planCreationTargets(actor('officer', 'HN'), ['HN', 'BN'])).toEqual({ national: false, provinces: ['HN'] });
  });

  test('a Cục officer prepares the national plan and no local one; a supervisor prepares none', () => {
    expect(planCreationTargets(actor('cuc_officer', null), ['HN', 'BN'])).toEqual({ national: true, provinces: [] });
    expect(planCreationTargets(actor('supervisor', 'HN'), ['HN'])).toEqual({ national: false, provinces: [] });
  });

  test('each action only from its status, and only for whom the table names', () => {
    expect(allowedPlanActions(actor('officer', 'HN'), 'DRAFT', hanoi)).toEqual(['submit']);
    expect(allowedPlanActions(actor('officer', 'HN'), 'SUBMITTED', hanoi)).toEqual([]);
    expect(allowedPlanActions(actor('approver', 'HN'), 'SUBMITTED', hanoi)).toEqual(['approve']);
    expect(allowedPlanActions(actor('approver', 'HN'), 'APPROVED', hanoi)).toEqual(['amend']);
    expect(allowedPlanActions(actor('approver', 'BN'), 'APPROVED', hanoi)).toEqual([]);
    expect(allowedPlanActions(actor('minister', null), 'SUBMITTED', national)).toEqual(['approve']);
  });

  test("the province's regulation moves the local plan's approval to the UBND tỉnh", () => {
    const byUbnd = planContext({ level: 'LOCAL', provinceCode: 'HN' }, 'UBND');
    expect(allowedPlanActions(actor('approver', 'HN'), 'SUBMITTED', byUbnd)).toEqual([]);
    expect(allowedPlanActions(actor('ubnd_leader', 'HN'), 'SUBMITTED', byUbnd)).toEqual(['approve']);
  });

  test('a wrong status is refused in words, Vietnamese first', () => {
    expect(wrongPlanStatusMessage('approve', 'APPROVED')).toBe(
      'Không thể phê duyệt kế hoạch đang ở trạng thái «Đã phê duyệt»; cần trạng thái «Đã trình» / ' +
        'cannot approve a plan that is approved; it must be submitted',
    );
  });
});
