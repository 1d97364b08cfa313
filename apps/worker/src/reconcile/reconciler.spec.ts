import { describeSummary, exitCodeOf } from './reconciler';

const summary = { checked: 10, differing: 0, repaired: 0, remaining: 0, unchecked: 0, workflowsWithoutProject: 0 };

describe('exitCodeOf', () => {
  it('is 0 when nothing differs or everything was repaired', () => {
    expect(exitCodeOf(summary)).toBe(0);
    expect(exitCodeOf({ ...summary, differing: 2, repaired: 2 })).toBe(0);
  });

  it('is 1 when differences remain', () => {
    expect(exitCodeOf({ ...summary, differing: 2, repaired: 1, remaining: 1 })).toBe(1);
  });

  it('is 2 when a workflow could not be checked, whatever else', () => {
    expect(exitCodeOf({ ...summary, differing: 1, remaining: 1, unchecked: 1 })).toBe(2);
  });
});

it('describes a run in one line', () => {
  expect(describeSummary({ ...summary, checked: 12, differing: 2, repaired: 1, remaining: 1, unchecked: 1 })).toBe(
    '12 projects checked: 9 agree, 2 differed, 1 repaired, 1 still differ, 1 not checked; 0 workflows without a projects row',
  );
});

it('counts a workflow without a projects row as a difference that remains, not as a project checked', () => {
  const withOrphan = { ...summary, checked: 3, differing: 1, remaining: 1, workflowsWithoutProject: 1 };
  expect(describeSummary(withOrphan)).toBe(
    '3 projects checked: 3 agree, 1 differed, 0 repaired, 1 still differ, 0 not checked; 1 workflows without a projects row',
  );
  expect(exitCodeOf(withOrphan)).toBe(1);
});
