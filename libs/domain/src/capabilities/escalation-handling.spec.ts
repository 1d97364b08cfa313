import type { Actor, Role } from '../roles';
import { awaitedSituations } from '../awaited-actions';
import { handlesEscalations, mayHandleEscalation } from './escalation-handling';

const actor = (role: Role, provinceCode: string | null): Actor => ({
  userId: 'u',
  email: `${role}@demo.local`,
  role,
  provinceCode,
});

describe('who handles an escalation', () => {
  const local = (level: 1 | 2 | 3) => ({ level, scope: 'LOCAL' as const, provinceCode: 'HN' });
  const national = (level: 1 | 2 | 3) => ({ level, scope: 'NATIONAL' as const, provinceCode: 'HN' });

  it('lets its recipients up the chain handle it, in the province', () => {
    expect(mayHandleEscalation(actor('approver', 'HN'), local(1)).ok).toBe(true);
    expect(mayHandleEscalation(actor('approver', 'HN'), local(2)).ok).toBe(true);
    expect(mayHandleEscalation(actor('ubnd_leader', 'HN'), local(2)).ok).toBe(true);
    expect(mayHandleEscalation(actor('ubnd_leader', 'HN'), local(1)).ok).toBe(false);
    expect(mayHandleEscalation(actor('approver', 'BN'), local(1)).ok).toBe(false);
    expect(mayHandleEscalation(actor('cuc_officer', null), national(2)).ok).toBe(true);
    expect(mayHandleEscalation(actor('approver', null), national(3)).ok).toBe(true);
    expect(mayHandleEscalation(actor('minister', null), national(3)).ok).toBe(true);
    expect(mayHandleEscalation(actor('cuc_officer', null), local(2)).ok).toBe(false);
  });

  it('keeps supervisors read-only, and says who may', () => {
    const refused = mayHandleEscalation(actor('supervisor', 'HN'), local(1));
    expect(refused).toEqual({ ok: false, message: expect.stringMatching(/Giám sát chỉ được xem .* \/ /) });
    if (!refused.ok) expect(refused.message).toContain('Lãnh đạo Sở Công Thương');
    expect(handlesEscalations(actor('supervisor', null)).ok).toBe(false);
    expect(handlesEscalations(actor('officer', 'HN')).ok).toBe(false);
    expect(handlesEscalations(actor('collaborator', 'HN')).ok).toBe(false);
    expect(handlesEscalations(actor('ubnd_leader', 'HN')).ok).toBe(true);
  });
});

describe('awaited situations and the local approver', () => {
  const names = (who: Actor) =>
    awaitedSituations(who).map((s) => `${s.scope}:${s.state}${s.localApprover ? `:${s.localApprover}` : ''}`);

  it('waits for the UBND leader only on local projects whose province named the UBND', () => {
    expect(names(actor('ubnd_leader', 'HN'))).toContain('LOCAL:BASE_APPRAISAL:UBND');
    expect(names(actor('ubnd_leader', 'HN'))).not.toContain('LOCAL:BASE_APPRAISAL:DEPARTMENT');
    expect(names(actor('approver', 'HN'))).toContain('LOCAL:BASE_APPRAISAL:DEPARTMENT');
    // The officer's steps do not depend on the approver: one situation for both.
    expect(names(actor('officer', 'HN'))).toContain('LOCAL:SUBMITTED');
    expect(names(actor('collaborator', 'HN'))).toEqual([]);
  });
});
