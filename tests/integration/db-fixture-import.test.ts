// The messy municipal ledgers from the fixture generator, through the whole backend: xlsx and CSV.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../db/backend';
import { createApi } from '../../shared/api-client';
import { makeLedgerCsv, makeLedgerWorkbook, type LedgerOptions } from '../fixtures/index';
import { PASSPHRASE, useTempDirs } from './db-helpers';

const tempDir = useTempDirs();

async function importAll(fileName: string, bytes: Buffer) {
  const backend = createBackend({ dbPath: join(tempDir(), 'f.db') });
  const api = createApi(backend);
  await api.call('session.setup', { passphrase: PASSPHRASE });
  const preview = await api.call('ledger.importPreview', { fileName, dataBase64: bytes.toString('base64') });
  const report = await api.call('ledger.importCommit', { token: preview.token });
  const { cases } = await api.call('ledger.list', {});
  backend.close();
  return { report, cases };
}

describe('importing generated messy ledgers', () => {
  const options: LedgerOptions = {
    rows: 240,
    seed: 11,
    sheets: 'byClassification',
    twoRowHeader: true,
    titleRows: 2,
    totalsRow: true,
    blankRows: true,
    extraColumns: ['担当CW', '最終協議日'],
    problems: { duplicateCaseNo: 2, missingCaseNo: 2, badDate: 2 },
  };

  it('xlsx: every row is imported or rejected where the generator says', async () => {
    const { buffer, expected } = await makeLedgerWorkbook(options);
    const { report, cases } = await importAll('台帳.xlsx', buffer);
    expect(report.imported).toBe(expected.cases);
    expect(report.rejected.map((r) => `${r.sheet}:${r.row}`).sort()).toEqual(
      expected.rejected.map((r) => `${r.sheet}:${r.row}`).sort(),
    );
    const byNo = new Map(cases.map((c) => [c.caseNo, c]));
    for (const a of expected.accepted)
      expect(byNo.get(a.caseNo), a.caseNo).toMatchObject({ name: a.name, kana: a.kana });
  });

  it('CSV in CP932: the same', async () => {
    const csvOptions: LedgerOptions = { ...options, sheets: 'single', twoRowHeader: false };
    const bytes = makeLedgerCsv({ ...csvOptions, encoding: 'cp932' });
    const { report } = await importAll('台帳.csv', bytes);
    const expected = (await makeLedgerWorkbook(csvOptions)).expected;
    expect(expected.rejected.length).toBeGreaterThan(0);
    expect(report.rejected).toHaveLength(expected.rejected.length);
    expect(report.imported).toBe(expected.cases);
  });
});
