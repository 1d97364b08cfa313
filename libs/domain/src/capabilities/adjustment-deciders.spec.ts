/**
 * The decider grid (TT 36/2013 Art. 11) for every kind, national and local, and the refusals of requests and of
 * actions on them, each with its status code and both languages.
 */
import { randomUUID } from 'node:crypto';
import type { Actor } from '../roles';
import { LifecycleStatus, ProjectFacts, initialStatus } from '../project';
import { REFUSAL_CODES } from '../errors';
import { ADJUSTMENT_KINDS, AdjustmentKind } from '../adjustments/adjustment-kinds';
import { adjustmentDecider } from './adjustment-deciders';
import { adjustmentHandOffRecipients } from './notice-recipients';
import {
  AdjustmentRecord,
  closeOpenAdjustment,
  decideAdjustmentAction,
  decideAdjustmentRequest,
  allowedAdjustmentActions,
} from '../adjustments/adjustment-decisions';

const person = (role: Actor['role'], provinceCode: string | null, email: string): Actor => ({
  userId: randomUUID(),
  role,
  provinceCode,
  email,
});
const unit = person('implementer', 'HN', 'unit.hn@demo.local');
const officer = person('officer', 'HN', 'officer.hn@demo.local');
const deptLeader = person('approver', 'HN', 'approver.hn@demo.local');
const ubnd = person('ubnd_leader', 'HN', 'ubnd.hn@demo.local');
const cucLeader = person('approver', null, 'approver.national@demo.local');
const minister = person('minister', null, 'minister@demo.local');
const otherOfficer = person('officer', 'BN', 'officer.bn@demo.local');

function facts(overrides: Partial<ProjectFacts> = {}): ProjectFacts {
  return {
    id: randomUUID(),
    code: 'KCQG-2026-HN-0001',
    scope: 'NATIONAL',
    provinceCode: 'HN',
    category: 'MACHINERY',
    title: 'Máy sấy chè',
    implementingUnit: { name: 'Trung tâm Khuyến công Hà Nội', email: unit.email },
    beneficiary: 'HTX Chè Tân Cương',
    totalCostVnd: 450_000_000,
    requestedSupportVnd: 135_000_000,
    plannedStart: '2026-03-01',
    plannedEnd: '2026-11-30',
    createdByUserId: officer.userId,
    ...overrides,
  };
}
const inProgress = (over: Partial<LifecycleStatus> = {}): LifecycleStatus => ({
  ...initialStatus(),
  state: 'IN_PROGRESS',
  seq: 8,
  approvedSupportVnd: 135_000_000,
  ...over,
});

const NOW = '2026-06-01T03:00:00.000Z';
const CHANGES: Record<AdjustmentKind, Record<string, unknown>> = {
  SITE: { site: 'Cụm công nghiệp Phú Nghĩa' },
  BENEFICIARY: { beneficiary: 'HTX Chè mới' },
  PARTNER: { partner: 'Viện Cơ điện nông nghiệp' },
  TIMING: { plannedEnd: '2026-12-20' },
  CONTENT: { category: 'DEMONSTRATION_MODEL' },
  FUNDING_INCREASE: { supportVnd: 135_000_001 },
  FUNDING_DECREASE: { supportVnd: 135_000_000 },
  EXTENSION_NEXT_YEAR: { plannedEnd: '2027-06-30' },
  STOP: {},
};

