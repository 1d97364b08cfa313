import {
  programmeManagementLimitVnd,
  programmeManagementProblem,
  unitOverheadLimitVnd,
  unitOverheadProblem,
} from './overheads';

const line = (category: string, assignedVnd: number) => ({ category, assignedVnd });

describe('programme management at most 1.5% of the plan', () => {
  it('is the floor of 1.5% in whole VND', () => {
    expect(programmeManagementLimitVnd(10_000_000_000)).toBe(150_000_000);
    expect(programmeManagementLimitVnd(1_000)).toBe(15);
    expect(programmeManagementLimitVnd(999)).toBe(14);
  });

  it('allows the limit and refuses one đồng above, naming the instrument and the figures', () => {
    const others = line('MACHINERY', 9_850_000_000);
    expect(programmeManagementProblem([others, line('PROGRAMME_MANAGEMENT', 150_000_000)])).toBeNull();
    const over = programmeManagementProblem([
      line('MACHINERY', 9_849_999_999),
      line('PROGRAMME_MANAGEMENT', 150_000_001),
    ]);
    expect(over).toContain('Dòng quản lý chương trình 150.000.001 đ vượt 1,5% tổng dự toán 10.000.000.000 đ');
    expect(over).toContain('26/2014/TTLT-BTC-BCT');
    expect(over).toContain('at most 150,000,000 VND');
  });

  it('counts every programme-management line, of every funding source, and nothing when there is none', () => {
    expect(
      programmeManagementProblem([
        line('TRAINING', 1_000_000_000),
        line('PROGRAMME_MANAGEMENT', 10_000_000),
        line('PROGRAMME_MANAGEMENT', 10_000_000),
      ]),
    ).toContain('20.000.000 đ');
    expect(programmeManagementProblem([line('TRAINING', 0)])).toBeNull();
    expect(programmeManagementProblem([])).toBeNull();
  });
});

describe("the implementing unit's management overhead: at most 2.5% of the project's total cost", () => {
  it('allows the limit to the đồng and refuses one đồng more, naming the rule and the figures', () => {
    expect(unitOverheadLimitVnd(450_000_000)).toBe(11_250_000);
    expect(unitOverheadLimitVnd(333_333_333)).toBe(8_333_333);
    expect(unitOverheadProblem(11_250_000, 450_000_000)).toBeNull();
    expect(unitOverheadProblem(undefined, 450_000_000)).toBeNull();
    const problem = unitOverheadProblem(11_250_001, 450_000_000)!;
    expect(problem).toContain('11.250.001 đ vượt 2,5% tổng kinh phí đề án 450.000.000 đ (tối đa 11.250.000 đ)');
    expect(problem).toContain('26/2014/TTLT-BTC-BCT');
    expect(problem).toContain('above 2.5%');
  });
});
