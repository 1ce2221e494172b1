import { describe, expect, it } from 'vitest';
import {
  landscapeFor,
  LINE_HEIGHT_PT,
  printPageSetup,
  ROW_PADDING_PT,
  rowHeightFor,
  textWidth,
  wrappedLineCount,
} from '../../db/documents/xlsx-print';

describe('the row height estimate', () => {
  it('counts CJK and full-width characters double, Latin, digits and half-width kana single', () => {
    expect(textWidth('abc123')).toBe(6);
    expect(textWidth('家庭訪問')).toBe(8);
    expect(textWidth('ケースＡ')).toBe(8);
    expect(textWidth('ｹｰｽ')).toBe(3);
    expect(textWidth('𠮷田')).toBe(4);
  });

  it('wraps at the column width less a character of padding', () => {
    // 10 wide: 9 usable, so four CJK characters (8) fit on a line and the fifth starts the next.
    expect(wrappedLineCount('家庭訪問', 10)).toBe(1);
    expect(wrappedLineCount('家庭訪問を', 10)).toBe(2);
    expect(wrappedLineCount('a'.repeat(9), 10)).toBe(1);
    expect(wrappedLineCount('a'.repeat(10), 10)).toBe(2);
    expect(wrappedLineCount('見守りを継続する'.repeat(5), 40)).toBe(3); // 80 wide at 39 a line
  });

  it('counts each of the text’s own lines, an empty one too', () => {
    expect(wrappedLineCount('一\n二\n三', 20)).toBe(3);
    expect(wrappedLineCount('一\r\n\r\n三', 20)).toBe(3);
    expect(wrappedLineCount('', 20)).toBe(1);
  });

  it('makes the row as tall as its tallest cell, and never taller than Excel allows', () => {
    const widths = [10, 40];
    expect(rowHeightFor(['1', '短い'], widths)).toBe(LINE_HEIGHT_PT + ROW_PADDING_PT);
    expect(rowHeightFor(['1', '支援方針：見守り\n主担当機関：学校\n次回確認時期：令和9年3月'], widths)).toBe(
      3 * LINE_HEIGHT_PT + ROW_PADDING_PT,
    );
    expect(rowHeightFor(['家庭訪問を週1回', ''], widths)).toBe(2 * LINE_HEIGHT_PT + ROW_PADDING_PT);
    expect(rowHeightFor(['', '行\n'.repeat(100)], widths)).toBe(409);
  });
});

describe('the page setup', () => {
  it('is A4, one page wide, the header row repeated; landscape only for wide sheets', () => {
    expect(printPageSetup({ landscape: true })).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:1',
    });
    expect(printPageSetup({ landscape: false, headerRows: 2 })).toMatchObject({
      orientation: 'portrait',
      printTitlesRow: '1:2',
    });
    expect(landscapeFor([5, 16, 6, 14, 20, 30, 30, 30, 30])).toBe(true);
    expect(landscapeFor([26, 60, 16])).toBe(false);
  });
});
