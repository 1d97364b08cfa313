import { groupAsTyped, groupVnd, groupVndEn, parseVnd, vndEn, vndVi } from './money';

describe('groupVnd', () => {
  test.each([
    [0, '0'],
    [999, '999'],
    [1000, '1.000'],
    [94_500_000, '94.500.000'],
    [135_000_000, '135.000.000'],
    [1_250_000_000, '1.250.000.000'],
    [-25_000_000, '-25.000.000'],
    [Number.MAX_SAFE_INTEGER, '9.007.199.254.740.991'],
  ])('%d → %s', (amount, text) => {
    expect(groupVnd(amount)).toBe(text);
  });

  test('the same grouping as vi-VN Intl, and the English half with commas', () => {
    for (const amount of [7, 1234, 94_500_000, 2_100_000_000]) {
      expect(groupVnd(amount)).toBe(new Intl.NumberFormat('vi-VN').format(amount));
      expect(groupVndEn(amount)).toBe(new Intl.NumberFormat('en-US').format(amount));
    }
    expect(vndVi(94_500_000)).toBe('94.500.000 đ');
    expect(vndEn(94_500_000)).toBe('94,500,000 VND');
  });
});

describe('parseVnd', () => {
  test.each([
    ['94500000', 94_500_000],
    ['94.500.000', 94_500_000],
    ['94,500,000', 94_500_000],
    ['94 500 000', 94_500_000],
    [' 135.000.000 đ ', 135_000_000],
    ['135.000.000₫', 135_000_000],
    ['135000000 VND', 135_000_000],
    ['0', 0],
  ])('%s → %d', (text, amount) => {
    expect(parseVnd(text)).toBe(amount);
  });

  test.each(['', 'abc', '94,5', '1.5', '94.50.000', '-5', '1e6', '12.3456', '99999999999999999999'])(
    '%s is not a whole amount',
    (text) => {
      expect(parseVnd(text)).toBeNull();
    },
  );
});

describe('groupAsTyped', () => {
  test.each([
    ['', ''],
    ['1', '1'],
    ['1350', '1.350'],
    ['1350000', '1.350.000'],
    ['135.0000', '1.350.000'],
    ['135,000,000 VND', '135.000.000'],
    ['00012', '12'],
    ['0', '0'],
    ['abc', ''],
  ])('%s shows as %s', (typed, shown) => {
    expect(groupAsTyped(typed)).toBe(shown);
  });

  test('what it shows parses back to the digits typed', () => {
    for (const typed of ['7', '94500000', '1234567890123']) {
      expect(parseVnd(groupAsTyped(typed))).toBe(Number(typed));
    }
  });
});
