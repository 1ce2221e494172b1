// `npm run tsunagu -- joint-list --out 名簿.xlsx` on a real encrypted database: the workbook read back, a
// password from the named variable (checked by msoffcrypto), and the Japanese refusals with exit code 2.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { cli } from './cli-helpers';
import { useTempDirs } from './db-helpers';
import { fakeCase, meetingBackend } from './meeting-helpers';
import { decryptWithMsoffcrypto, isOle2 } from './office-decrypt';

const tempDir = useTempDirs();

describe('joint-list (CLI)', () => {
  it('writes the list, with a password when asked, and refuses a wrong --out', async () => {
    const dir = tempDir();
    const t = await meetingBackend(dir, '2026-11-30T01:00:00.000Z');
    await t.api.call('ledger.create', { case: fakeCase('R8-001') });
    await t.api.call('joint.add', { caseNo: 'R8-001', on: '2026-11-30', reason: '新規の相談' });
    t.backend.close();

    const out = join(dir, '名簿.xlsx');
    const plain = await cli(['joint-list', '--out', out, '--db', t.dbPath]);
    expect(plain.stderr).toBe('');
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain('名簿 1 件を書き出しました');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(out) as never);
    expect(wb.getWorksheet('名簿')!.getRow(2).getCell(1).text).toBe('R8-001');

    const lockedOut = join(dir, 'locked.xlsx');
    const locked = await cli(['joint-list', '--out', lockedOut, '--file-password-env', 'PW', '--db', t.dbPath], {
      PW: 'himitsu-1234',
    });
    expect(locked.code).toBe(0);
    const bytes = readFileSync(lockedOut);
    expect(isOle2(bytes)).toBe(true);
    expect(decryptWithMsoffcrypto(bytes, 'himitsu-1234')).not.toBeInstanceOf(Error);

    const csv = await cli(['joint-list', '--out', join(dir, 'x.csv'), '--db', t.dbPath]);
    expect(csv.code).toBe(2);
    expect(csv.stderr).toContain('拡張子は .xlsx');
    const unset = await cli([
      'joint-list',
      '--out',
      join(dir, 'y.xlsx'),
      '--file-password-env',
      'NOPE',
      '--db',
      t.dbPath,
    ]);
    expect(unset.code).toBe(2);
    expect(unset.stderr).toContain('NOPE');
    expect(existsSync(join(dir, 'y.xlsx'))).toBe(false);
  }, 120_000);
});
