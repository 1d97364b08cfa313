import { checkAllocation, checkCut } from './allocation';
import { defaultFundingSource, planLineLabel } from './funding';

const line = { category: 'MACHINERY', fundingSource: 'PROVINCIAL' as const, year: 2026, assignedVnd: 500_000_000 };

describe('allocation check', () => {
  test('fits exactly: the remaining amount is what the line had before this approval', () => {
    expect(checkAllocation({ ...line, committedVnd: 380_000_000 }, 120_000_000, false)).toEqual({
      ok: true,
      remainingVnd: 120_000_000,
      overridden: false,
    });
  });

  test('past the estimate: refused, naming the line, the year, the remaining and the requested amounts (vi first)', () => {
    const answer = checkAllocation({ ...line, committedVnd: 380_000_000 }, 135_000_000, false);
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.remainingVnd).toBe(120_000_000);
    expect(answer.message).toMatch(
      /^Vượt dự toán được giao của dòng kế hoạch «Máy móc thiết bị — Ngân sách địa phương» năm 2026: còn lại 120\.000\.000 đồng, đề nghị 135\.000\.000 đồng/,
    );
    expect(answer.message).toContain(
      '/ exceeds the assigned estimate of plan line "Machinery and equipment — Provincial budget" for 2026: 120,000,000 VND remaining, 135,000,000 VND requested',
    );
  });

  test('an override lets it through and says so', () => {
    expect(checkAllocation({ ...line, committedVnd: 380_000_000 }, 135_000_000, true)).toEqual({
      ok: true,
      remainingVnd: 120_000_000,
      overridden: true,
    });
  });

  test('a line already past its estimate (after an override) reports 0 remaining, not a negative amount', () => {
    const answer = checkAllocation({ ...line, committedVnd: 600_000_000 }, 1, false);
    expect(!answer.ok && answer.message).toContain('còn lại 0 đồng');
  });

  test('a cut may not take the line below what is approved; an addition always may', () => {
    expect(checkCut({ ...line, committedVnd: 400_000_000 }, -100_000_000)).toEqual({ ok: true });
    const refused = checkCut({ ...line, committedVnd: 400_000_000 }, -100_000_001);
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.message).toMatch(
      /^Không thể cắt giảm dòng «Máy móc thiết bị — Ngân sách địa phương» năm 2026/,
    );
    expect(checkCut({ ...line, committedVnd: 900_000_000 }, 1)).toEqual({ ok: true });
  });

  test('default funding sources and labels', () => {
    expect(defaultFundingSource('NATIONAL')).toBe('CENTRAL');
    expect(defaultFundingSource('LOCAL')).toBe('PROVINCIAL');
    expect(planLineLabel('TRAINING', 'CENTRAL').vi).toBe('Đào tạo nghề, truyền nghề — Ngân sách trung ương');
  });
});
