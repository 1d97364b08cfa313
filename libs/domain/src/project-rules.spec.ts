import { DRAFT_FIELDS, DRAFT_FIELD_RULES, ProjectDraft, describeProblems, draftProblems } from './project-rules';

const VALID: ProjectDraft = {
  category: 'MACHINERY',
  title: 'Hỗ trợ máy sấy nông sản',
  implementingUnit: { name: 'Trung tâm Khuyến công Hà Nội', email: 'unit.hn@demo.local' },
  beneficiary: 'HTX Chè Tân Cương',
  totalCostVnd: 450_000_000,
  requestedSupportVnd: 135_000_000,
  plannedStart: '2026-03-01',
  plannedEnd: '2026-11-30',
};

const fieldsOf = (draft: ProjectDraft) => draftProblems(draft).map((p) => p.field);

describe('draftProblems', () => {
  test('a complete draft has none', () => {
    expect(draftProblems(VALID)).toEqual([]);
  });

  test('every field has its rule in words, in both languages', () => {
    for (const field of DRAFT_FIELDS) {
      expect(DRAFT_FIELD_RULES[field].vi).toMatch(/\S/);
      expect(DRAFT_FIELD_RULES[field].en).toMatch(/\S/);
    }
  });

  test('an empty form names every field once, in the order of the form', () => {
    const empty: ProjectDraft = {
      category: '',
      title: '',
      implementingUnit: { name: '', email: '' },
      beneficiary: ' ',
      totalCostVnd: null,
      requestedSupportVnd: null,
      plannedStart: '',
      plannedEnd: '',
    };
    expect(fieldsOf(empty).sort()).toEqual([...DRAFT_FIELDS].sort());
    expect(draftProblems(empty).find((p) => p.field === 'title')).toMatchObject({
      vi: 'Tên đề án: bắt buộc',
      en: 'Title (title): required',
    });
  });

  test.each([
    ['title shorter than 5', { title: 'Máy' }, 'title', 'ít nhất 5 ký tự'],
    ['title longer than 500', { title: 'x'.repeat(501) }, 'title', 'tối đa 500 ký tự'],
    ['unit name of 1 character', { implementingUnit: { name: 'A', email: 'a@b.vn' } }, 'implementingUnit.name', '2'],
    [
      'email without a domain',
      { implementingUnit: { name: 'TTKC', email: 'ttkc@' } },
      'implementingUnit.email',
      'email',
    ],
    ['unknown category', { category: 'SPACE' }, 'category', 'không tồn tại'],
    ['money not whole', { totalCostVnd: 1.5 }, 'totalCostVnd', 'số nguyên'],
    ['money zero', { requestedSupportVnd: 0 }, 'requestedSupportVnd', 'số nguyên dương'],
    ['a day that does not exist', { plannedStart: '2026-02-30' }, 'plannedStart', 'ngày có thật'],
    ['end before start', { plannedEnd: '2026-02-28' }, 'plannedEnd', 'trước ngày bắt đầu'],
  ])('%s', (_name, change, field, words) => {
    const problems = draftProblems({ ...VALID, ...change } as ProjectDraft);
    expect(problems.map((p) => p.field)).toEqual([field]);
    expect(problems[0].vi).toContain(words);
  });

  test('support above the total cost is named with grouped figures', () => {
    const [problem] = draftProblems({ ...VALID, requestedSupportVnd: 500_000_000 });
    expect(problem.field).toBe('requestedSupportVnd');
    expect(problem.vi).toBe('Kinh phí đề nghị hỗ trợ: 500.000.000 đ vượt tổng kinh phí 450.000.000 đ');
    expect(problem.en).toContain('500,000,000 VND');
  });

  test('support equal to the total cost and a one-day project are allowed', () => {
    expect(draftProblems({ ...VALID, requestedSupportVnd: 450_000_000, plannedEnd: '2026-03-01' })).toEqual([]);
  });

  test('describeProblems: Vietnamese first, English second', () => {
    const text = describeProblems(draftProblems({ ...VALID, title: '', plannedEnd: '2026-01-01' }));
    expect(text).toBe(
      'Tên đề án: bắt buộc; Ngày kết thúc: trước ngày bắt đầu / Title (title): required; Planned end (plannedEnd): before the planned start',
    );
  });
});
