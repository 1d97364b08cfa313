import { RANKING_CANDIDATE_STATES, compareCandidates, rankLineCandidates, rankingReasons } from './ranking';

const candidate = (code: string, over: Partial<Parameters<typeof compareCandidates>[0]> = {}) => ({
  id: `id-${code}`,
  code,
  pilot: false,
  priorityArea: false,
  requestedSupportVnd: 100_000_000,
  submittedAt: '2026-05-10T02:00:00.000Z',
  ...over,
});

const ordered = (ranking: ReturnType<typeof rankLineCandidates>) => ranking.candidates.map((c) => c.code);

describe('ranking a plan line’s candidates (DOMAIN §4.1)', () => {
  test('pilot projects first, then priority areas, then the earliest submitted', () => {
    const ranking = rankLineCandidates({ assignedVnd: 1_000_000_000, committedVnd: 0 }, [
      candidate('LATE', { submittedAt: '2026-05-20T02:00:00.000Z' }),
      candidate('EARLY', { submittedAt: '2026-05-01T02:00:00.000Z' }),
      candidate('AREA', { priorityArea: true, submittedAt: '2026-05-30T02:00:00.000Z' }),
      candidate('PILOT', { pilot: true, submittedAt: '2026-06-15T02:00:00.000Z' }),
    ]);
    expect(ordered(ranking)).toEqual(['PILOT', 'AREA', 'EARLY', 'LATE']);
    expect(ranking.candidates.map((c) => c.rank)).toEqual([1, 2, 3, 4]);
  });

  test('a pilot project beats an earlier project in a priority area; a pilot in a priority area beats both', () => {
    const area = candidate('AREA', { priorityArea: true, submittedAt: '2026-01-01T00:00:00.000Z' });
    const pilot = candidate('PILOT', { pilot: true, submittedAt: '2026-12-31T00:00:00.000Z' });
    const both = candidate('BOTH', { pilot: true, priorityArea: true, submittedAt: '2026-12-31T12:00:00.000Z' });
    expect(compareCandidates(pilot, area)).toBeLessThan(0);
    expect(ordered(rankLineCandidates({ assignedVnd: 0, committedVnd: 0 }, [area, pilot, both]))).toEqual([
      'BOTH',
      'PILOT',
      'AREA',
    ]);
  });

  test('ties: the same standing and the same instant are ordered by code, then id, whatever the input order', () => {
    const a = candidate('KCĐP-2026-HN-0002');
    const b = candidate('KCĐP-2026-HN-0001');
    const c = { ...candidate('KCĐP-2026-HN-0001'), id: 'id-0' };
    const line = { assignedVnd: 1_000_000_000, committedVnd: 0 };
    const one = rankLineCandidates(line, [a, b, c]).candidates.map((x) => x.id);
    const other = rankLineCandidates(line, [c, a, b]).candidates.map((x) => x.id);
    expect(one).toEqual(['id-0', 'id-KCĐP-2026-HN-0001', 'id-KCĐP-2026-HN-0002']);
    expect(other).toEqual(one);
    // Instants compare as time, not as text: the same moment written in another zone is a tie.
    expect(
      compareCandidates(
        candidate('X', { submittedAt: '2026-05-10T09:00:00+07:00' }),
        candidate('X', { submittedAt: '2026-05-10T02:00:00.000Z' }),
      ),
    ).toBe(0);
  });

  test('fits at the exact boundary in whole VND (cumulative = remaining), not one đồng past it', () => {
    // Remaining 300,000,000 − 99,999,999 = 200,000,001.
    const line = { assignedVnd: 300_000_000, committedVnd: 99_999_999 };
    const ranking = rankLineCandidates(line, [
      candidate('A', { requestedSupportVnd: 150_000_000, submittedAt: '2026-05-01T00:00:00.000Z' }),
      candidate('B', { requestedSupportVnd: 50_000_001, submittedAt: '2026-05-02T00:00:00.000Z' }),
      candidate('C', { requestedSupportVnd: 1, submittedAt: '2026-05-03T00:00:00.000Z' }),
    ]);
    expect(ranking.remainingVnd).toBe(200_000_001);
    expect(ranking.candidates.map((c) => [c.code, c.cumulativeRequestedVnd, c.fitsRemaining])).toEqual([
      ['A', 150_000_000, true],
      ['B', 200_000_001, true],
      ['C', 200_000_002, false],
    ]);
  });

  test('a line already past its estimate fits nothing; an empty line ranks nothing', () => {
    const over = rankLineCandidates({ assignedVnd: 100, committedVnd: 150 }, [candidate('A')]);
    expect(over.remainingVnd).toBe(-50);
    expect(over.candidates[0].fitsRemaining).toBe(false);
    expect(rankLineCandidates({ assignedVnd: 100, committedVnd: 0 }, [])).toEqual({
      remainingVnd: 100,
      candidates: [],
    });
  });

  test('reasons name each criterion the project meets (vi, en); none met: the order of submission', () => {
    expect(rankingReasons({ pilot: true, priorityArea: true })).toEqual([
      { code: 'PILOT', vi: 'Đề án điểm', en: 'Pilot project' },
      { code: 'PRIORITY_AREA', vi: 'Địa bàn ưu tiên', en: 'Priority area' },
    ]);
    expect(rankingReasons({ pilot: false, priorityArea: false })).toEqual([
      { code: 'SUBMISSION_ORDER', vi: 'Thứ tự nộp hồ sơ', en: 'Order of submission' },
    ]);
  });

  test('does not change the candidates it is given', () => {
    const input = [candidate('B', { submittedAt: '2026-05-02T00:00:00.000Z' }), candidate('A', { pilot: true })];
    const copy = structuredClone(input);
    rankLineCandidates({ assignedVnd: 1, committedVnd: 0 }, input);
    expect(input).toEqual(copy);
  });

  test('candidates are submitted and not yet approved: no draft, nothing approved or refused', () => {
    expect(RANKING_CANDIDATE_STATES).not.toContain('DRAFT');
    expect(RANKING_CANDIDATE_STATES).not.toContain('APPROVED');
    expect(RANKING_CANDIDATE_STATES).not.toContain('REJECTED');
    expect(RANKING_CANDIDATE_STATES).toContain('MINISTRY_APPRAISAL');
  });
});
