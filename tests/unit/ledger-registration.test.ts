// 登録区分 through every place a ledger field goes: reading a cell, finding the column, display and export,
// the diff that writes history, the filter and the case form. Absent means 要対協登録 everywhere.
import { describe, expect, it } from 'vitest';
import { emptyCase, type LedgerCase } from '../../shared/ledger/case';
import { diffCases } from '../../shared/ledger/diff';
import { caseToExportRow, displayFieldValue, exportCellText, fieldLabel } from '../../shared/ledger/fields';
import { queryCases } from '../../shared/ledger/filter';
import type { Grid } from '../../shared/ledger/grid';
import { detectHeader, matchHeader } from '../../shared/ledger/headers';
import { parseWorkbook } from '../../shared/ledger/parse';
import { applyField, type Column, type RowContext } from '../../shared/ledger/parse-row';
import { normalizeRegistration } from '../../shared/ledger/values';
import { formChanges, toFormValues } from '../../renderer/src/lib/case-form';

const ok = <T>(value: T) => ({ kind: 'ok', value });
const centre = (caseNo: string): LedgerCase => ({ ...emptyCase(caseNo), registration: 'センター支援' });

describe('normalizeRegistration', () => {
  it('reads the words ledgers use for each 登録区分', () => {
    for (const text of ['要対協', '要対協登録', '要保護児童対策地域協議会', ' 要対協（R7.4～） ', '要対協ケース'])
      expect(normalizeRegistration(text)).toEqual(ok('要対協登録'));
    for (const text of ['センター', 'センター支援', 'こども家庭センター', 'センターのみ', 'ｾﾝﾀｰ支援', 'センター 支援'])
      expect(normalizeRegistration(text)).toEqual(ok('センター支援'));
  });

  it('treats an empty cell as absent and keeps any other text as written', () => {
    expect(normalizeRegistration(null)).toEqual({ kind: 'empty' });
    expect(normalizeRegistration('  ')).toEqual({ kind: 'empty' });
    expect(normalizeRegistration('－')).toEqual({ kind: 'empty' });
    expect(normalizeRegistration('要対協→センター')).toEqual({ kind: 'unknown', text: '要対協→センター' });
    expect(normalizeRegistration('児相')).toEqual({ kind: 'unknown', text: '児相' });
  });
});

describe('the 登録区分 column of an import', () => {
  const column = (header: string): Column => ({
    index: 0,
    header,
    target: 'registration',
    suggested: 'registration',
    extraKey: header,
  });
  const context = (): RowContext => ({ sheet: '台帳', row: 4, caseNo: 'A-1', warnings: [], extra: {} });

  it('writes センター支援 into the case and leaves 要対協登録 absent', () => {
    const c = emptyCase('A-1');
    applyField(context(), c, 'registration', column('登録区分'), 'センターのみ', 'センターのみ');
    expect(c.registration).toBe('センター支援');
    applyField(context(), c, 'registration', column('登録区分'), '要対協', '要対協');
    expect('registration' in c).toBe(false);
  });

  it('warns about an unknown value, keeps it in extra and leaves the case a 要対協 registration', () => {
    const ctx = context();
    const c = centre('A-1');
    applyField(ctx, c, 'registration', column('登録区分'), '児相', '児相');
    expect('registration' in c).toBe(false);
    expect(ctx.extra).toEqual({ 登録区分: '児相' });
    expect(ctx.warnings.map((w) => w.message)).toEqual([
      '「登録区分」の値「児相」は登録区分として読み取れないため、登録区分は「要対協登録」にし、元の値を「登録区分」に残しました',
    ]);
  });

  it('finds the column by its synonyms, and 区分 beside a 種別 column as the 登録区分', () => {
    for (const h of ['登録区分', '支援区分', '要対協区分', '登録区分（R7）'])
      expect(matchHeader(h)).toBe('registration');
    // Alone, 区分 is the 種別 as before.
    expect(matchHeader('区分')).toBe('classification');
    const grid = (header: string[]): Grid => ({ name: '台帳', rows: [header, header.map(() => 'x')], merges: [] });
    const targets = (header: string[]) => detectHeader(grid(header))?.columns.map((c) => c.suggested);
    expect(targets(['登録番号', '区分', '児童氏名'])).toEqual(['caseNo', 'classification', 'name']);
    expect(targets(['登録番号', '区分', '種別', '児童氏名'])).toEqual([
      'caseNo',
      'registration',
      'classification',
      'name',
    ]);
    expect(targets(['登録番号', '種別', '登録種別'])).toEqual(['caseNo', 'classification', 'registration']);
    // A named 登録区分 column keeps it; the second-choice 区分 falls back to extra as a second column does.
    expect(targets(['登録番号', '種別', '登録区分', '区分'])).toEqual([
      'caseNo',
      'classification',
      'registration',
      'extra',
    ]);
  });

  it('reads a sheet with the column: values, an empty cell, an unknown one', () => {
    const rows = [
      ['登録番号', '種別', '登録区分', '児童氏名'],
      ['R-1', '要支援児童', 'センター', '架空 一'],
      ['R-2', '要支援児童', '要対協', '架空 二'],
      ['R-3', '特定妊婦', null, '架空 三'],
      ['R-4', '要保護児童', '保留中', '架空 四'],
    ];
    const parsed = parseWorkbook([{ name: '台帳', rows, merges: [] }]);
    expect(parsed.cases.map((p) => [p.case.caseNo, p.case.registration, p.case.extra])).toEqual([
      ['R-1', 'センター支援', {}],
      ['R-2', undefined, {}],
      ['R-3', undefined, {}],
      ['R-4', undefined, { 登録区分: '保留中' }],
    ]);
    expect(parsed.warnings.map((w) => [w.row, w.caseNo])).toEqual([[5, 'R-4']]);
  });
});

