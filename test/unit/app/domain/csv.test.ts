import { describe, expect, it } from 'vitest';
import { csvCell } from '../../../../app/domain/csv';
import { FORMULA_START, parseCsv } from '../../../fixtures/csvParse';

/** A file of one column, as the exports write it: BOM, CRLF. */
const fileOf = (values: string[]) => `\ufeff${values.map(csvCell).join('\r\n')}\r\n`;

describe('a CSV cell', () => {
  it.each([
    ['＝HYPERLINK("http://x","y")', `"'＝HYPERLINK(""http://x"",""y"")"`],
    ['＋1+2', "'＋1+2"],
    ['－2+3', "'－2+3"],
    ['＠SUM(A1)', "'＠SUM(A1)"],
    ['﹦1+1', "'﹦1+1"],
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@A1', "'@A1"],
    ['\t=1', "'\t=1"],
    ['\r=1', `"'\r=1"`],
  ])('neutralises %j, which a spreadsheet would take for a formula', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it('quotes a semicolon, so a spreadsheet whose list separator is ";" does not split the cell there', () => {
    expect(csvCell('abc;=1+1')).toBe('"abc;=1+1"');
    expect(csvCell('touch;voice')).toBe('"touch;voice"');
  });

  it('reads back whole, and never as a formula, in a "," or a ";" spreadsheet', () => {
    const values = ['abc;=1+1', 'x;＋1', '＝1+1', '＠A1', '－5', 'a,b', 'say "hi";@x', 'two\r\nlines;-1', '普通文字'];
    const text = fileOf(values);
    expect(parseCsv(text).map((row) => row.length)).toEqual(values.map(() => 1));
    for (const separator of [',', ';'] as const) {
      for (const cell of parseCsv(text, separator).flat()) {
        expect(FORMULA_START.test(cell), `${separator} ${JSON.stringify(cell)}`).toBe(false);
      }
    }
    expect(parseCsv(text, ';').map((row) => row.length)).toEqual(values.map(() => 1));
  });

  it('leaves ordinary text alone', () => {
    for (const value of ['plain 文字', '3 号楼 502', '楼上－噪音', 'a=b', '']) expect(csvCell(value)).toBe(value);
  });
});
