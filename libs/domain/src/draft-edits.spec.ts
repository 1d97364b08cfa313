import { decideDraftEdit } from './draft-edits';
import { ProjectFacts, ProjectSnapshot, initialStatus } from './project';
import type { Actor } from './roles';
import type { ProjectState } from './lifecycle';
import { applyEvent } from './transitions';

const NOW = '2026-05-04T03:00:00.000Z';
const FACTS: ProjectFacts = {
  id: 'p-1',
  code: 'KCĐP-2026-HN-0001',
  scope: 'LOCAL',
  provinceCode: 'HN',
  category: 'MACHINERY',
  title: 'Hỗ trợ máy sấy nông sản',
  implementingUnit: { name: 'TTKC Hà Nội', email: 'unit.hn@demo.local' },
  beneficiary: 'HTX Chè Tân Cương',
  totalCostVnd: 450_000_000,
  requestedSupportVnd: 135_000_000,
  plannedStart: '2026-03-01',
  plannedEnd: '2026-11-30',
  createdByUserId: 'u-off',
};
const officer: Actor = { userId: 'u-off', email: 'officer.hn@demo.local', role: 'officer', provinceCode: 'HN' };
const unit: Actor = { userId: 'u-unit', email: 'unit.hn@demo.local', role: 'implementer', provinceCode: 'HN' };
const otherOfficer: Actor = { ...officer, userId: 'u-bn', provinceCode: 'BN' };
const approver: Actor = { userId: 'u-app', email: 'approver.hn@demo.local', role: 'approver', provinceCode: 'HN' };

const snap = (state: ProjectState = 'DRAFT'): ProjectSnapshot => ({
  facts: FACTS,
  status: { ...initialStatus(), state, seq: 3 },
});

describe('decideDraftEdit', () => {
  test('records what changed, before and after, and returns the new facts', () => {
    const decision = decideDraftEdit(
      snap(),
      { actor: officer, changes: { title: '  Hỗ trợ máy sấy chè  ', requestedSupportVnd: 120_000_000 } },
      NOW,
    );
    if (!decision.ok) throw new Error(decision.message);
    expect(decision.facts).toMatchObject({ title: 'Hỗ trợ máy sấy chè', requestedSupportVnd: 120_000_000 });
    expect(decision.event).toMatchObject({
      seq: 4,
      action: 'edit_draft',
      fromState: 'DRAFT',
      toState: 'DRAFT',
      details: {
        changed: 'title, requestedSupportVnd',
        'title.before': 'Hỗ trợ máy sấy nông sản',
        'title.after': 'Hỗ trợ máy sấy chè',
        'requestedSupportVnd.before': 135_000_000,
        'requestedSupportVnd.after': 120_000_000,
      },
    });
    expect(applyEvent(snap().status, decision.event)).toMatchObject({ state: 'DRAFT', seq: 4 });
  });

  test('in RETURNED too, by the project’s own unit', () => {
    expect(decideDraftEdit(snap('RETURNED'), { actor: unit, changes: { beneficiary: 'HTX Mới' } }, NOW).ok).toBe(true);
  });

  test.each<ProjectState>(['SUBMITTED', 'BASE_APPRAISAL', 'APPROVED', 'IN_PROGRESS', 'WITHDRAWN'])(
    'refused in %s as an illegal transition',
    (state) => {
      const decision = decideDraftEdit(snap(state), { actor: officer, changes: { title: 'Tên mới của đề án' } }, NOW);
      expect(decision).toMatchObject({ ok: false, code: 'ILLEGAL_TRANSITION' });
    },
  );

  test.each([
    ['an approver', approver],
    ['an officer of another province', otherOfficer],
  ])('refused to %s', (_who, actor) => {
    const decision = decideDraftEdit(snap(), { actor, changes: { title: 'Tên mới của đề án' } }, NOW);
    expect(decision).toMatchObject({ ok: false, code: 'ROLE_FORBIDDEN' });
  });

  test('a unit may not hand its project to another unit', () => {
    const decision = decideDraftEdit(
      snap(),
      { actor: unit, changes: { implementingUnit: { name: 'Khác', email: 'other@demo.local' } } },
      NOW,
    );
    expect(decision).toMatchObject({ ok: false, code: 'ROLE_FORBIDDEN' });
  });

  test('the draft rules apply to the result: support above the total cost, end before start', () => {
    const decision = decideDraftEdit(
      snap(),
      { actor: officer, changes: { totalCostVnd: 100_000_000, plannedEnd: '2026-01-01' } },
      NOW,
    );
    expect(decision).toMatchObject({ ok: false, code: 'INVALID_COMMAND' });
    if (decision.ok) return;
    expect(decision.message).toContain('135.000.000 đ vượt tổng kinh phí 100.000.000 đ');
    expect(decision.message).toContain('Ngày kết thúc: trước ngày bắt đầu');
  });

  test('nothing changed is refused', () => {
    const decision = decideDraftEdit(snap(), { actor: officer, changes: { title: FACTS.title } }, NOW);
    expect(decision).toMatchObject({ ok: false, code: 'INVALID_COMMAND', message: expect.stringContaining('nothing') });
  });
});