describe('display and export', () => {
  it('shows and exports an absent 登録区分 as 要対協登録', () => {
    expect(displayFieldValue(emptyCase('A'), 'registration', 'wareki')).toBe('要対協登録');
    expect(displayFieldValue(centre('A'), 'registration', 'wareki')).toBe('センター支援');
    const row = caseToExportRow(centre('A'), []);
    expect(row.map((c) => c.header).slice(0, 4)).toEqual(['登録番号', '種別', '登録区分', '児童氏名']);
    expect(row[2]?.value).toBe('センター支援');
    expect(exportCellText(caseToExportRow(emptyCase('B'), [])[2]?.value ?? null)).toBe('要対協登録');
  });
});

describe('diffCases on 登録区分', () => {
  it('does not count absent → 要対協登録 (or back) as a change', () => {
    const absent = emptyCase('A');
    const spelled: LedgerCase = { ...absent, registration: '要対協登録' };
    expect(diffCases(absent, spelled)).toEqual([]);
    expect(diffCases(spelled, absent)).toEqual([]);
  });

  it('records a change from an absent one as from 要対協登録, under the label 登録区分', () => {
    expect(diffCases(emptyCase('A'), centre('A'))).toEqual([
      { field: 'registration', oldValue: '要対協登録', newValue: 'センター支援' },
    ]);
    expect(diffCases(centre('A'), emptyCase('A'))).toEqual([
      { field: 'registration', oldValue: 'センター支援', newValue: '要対協登録' },
    ]);
    expect(fieldLabel('registration')).toBe('登録区分');
  });
});

describe('the ledger filter', () => {
  const cases = [emptyCase('1'), centre('2'), { ...emptyCase('3'), registration: '要対協登録' as const }, centre('4')];
  const nos = (list: LedgerCase[]) => list.map((c) => c.caseNo);

  it('filters by 登録区分, an absent one being 要対協登録', () => {
    expect(nos(queryCases(cases, { registration: ['センター支援'] }))).toEqual(['2', '4']);
    expect(nos(queryCases(cases, { registration: ['要対協登録'] }))).toEqual(['1', '3']);
    expect(nos(queryCases(cases, { registration: [] }))).toEqual(['1', '2', '3', '4']);
  });

  it('sorts an absent one with the 要対協登録, not last', () => {
    const sorted = queryCases(cases, { sort: { field: 'registration', direction: 'desc' } });
    expect(nos(sorted)).toEqual(['2', '4', '1', '3']);
  });
});

describe('the case form', () => {
  it('shows an absent 登録区分 as 要対協登録 and sends nothing when it is left so', () => {
    const c = emptyCase('A');
    const values = toFormValues(c);
    expect(values.scalars.registration).toBe('要対協登録');
    expect(formChanges(c, values).changes).toEqual({});
  });

  it('sends the 登録区分 chosen', () => {
    const values = toFormValues(emptyCase('A'));
    values.scalars.registration = 'センター支援';
    expect(formChanges(emptyCase('A'), values).changes).toEqual({ registration: 'センター支援' });
    const back = toFormValues(centre('A'));
    back.scalars.registration = '要対協登録';
    expect(formChanges(centre('A'), back).changes).toEqual({ registration: '要対協登録' });
  });
});
