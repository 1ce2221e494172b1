// The generator's expectations checked against the real reader and parser: if either side changes what
// a messy ledger means, this is where it shows (and the e2e specs, which trust these counts, stay honest).
import { describe, it, expect } from 'vitest';
import { readLedgerFile } from '../../db/files/read-ledger-file';
import { parseWorkbook } from '../../shared/ledger/parse';
import {
  makeLedgerCsv,
  makeLedgerWorkbook,
  type LedgerExpectation,
  type LedgerOptions,
  type RejectReason,
} from '../fixtures';
import { planLedger } from '../fixtures/ledger-plan';

const REASON_WORDS: Record<RejectReason, RegExp> = {
  duplicate: /重複/,
  missing: /登録番号がありません/,
  date: /日付/,
};

function check(parsed: ReturnType<typeof parseWorkbook>, expected: LedgerExpectation): void {
  expect(parsed.rejected.map((r) => `${r.sheet}:${r.row}`).sort()).toEqual(
    expected.rejected.map((r) => `${r.sheet}:${r.row}`).sort(),
  );
  for (const want of expected.rejected) {
    const got = parsed.rejected.find((r) => r.sheet === want.sheet && r.row === want.row);
    expect(got?.reason, `${want.sheet}:${want.row}`).toMatch(REASON_WORDS[want.reason]);
  }
  expect(parsed.cases).toHaveLength(expected.cases);
  const byCaseNo = new Map(parsed.cases.map((c) => [c.case.caseNo, c]));
  for (const want of expected.accepted) {
    const got = byCaseNo.get(want.caseNo);
    expect(got?.row, want.caseNo).toBe(want.row);
    expect(got?.sheet).toBe(want.sheet);
    expect(got?.case.name).toBe(want.name);
    expect(got?.case.kana).toBe(want.kana);
  }
}

const problems = { duplicateCaseNo: 2, missingCaseNo: 2, badDate: 3 };
const variants: [string, LedgerOptions][] = [
  ['one sheet, one-row header', { rows: 300, seed: 1, problems }],
  [
    'one sheet, two-row merged header, two title rows',
    { rows: 300, seed: 2, twoRowHeader: true, titleRows: 2, extraColumns: ['学年'], problems },
  ],
  [
    'a sheet per classification, two-row header',
    { rows: 300, seed: 3, sheets: 'byClassification', twoRowHeader: true, problems },
  ],
  ['no title, no totals, no blank rows', { rows: 50, seed: 4, titleRows: 0, totalsRow: false, blankRows: false }],
];

describe('generated ledgers parse to what the generator expects', () => {
  for (const [name, options] of variants) {
    it(`xlsx: ${name}`, async () => {
      const { buffer, expected } = await makeLedgerWorkbook(options);
      const parsed = parseWorkbook(await readLedgerFile('台帳.xlsx', buffer));
      check(parsed, expected);
      const extras = parsed.cases[0]?.case.extra ?? {};
      expect(Object.keys(extras)).toEqual(expect.arrayContaining(['担当CW']));
    });
  }

  for (const encoding of ['cp932', 'utf8bom'] as const) {
    it(`csv ${encoding}`, async () => {
      const options: LedgerOptions = { rows: 200, seed: 8, problems };
      const buffer = makeLedgerCsv({ ...options, encoding });
      const { expected } = planLedger({ ...options, sheets: 'single', noSerialDates: true });
      check(parseWorkbook(await readLedgerFile('台帳.csv', buffer)), expected);
    });
  }
});
