import { neutraliseFormula } from './formula-neutraliser';

describe('neutraliseFormula (OWASP CSV injection)', () => {
  it.each(['=HYPERLINK("http://x")', '+1', '-2', '@SUM(A1)', '\tX', '\r=1+1', '＝1+1', '=cmd|" /C calc"!A0'])(
    'prefixes %j with a single quote',
    (text) => {
      expect(neutraliseFormula(text)).toBe(`'${text}`);
    },
  );

  it.each(['Bánh chưng', 'KCĐP-2026-HN-0002', '2026-12-25', 'a=b', ' =1', "'already quoted", ''])(
    'leaves %j as it is',
    (text) => {
      expect(neutraliseFormula(text)).toBe(text);
    },
  );
});