describe('the decider grid', () => {
  const national: Record<AdjustmentKind, string> = {
    FUNDING_INCREASE: 'minister',
    CONTENT: 'minister',
    EXTENSION_NEXT_YEAR: 'minister',
    STOP: 'minister',
    SITE: 'cucLeader',
    BENEFICIARY: 'cucLeader',
    PARTNER: 'cucLeader',
    TIMING: 'cucLeader',
    FUNDING_DECREASE: 'cucLeader',
  };
  const context = { scope: 'NATIONAL' as const, provinceCode: 'HN', implementingUnitEmail: unit.email };

  test.each(ADJUSTMENT_KINDS)('national %s: the law names its decider', (kind) => {
    expect(adjustmentDecider(kind, context, '2026-06-01').party.key).toBe(national[kind]);
  });

  test.each(['SITE', 'BENEFICIARY', 'PARTNER'] as const)(
    'national group project %s: the Department leader, with a copy to the Cục',
    (kind) => {
      const decider = adjustmentDecider(kind, { ...context, group: true }, '2026-06-01');
      expect(decider.party.key).toBe('deptLeader');
      expect(decider.organisation).toBe('Sở Công Thương thành phố Hà Nội');
      expect(decider.copyTo).toBe('Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công');
    },
  );

  test.each(['TIMING', 'FUNDING_INCREASE', 'CONTENT', 'EXTENSION_NEXT_YEAR', 'STOP', 'FUNDING_DECREASE'] as const)(
    'national group project %s: as for a single project',
    (kind) => {
      expect(adjustmentDecider(kind, { ...context, group: true }, '2026-06-01').party.key).toBe(national[kind]);
    },
  );

  test.each(ADJUSTMENT_KINDS)('local %s: the province’s approver, as its regulation says', (kind) => {
    const local = { ...context, scope: 'LOCAL' as const };
    const dept = adjustmentDecider(kind, local, '2026-06-01');
    expect(dept.party.allows(deptLeader, local)).toBe(true);
    expect(dept.party.allows(ubnd, local)).toBe(false);
    expect(dept.organisation).toBe('Sở Công Thương thành phố Hà Nội');
    const byUbnd = adjustmentDecider(kind, { ...local, localApprover: 'UBND' }, '2026-06-01');
    expect(byUbnd.party.allows(ubnd, { ...local, localApprover: 'UBND' })).toBe(true);
    expect(byUbnd.party.allows(deptLeader, { ...local, localApprover: 'UBND' })).toBe(false);
    expect(byUbnd).toMatchObject({ role: 'ubnd_leader', organisation: 'Ủy ban nhân dân thành phố Hà Nội' });
  });

  test('names the Cục by its name on the day of the request', () => {
    expect(adjustmentDecider('SITE', context, '2024-12-01').organisation).toBe('Cục Công Thương địa phương');
  });
});

/** A request asked and certified, and the decision of `actor` on it. */
function throughCertification(kind: AdjustmentKind, f: ProjectFacts, status = inProgress()) {
  const asked = decideAdjustmentRequest(
    { facts: f, status },
    null,
    { id: randomUUID(), kind, reason: 'Lý do', changes: CHANGES[kind], actor: unit },
    NOW,
  );
  if (!asked.ok) throw new Error(asked.message);
  const certified = decideAdjustmentAction(
    { facts: f, status: asked.status },
    asked.record,
    { adjustmentId: asked.record.id, action: 'certify', actor: officer },
    NOW,
  );
  if (!certified.ok) throw new Error(certified.message);
  return certified;
}

