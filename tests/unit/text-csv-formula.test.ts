import { describe, expect, it } from 'vitest';
import { neutraliseCsvFormula, restoreCsvFormula } from '../../shared/text/csv-formula';

describe('CSV formula neutralisation (OWASP)', () => {
  it('puts a quote before every cell a spreadsheet would run as a formula', () => {
    for (const v of ['=SUM(A1:A9)', '+81-3-1234-5678', '-2+3', '@cmd', '\t=1', '\r=1', '=HYPERLINK("x")'])
      expect(neutraliseCsvFormula(v)).toBe(`'${v}`);
  });
  it('leaves plain signed numbers and ordinary text alone', () => {
    for (const v of ['-5', '+3', '-1.5', '山田 花子', "'abc", 'a=b', '', '2025/5/24', '45850'])
      expect(neutraliseCsvFormula(v)).toBe(v);
  });
  it('a value that itself starts with quote(s) and a trigger gets one more quote', () => {
    expect(neutraliseCsvFormula("'=A1")).toBe("''=A1");
    expect(neutraliseCsvFormula("''+1")).toBe("'''+1");
    expect(neutraliseCsvFormula("'-5")).toBe("''-5");
  });
  it('the importer reverses exactly that: every round trip is exact', () => {
    const values = ['=A1', "'=A1", "''=A1", '-5', "'-5", '+81 3', '-', "'", "'abc", '@', 'x', '\t1', '-1.5e3'];
    for (const v of values) expect(restoreCsvFormula(neutraliseCsvFormula(v)), JSON.stringify(v)).toBe(v);
  });
  it('a quote the export never writes is not taken away', () => {
    expect(restoreCsvFormula("'abc")).toBe("'abc");
    expect(restoreCsvFormula("'-5")).toBe("'-5");
  });
});
