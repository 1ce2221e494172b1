import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ledgerRows, makeXlsx, useTempDirs } from './db-helpers';
import { cli } from './cli-helpers';

const tempDir = useTempDirs();

// Each spawn starts tsx and loads exceljs: seconds on a busy machine.
describe('CLI', { timeout: 240_000 }, () => {
  it('imports (exit 0), re-imports unchanged, exports, backs up and restores', async () => {
    const dir = tempDir();
    const db = join(dir, 'cli.db');
    const file = join(dir, '台帳.xlsx');
    writeFileSync(file, await makeXlsx([{ name: '台帳', rows: ledgerRows(4) }]));

    const dry = await cli(['import', file, '--dry-run', '--db', db]);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('書き込みはしていません');
    expect(existsSync(db)).toBe(false);

    const first = await cli(['import', file, '--db', db, '--report', join(dir, 'r1.json')]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain('新規 4 件');
    expect(JSON.parse(readFileSync(join(dir, 'r1.json'), 'utf8'))).toEqual({
      imported: 4,
      updated: 0,
      unchanged: 0,
      keptNewer: 0,
      rejected: [],
      warnings: [],
      updates: [],
    });

    const second = await cli(['import', file, '--report', join(dir, 'r2.json')], { TSUNAGU_DB: db });
    expect(second.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'r2.json'), 'utf8'))).toMatchObject({
      imported: 0,
      updated: 0,
      unchanged: 4,
    });

    const out = join(dir, 'out.xlsx');
    expect((await cli(['export', out, '--db', db])).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(out) as never);
    expect(wb.getWorksheet('台帳')!.rowCount).toBe(5);

    const backup = join(dir, 'backup.db');
    expect((await cli(['backup', backup, '--db', db])).code).toBe(0);
    writeFileSync(file, await makeXlsx([{ name: '台帳', rows: ledgerRows(6) }]));
    expect((await cli(['import', file, '--db', db])).stdout).toContain('新規 2 件');
    const restored = await cli(['restore', backup, '--db', db]);
    expect(restored.code, restored.stderr).toBe(0);
    const json = join(dir, 'out.json');
    await cli(['export', json, '--db', db]);
    expect(JSON.parse(readFileSync(json, 'utf8')).cases).toHaveLength(4);
  });

  it('exits 1 when some rows are rejected, with them in the report', async () => {
    const dir = tempDir();
    const file = join(dir, 'bad.xlsx');
    const rows = ledgerRows(2);
    rows.push(['S-1', '要保護児童', '重複 花子']);
    writeFileSync(file, await makeXlsx([{ name: '台帳', rows }]));
    const report = join(dir, 'r.json');
    const res = await cli(['import', file, '--db', join(dir, 'x.db'), '--report', report]);
    expect(res.code).toBe(1);
    expect(res.stdout).toContain('取り込めなかった行 1 件');
    const json = JSON.parse(readFileSync(report, 'utf8'));
    expect(Object.keys(json)).toEqual([
      'imported',
      'updated',
      'unchanged',
      'keptNewer',
      'rejected',
      'warnings',
      'updates',
    ]);
    expect(json.imported).toBe(2);
    expect(json.rejected).toEqual([{ sheet: '台帳', row: 5, caseNo: 'S-1', reason: expect.stringContaining('重複') }]);
  });

  it('exits 2 on fatal errors with a Japanese message and no stack trace', async () => {
    const dir = tempDir();
    const db = join(dir, 'x.db');
    const junk = join(dir, 'junk.xlsx');
    writeFileSync(junk, 'PK\u0003\u0004 broken');
    const unreadable = await cli(['import', junk, '--db', db]);
    expect(unreadable.code).toBe(2);
    expect(unreadable.stderr).toContain(
      '読み込めません。台帳の Excel ファイル（.xlsx・.xlsm・.xls）、LibreOffice Calc のファイル（.ods）、または CSV ファイルを選んでください',
    );
    expect(unreadable.stderr).not.toMatch(/\n\s+at /);

    const wrong = await cli(['export', join(dir, 'o.csv'), '--db', db], {
      TSUNAGU_PASSPHRASE: 'まちがったパスフレーズ',
    });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('パスフレーズが違います');

    expect((await cli(['frobnicate'])).code).toBe(2);
    expect((await cli(['export', join(dir, 'o.csv'), '--db', join(dir, 'none.db')])).stderr).toContain('がありません');
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('使い方');
  });
});
