import { describe, expect, it } from 'vitest';
import { methods } from '../../shared/contract';
import { emptyCase } from '../../shared/ledger/case';
import { caseNoSchema, describeCaseNoSpelling, normalizeCaseNo } from '../../shared/ledger/case-no';
import { parseWorkbook } from '../../shared/ledger/parse';
import { IMPORT_LIMITS } from '../../shared/ledger/import-limits';
import { findUndone, undoneExplanation, type FieldHistory } from '../../shared/ledger/undoes';

describe('normalizeCaseNo', () => {
  it('folds width, drops invisible characters and makes every dash one hyphen', () => {
    for (const spelling of [
      'R7-0001',
      'Ｒ７－０００１',
      'R7\u200b-0001',
      '\ufeffR7-0001',
      'R7\u2010-0001',
      'R7‐0001',
      'R7−0001',
      'R7ー0001',
      'R7--0001',
      ' R7-0001 ',
      'R7\u00ad-0001',
      'R7―0001',
    ]) {
      expect(normalizeCaseNo(spelling), JSON.stringify(spelling)).toBe('R7-0001');
    }
  });

  it('keeps what makes numbers different: letters, digits, kana long marks inside words', () => {
    expect(normalizeCaseNo('R7-0002')).not.toBe(normalizeCaseNo('R7-0001'));
    expect(normalizeCaseNo('ケース-1')).toBe('ケース-1');
    expect(normalizeCaseNo('コーヒー1')).toBe('コーヒー1');
    expect(normalizeCaseNo('S 1')).toBe('S 1');
  });

  it('says what differs between two spellings', () => {
    expect(describeCaseNoSpelling('Ｒ７-0001')).toBe('全角の英数字');
    expect(describeCaseNoSpelling('R7\u200b-0001')).toBe('見えない文字');
    expect(describeCaseNoSpelling('R7−0001')).toBe('ハイフンの種類・数');
  });

  it('is applied by the contract to every input naming a case', () => {
    expect(caseNoSchema.parse('Ｓ－１')).toBe('S-1');
    expect(caseNoSchema.safeParse('\u200b').success).toBe(false);
    expect(methods['ledger.get'].parse({ caseNo: 'Ｓ－１' })).toEqual({ caseNo: 'S-1' });
    expect(methods['ledger.update'].parse({ caseNo: 'S\u200b-1', changes: {} }).caseNo).toBe('S-1');
    expect(methods['reports.list'].parse({ caseNo: 'S‐1' }).caseNo).toBe('S-1');
    expect(methods['ledger.create'].parse({ case: emptyCase('Ｓ－１') }).case.caseNo).toBe('S-1');
    expect(methods['decisions.confirm'].parse({ meetingId: 1, caseNos: ['Ｓ－１', 'S−2'] }).caseNos).toEqual([
      'S-1',
      'S-2',
    ]);
    const scope = {
      classifications: [],
      minAge: null,
      maxAge: null,
      districts: [],
      leadAgencies: [],
      caseNos: ['Ｓ－１'],
    };
    expect(methods['scopeTemplates.save'].parse({ name: '個別', scope }).scope.caseNos).toEqual(['S-1']);
  });
});

describe('parseWorkbook: near-duplicate numbers and oversized cells', () => {
  const grid = (rows: unknown[][]) => [{ name: '台帳', rows: rows as never, merges: [] }];

  it('stores the normalized number and rejects a later row that differs only in spelling, naming both', () => {
    const parsed = parseWorkbook(
      grid([
        ['登録番号', '児童氏名'],
        ['Ｒ７－０００１', '架空 一'],
        ['R7\u200b-0001', '架空 二'],
        ['R7-0002', '架空 三'],
      ]),
    );
    expect(parsed.cases.map((c) => c.case.caseNo)).toEqual(['R7-0001', 'R7-0002']);
    expect(parsed.rejected).toEqual([
      {
        sheet: '台帳',
        row: 3,
        caseNo: 'R7-0001',
        reason:
          '登録番号「R7-0001」が重複しています（シート「台帳」の2行目の「Ｒ７－０００１」とは全角の英数字・見えない文字の違いしかなく、同じ番号です）',
      },
    ]);
  });

  it('rejects a row with a cell longer than Excel allows, without keeping the text', () => {
    const huge = 'あ'.repeat(IMPORT_LIMITS.cellChars + 1);
    const parsed = parseWorkbook(
      grid([
        ['登録番号', '児童氏名', '備考'],
        ['S-1', '架空 一', huge],
        ['S-2', '架空 二', 'ok'],
      ]),
    );
    expect(parsed.cases.map((c) => c.case.caseNo)).toEqual(['S-2']);
    expect(parsed.rejected[0]).toMatchObject({
      row: 2,
      caseNo: 'S-1',
      reason: '「備考」の値が 32,768 文字あり、1つのセルの上限（32,767 文字）を超えています',
    });
  });
});

describe('findUndone', () => {
  const h = (
    field: string,
    oldValue: string | null,
    newValue: string | null,
    source: FieldHistory['source'],
    detail: string | null,
    at = '2026-04-01T00:00:00Z',
  ): FieldHistory => ({ field, oldValue, newValue, source, detail, at });

  it('finds the newest change made after the value the file still holds', () => {
    const history = [
      h('*', null, null, 'import', 'a.xlsx'),
      h('policy', '旧', '会議', 'meeting', '会議#3 第3回'),
      h('policy', '会議', '手', 'edit', null, '2026-05-01T00:00:00Z'),
    ];
    expect(findUndone(history, 'policy', '旧', 'a.xlsx')).toEqual({
      source: 'edit',
      at: '2026-05-01T00:00:00Z',
      by: null,
      detail: null,
    });
    expect(findUndone(history, 'policy', '会議', 'a.xlsx')).toMatchObject({ source: 'edit' });
    expect(findUndone(history, 'policy', '新しい値', 'a.xlsx')).toBeNull();
    expect(findUndone(history, 'riskLevel', '軽度', 'a.xlsx')).toBeNull();
  });

  it('does not count imports of the same file name, and names the operator when history records one', () => {
    const history = [h('policy', '旧', '新', 'import', '台帳.xlsx')];
    expect(findUndone(history, 'policy', '旧', '台帳.xlsx')).toBeNull();
    expect(findUndone(history, 'policy', '旧', '古い台帳.xlsx')).toMatchObject({
      source: 'import',
      detail: '台帳.xlsx',
    });
    const u = findUndone([{ ...h('policy', null, '新', 'edit', null), by: '山田' }], 'policy', null, 'x.xlsx');
    expect(u).toMatchObject({ by: '山田' });
    expect(undoneExplanation(u!, '2026/04/01 09:00')).toBe(
      '2026/04/01 09:00 に手入力で変更した値（山田）より古い値です',
    );
    expect(undoneExplanation({ source: 'meeting', at: '', by: null, detail: '会議#3 第3回実務者会議' }, '')).toBe(
      '会議#3 第3回実務者会議 で反映した値より古い値です',
    );
  });
});