describe('deciding requests', () => {
  const everyone = { unit, officer, deptLeader, ubnd, cucLeader, minister, otherOfficer };

  test.each(ADJUSTMENT_KINDS.flatMap((kind) => (['NATIONAL', 'LOCAL'] as const).map((scope) => [kind, scope] as const)))(
    '%s (%s): only the decider approves; every other position gets 403 naming it',
    (kind, scope) => {
      const f = facts({ scope });
      const certified = throughCertification(kind, f);
      const decider = scope === 'LOCAL' ? 'deptLeader' : kind === 'SITE' || kind === 'BENEFICIARY' || kind === 'PARTNER' || kind === 'TIMING' || kind === 'FUNDING_DECREASE' ? 'cucLeader' : 'minister';
      for (const [name, actor] of Object.entries(everyone)) {
        const answer = decideAdjustmentAction(
          { facts: f, status: certified.status },
          certified.record,
          { adjustmentId: certified.record.id, action: 'approve', actor },
          NOW,
        );
        if (name === decider) {
          expect(answer.ok).toBe(true);
        } else {
          expect(answer).toMatchObject({ ok: false, code: REFUSAL_CODES.ROLE_FORBIDDEN });
          const message = (answer as { message: string }).message;
          expect(message).toContain('người được phép:');
          expect(message).toContain('who may:');
        }
      }
    },
  );

  test('an approval applies the terms, counts a new version and clears the open request', () => {
    const f = facts();
    const certified = throughCertification('FUNDING_INCREASE', f);
    expect(certified.status.openAdjustment).toMatchObject({ kind: 'FUNDING_INCREASE', status: 'CERTIFIED' });
    const approved = decideAdjustmentAction(
      { facts: f, status: certified.status },
      certified.record,
      { adjustmentId: certified.record.id, action: 'approve', actor: minister, decisionNo: '12/QĐ-BCT' },
      NOW,
    );
    expect(approved).toMatchObject({
      ok: true,
      record: { status: 'APPROVED', termsVersion: 2, decisionNo: '12/QĐ-BCT' },
      status: { approvedSupportVnd: 135_000_001, openAdjustment: null, state: 'IN_PROGRESS' },
      facts: { termsVersion: 2 },
      event: { action: 'approve_adjustment', details: { termsVersion: 2 } },
    });
  });

  test('an approved stop with an unused advance asks for the refund first; without one it terminates', () => {
    const f = facts();
    for (const [advancesVnd, state] of [
      [50_000_000, 'REFUND_PENDING'],
      [0, 'TERMINATED'],
    ] as const) {
      const certified = throughCertification('STOP', f, inProgress({ advancesVnd }));
      const approved = decideAdjustmentAction(
        { facts: f, status: certified.status },
        certified.record,
        { adjustmentId: certified.record.id, action: 'approve', actor: minister },
        NOW,
      );
      expect(approved).toMatchObject({ ok: true, status: { state } });
    }
  });

  test('a funding cut below what was paid is refused at the decision, naming both figures', () => {
    const f = facts();
    const certified = throughCertification('FUNDING_DECREASE', f, inProgress());
    const paid = { ...certified.status, advancesVnd: 135_000_000 };
    const record = { ...certified.record, changes: { supportVnd: 100_000_000 } } as AdjustmentRecord;
    const answer = decideAdjustmentAction(
      { facts: f, status: paid },
      record,
      { adjustmentId: record.id, action: 'approve', actor: cucLeader },
      NOW,
    );
    expect(answer).toMatchObject({ ok: false, code: REFUSAL_CODES.RULE_VIOLATION });
    expect((answer as { message: string }).message).toContain('100.000.000 đ');
    expect((answer as { message: string }).message).toContain('135.000.000 đ');
  });

  test('requests: who may ask, in which states, one at a time', () => {
    const f = facts();
    const ask = (actor: Actor, state: LifecycleStatus['state'] = 'IN_PROGRESS', open: AdjustmentRecord | null = null) =>
      decideAdjustmentRequest(
        { facts: f, status: inProgress({ state }) },
        open,
        { id: randomUUID(), kind: 'SITE', reason: 'Lý do', changes: CHANGES.SITE, actor },
        NOW,
      );
    expect(ask(unit).ok).toBe(true);
    expect(ask(officer).ok).toBe(true);
    expect(ask(deptLeader)).toMatchObject({ ok: false, code: REFUSAL_CODES.ROLE_FORBIDDEN });
    expect(ask(otherOfficer)).toMatchObject({ ok: false, code: REFUSAL_CODES.ROLE_FORBIDDEN });
    expect(ask(unit, 'DRAFT')).toMatchObject({ ok: false, code: REFUSAL_CODES.ILLEGAL_TRANSITION });
    expect(ask(unit, 'COMPLETED_WORK')).toMatchObject({ ok: false, code: REFUSAL_CODES.ILLEGAL_TRANSITION });
    const first = ask(unit);
    if (!first.ok) throw new Error('first request refused');
    expect(ask(unit, 'IN_PROGRESS', first.record)).toMatchObject({ ok: false, code: REFUSAL_CODES.ILLEGAL_TRANSITION });
  });

  test('the buttons each position sees on a request', () => {
    const f = facts();
    const asked = decideAdjustmentRequest(
      { facts: f, status: inProgress() },
      null,
      { id: randomUUID(), kind: 'FUNDING_INCREASE', reason: 'Lý do', changes: CHANGES.FUNDING_INCREASE, actor: unit },
      NOW,
    );
    if (!asked.ok) throw new Error(asked.message);
    const snapshot = { facts: f, status: asked.status };
    expect(allowedAdjustmentActions(snapshot, asked.record, unit)).toEqual(['withdraw']);
    expect(allowedAdjustmentActions(snapshot, asked.record, officer)).toEqual(['certify', 'reject', 'withdraw']);
    expect(allowedAdjustmentActions(snapshot, asked.record, minister)).toEqual(['reject']);
    expect(allowedAdjustmentActions(snapshot, asked.record, cucLeader)).toEqual([]);
  });

  test('an open request lapses when the project is stopped another way, not when a stop is only asked for', () => {
    const f = facts();
    const asked = decideAdjustmentRequest(
      { facts: f, status: inProgress() },
      null,
      { id: randomUUID(), kind: 'SITE', reason: 'Lý do', changes: CHANGES.SITE, actor: unit },
      NOW,
    );
    if (!asked.ok) throw new Error(asked.message);
    const stopAsked = { facts: f, status: { ...asked.status, state: 'SUSPENSION_REQUESTED' as const } };
    expect(closeOpenAdjustment(stopAsked, asked.record, NOW, minister)).toBeNull();
    const stopped = { facts: f, status: { ...asked.status, state: 'TERMINATED' as const } };
    expect(closeOpenAdjustment(stopped, asked.record, NOW, minister)).toMatchObject({
      record: { status: 'CLOSED' },
      event: { action: 'close_adjustment' },
      status: { openAdjustment: null },
    });
  });
});

