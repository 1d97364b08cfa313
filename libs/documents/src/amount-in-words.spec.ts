import { vndInWords } from './amount-in-words';

describe('vndInWords', () => {
  it.each([
    [0, 'Không đồng'],
    [15, 'Mười lăm đồng'],
    [21, 'Hai mươi mốt đồng'],
    [105, 'Một trăm linh năm đồng'],
    [135_000_000, 'Một trăm ba mươi lăm triệu đồng'],
    [1_234_567, 'Một triệu hai trăm ba mươi bốn nghìn năm trăm sáu mươi bảy đồng'],
    [1_005_000, 'Một triệu không trăm linh năm nghìn đồng'],
    [2_000_000_010, 'Hai tỷ không trăm mười đồng'],
    [70_000_000, 'Bảy mươi triệu đồng'],
  ])('reads %i as "%s"', (amount, words) => {
    expect(vndInWords(amount)).toBe(words);
  });

  it('refuses what is not a whole non-negative amount', () => {
    expect(() => vndInWords(1.5)).toThrow(RangeError);
    expect(() => vndInWords(-1)).toThrow(RangeError);
  });
});
