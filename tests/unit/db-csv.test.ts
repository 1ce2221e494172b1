import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../db/files/csv-parse';
import { decodeText } from '../../db/files/decode-text';
import { readCsv } from '../../db/files/read-csv';

describe('parseCsv (RFC 4180)', () => {
  it('splits fields and records with CRLF, LF or CR', () => {
    expect(parseCsv('a,b\r\nc,d\ne,f\rg,h')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
      ['g', 'h'],
    ]);
  });
  it('handles quoted commas, doubled quotes and newlines inside quotes', () => {
    expect(parseCsv('"a,1","say ""hi""","line1\r\nline2"\r\nx,,"" \r\n')).toEqual([
      ['a,1', 'say "hi"', 'line1\r\nline2'],
      ['x', '', ' '],
    ]);
  });
  it('keeps empty fields and a final empty field, and ignores only the last line break', () => {
    expect(parseCsv('a,,\n,\n\n')).toEqual([['a', '', ''], ['', ''], ['']]);
  });
  it('keeps a stray quote inside an unquoted field as text', () => {
    expect(parseCsv('12"3,b')).toEqual([['12"3', 'b']]);
  });
});

describe('decodeText', () => {
  const text = '登録番号,児童氏名\r\nS-1,髙橋　花子\r\n';
  it('reads UTF-8 with and without BOM', () => {
    expect(decodeText(Buffer.from(text))).toEqual({ text, encoding: 'utf-8' });
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))).toEqual({
      text,
      encoding: 'utf-8',
    });
  });
  it('reads bytes that are not UTF-8 as CP932 (Shift_JIS with NEC/IBM extensions)', () => {
    const sjis = iconv.encode('登録番号,氏名\r\nS-1,髙橋　①\r\n', 'cp932');
    expect(decodeText(sjis)).toEqual({ text: '登録番号,氏名\r\nS-1,髙橋　①\r\n', encoding: 'cp932' });
  });
  it('reads UTF-16 with a BOM', () => {
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])).text).toBe(text);
  });
});

describe('readCsv', () => {
  it('names the sheet after the file and leaves empty fields empty', () => {
    const grid = readCsv(Buffer.from('登録番号,備考\r\n001,\r\n'), 'C:\\data\\要支援児童一覧.csv');
    expect(grid).toEqual({
      name: '要支援児童一覧',
      rows: [
        ['登録番号', '備考'],
        ['001', null],
      ],
      merges: [],
    });
  });
  it('reads tab-separated UTF-16 (Excel "Unicode text")', () => {
    const bytes = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('登録番号\t氏名\r\nS-1\t架空 花子\r\n', 'utf16le'),
    ]);
    expect(readCsv(bytes, 'a.txt').rows).toEqual([
      ['登録番号', '氏名'],
      ['S-1', '架空 花子'],
    ]);
  });
});