describe('who each step of a request is mailed to', () => {
  const national = { scope: 'NATIONAL' as const, provinceCode: 'HN', implementingUnitEmail: unit.email };
  const local = { ...national, scope: 'LOCAL' as const };
  const office = (
    action: Parameters<typeof adjustmentHandOffRecipients>[0],
    kind: AdjustmentKind,
    context: Parameters<typeof adjustmentHandOffRecipients>[2] = national,
  ) =>
    adjustmentHandOffRecipients(action, kind, context, '2026-06-01');

  test('asked and withdrawn: the Department; decided: the unit and its Department', () => {
    expect(office('request_adjustment', 'SITE')).toMatchObject({ unit: false, office: 'DEPARTMENT' });
    expect(office('withdraw_adjustment', 'SITE')).toMatchObject({ unit: false, office: 'DEPARTMENT' });
    expect(office('approve_adjustment', 'SITE')).toMatchObject({ unit: true, office: 'UNIT' });
    expect(office('reject_adjustment', 'STOP')).toMatchObject({ unit: true, office: 'UNIT' });
    expect(office('close_adjustment', 'STOP')).toBeNull();
  });

  test('certified: the decider the grid names', () => {
    expect(office('certify_adjustment', 'FUNDING_INCREASE')?.office).toBe('MINISTER');
    expect(office('certify_adjustment', 'SITE')?.office).toBe('CUC');
    expect(office('certify_adjustment', 'SITE', { ...national, group: true })).toMatchObject({
      office: 'DEPARTMENT',
      positions: [{ role: 'approver', national: false }],
    });
    expect(office('approve_adjustment', 'SITE', { ...national, group: true })?.copy).toBeDefined();
    expect(office('certify_adjustment', 'TIMING', local)).toMatchObject({ office: 'DEPARTMENT' });
    expect(office('certify_adjustment', 'TIMING', { ...local, localApprover: 'UBND' })).toMatchObject({
      office: 'UBND',
      positions: [{ role: 'ubnd_leader', national: false }],
    });
  });
});
