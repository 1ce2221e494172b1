import { describe, expect, it } from 'vitest';
import {
  detectReportHeader,
  matchReportHeader,
  parseReportWorkbook,
  parseWholeNumber,
  parseYesNo,
} from '../../shared/meeting/report-parse';

describe('report cells', () => {
  it('reads yes/no in the ways agencies write it', () => {
    for (const yes of ['有', 'あり', '有り', '○', '〇', 'はい', '1', 'ＴＲＵＥ', true, 1])
      expect(parseYesNo(yes), String(yes)).toEqual({ kind: 'ok', value: true });
    for (const no of ['無', 'なし', '×', 'いいえ', '0', '０', false, 0])
      expect(parseYesNo(no), String(no)).toEqual({ kind: 'ok', value: false });
    expect(parseYesNo(null)).toEqual({ kind: 'empty' });
    expect(parseYesNo('－')).toEqual({ kind: 'empty' });
    expect(parseYesNo('不明')).toEqual({ kind: 'unknown', text: '不明' });
  });

  it('reads whole numbers with a unit, and nothing else', () => {
    expect(parseWholeNumber('８日')).toEqual({ kind: 'ok', value: 8 });
    expect(parseWholeNumber('3日間')).toEqual({ kind: 'ok', value: 3 });
    expect(parseWholeNumber(5)).toEqual({ kind: 'ok', value: 5 });
    expect(parseWholeNumber(2.5)).toEqual({ kind: 'unknown', text: '2.5' });
    expect(parseWholeNumber('数日')).toEqual({ kind: 'unknown', text: '数日' });
    expect(parseWholeNumber('')).toEqual({ kind: 'empty' });
  });
});

describe('report header', () => {
  it('knows the issue’s columns and obvious synonyms, and tells 期間（自）from 期間（至）', () => {
    expect(
      [
        '登録番号',
        '報告日',
        '報告機関',
        '欠席日数',
        '連絡のない欠席',
        '外傷',
        '家庭状況の変化',
        '安全スケール',
        '所見',
      ].map(matchReportHeader),
    ).toEqual([
      'caseNo',
      'reportDate',
      'agency',
      'daysAbsent',
      'unexplainedAbsence',
      'injury',
      'homeChange',
      'safetyScale',
      'note',
    ]);
    expect(['ケース番号', '報告年月日', '機関名', '無断欠席', '外傷の有無', '備考'].map(matchReportHeader)).toEqual([
      'caseNo',
      'reportDate',
      'agency',
      'unexplainedAbsence',
      'injury',
      'note',
    ]);
    expect(['期間（自）', '期間（至）', '期間', '担当者'].map(matchReportHeader)).toEqual([
      'periodFrom',
      'periodTo',
      'period',
      null,
    ]);
  });

  it('takes two plain 期間 columns as start and end, below a title row', () => {
    const layout = detectReportHeader({
      name: 's',
      merges: [],
      rows: [['報告一覧'], ['番号', '報告日', '期間', '期間', '所見']],
    });
    expect(layout?.headerRow).toBe(2);
    expect(layout?.columns.map((c) => c.field)).toEqual(['caseNo', 'reportDate', 'periodFrom', 'periodTo', 'note']);
  });

  it('rejects a row with an unreadable period and keeps the sheet and row', () => {
    const parsed = parseReportWorkbook([
      {
        name: '報告',
        merges: [],
        rows: [
          ['登録番号', '報告日', '報告機関', '期間'],
          ['X-1', 'R7.5.1', '小学校', 'R7.4.1～R7.4.31'],
          ['X-2', 'R7.5.1', '小学校', '2025/4/1〜2025/4/30'],
        ],
      },
    ]);
    expect(parsed.rejected).toEqual([
      { sheet: '報告', row: 2, caseNo: 'X-1', reason: '「期間」の期間を読めません: 「R7.4.1～R7.4.31」' },
    ]);
    expect(parsed.rows.map((r) => [r.row, r.report.periodFrom, r.report.periodTo])).toEqual([
      [3, '2025-04-01', '2025-04-30'],
    ]);
  });
});
