import { describe, it, expect } from 'vitest';
import type { Cell, Grid, MergeRange } from '../../shared/ledger/grid';
import { detectHeader, matchHeader, suggestTarget } from '../../shared/ledger/headers';

const grid = (rows: Cell[][], merges: MergeRange[] = [], name = '台帳'): Grid => ({ name, rows, merges });
const m = (top: number, left: number, bottom: number, right: number): MergeRange => ({ top, left, bottom, right });

describe('header synonyms', () => {
  it('matches synonyms ignoring width, spaces, line breaks and bracketed notes', () => {
    expect(matchHeader('登録番号')).toBe('caseNo');
    expect(matchHeader('Ｎｏ．')).toBe('caseNo');
    expect(matchHeader('児童\n氏名')).toBe('name');
    expect(matchHeader('児童 氏名')).toBe('name');
    expect(matchHeader('生年月日（西暦）')).toBe('birthDate');
    expect(matchHeader('フリガナ')).toBe('kana');
    expect(matchHeader('緊急度')).toBe('riskLevel');
    expect(matchHeader('主たる支援機関')).toBe('leadAgency');
    expect(matchHeader('次回確認時期')).toBe('nextReview');
    expect(matchHeader('学校・園')).toBe('affiliation');
    expect(suggestTarget('備考')).toBe('extra');
    expect(suggestTarget('終結理由')).toBe('closedReason');
  });
});

describe('detectHeader', () => {
  it('finds a one-row header below title rows and names blank headers by column number', () => {
    const g = grid(
      [
        ['進行管理台帳（架空）'],
        [],
        ['登録番号', '氏名', '生年月日', null, '備考'],
        ['S-1', '架空 一郎', 'R7.4.1', 'メモ', null],
      ],
      [m(1, 1, 1, 5)],
    );
    expect(detectHeader(g)).toEqual({
      first: 3,
      last: 3,
      columns: [
        { index: 0, header: '登録番号', suggested: 'caseNo' },
        { index: 1, header: '氏名', suggested: 'name' },
        { index: 2, header: '生年月日', suggested: 'birthDate' },
        { index: 3, header: '列4', suggested: 'extra' },
        { index: 4, header: '備考', suggested: 'extra' },
      ],
    });
  });

  it('reads a two-row header with horizontal and vertical merges', () => {
    const g = grid(
      [
        ['ケース一覧'],
        ['登録番号', '児童', null, '保護者', null, '生年月日', '支援', null],
        [null, '氏名', 'ふりがな', '氏名', '続柄', null, '方針', 'メモ'],
        ['S-1', '架空 花', 'かくう はな', '架空 母', '母', 'H27.6.18', '見守り', 'あり'],
      ],
      [m(1, 1, 1, 8), m(2, 1, 3, 1), m(2, 2, 2, 3), m(2, 4, 2, 5), m(2, 6, 3, 6), m(2, 7, 2, 8)],
    );
    const layout = detectHeader(g);
    expect(layout?.first).toBe(2);
    expect(layout?.last).toBe(3);
    expect(layout?.columns.map((c) => [c.header, c.suggested])).toEqual([
      ['登録番号', 'caseNo'],
      ['児童 氏名', 'name'],
      ['児童 ふりがな', 'kana'],
      ['保護者 氏名', 'guardianName'],
      ['保護者 続柄', 'guardianRelation'],
      ['生年月日', 'birthDate'],
      ['支援 方針', 'policy'],
      ['支援 メモ', 'extra'],
    ]);
  });

  it('does not glue a merged title or the first data row onto a one-row header', () => {
    const title = grid(
      [
        ['台帳（架空）', null, null],
        ['登録番号', '氏名', '関係機関', null],
        ['S-1', '架空 一', '学校', '警察'],
      ],
      [m(1, 1, 1, 4), m(2, 3, 2, 4)],
    );
    const layout = detectHeader(title);
    expect(layout?.first).toBe(2);
    expect(layout?.last).toBe(2);
    expect(layout?.columns.map((c) => c.header)).toEqual(['登録番号', '氏名', '関係機関', '列4']);
  });

  it('gives a field to the first column only', () => {
    const layout = detectHeader(
      grid([
        ['登録番号', '重症度', '緊急度'],
        ['S-1', '軽度', 'A'],
      ]),
    );
    expect(layout?.columns.map((c) => c.suggested)).toEqual(['caseNo', 'riskLevel', 'extra']);
  });

  it('returns null for sheets without a ledger header', () => {
    expect(detectHeader(grid([]))).toBeNull();
    expect(detectHeader(grid([['メモ'], ['氏名の書き方について'], ['会議は毎月第2水曜']]))).toBeNull();
  });
});
