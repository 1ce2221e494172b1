// The CLI's import of an older workbook: the report lists every field change with `undoes`, changes that
// would undo a newer value are kept out (exit 1) unless --overwrite-newer, and files are judged by bytes.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ledgerRows, makeXlsx, useTempDirs } from './db-helpers';
import { cli } from './cli-helpers';

const tempDir = useTempDirs();

describe('CLI import of an older file', { timeout: 240_000 }, () => {
  it('reports the changes that undo a newer import, keeps them by default and overwrites with --overwrite-newer', async () => {
    const dir = tempDir();
    const db = join(dir, 'cli.db');
    const april = join(dir, '台帳_4月.xlsx');
    const may = join(dir, '台帳_5月.xlsx');
    writeFileSync(april, await makeXlsx([{ name: '台帳', rows: ledgerRows(3) }]));
    writeFileSync(
      may,
      await makeXlsx([{ name: '台帳', rows: ledgerRows(3, (i) => (i === 2 ? '週1回の家庭訪問' : `見守り継続${i}`)) }]),
    );
    expect((await cli(['import', april, '--db', db])).code).toBe(0);
    expect((await cli(['import', may, '--db', db])).code).toBe(0);

    const reportPath = join(dir, 'dry.json');
    const dry = await cli(['import', april, '--db', db, '--dry-run', '--report', reportPath]);
    expect(dry.code, dry.stderr).toBe(0);
    const report = JSON.parse(readFileSync(reportPath, 'utf8'));
    expect(report).toMatchObject({ updated: 0, unchanged: 2, keptNewer: 1 });
    expect(report.updates).toEqual([
      {
        caseNo: 'S-2',
        changes: [
          {
            field: 'policy',
            from: '週1回の家庭訪問',
            to: '見守り継続2',
            kept: true,
            undoes: { source: 'import', at: expect.any(String), by: '事務局', detail: '台帳_5月.xlsx' },
          },
        ],
      },
    ]);

    const kept = await cli(['import', april, '--db', db]);
    expect(kept.code).toBe(1);
    expect(kept.stdout).toContain('台帳の新しい値を残した項目 1 件');
    expect(kept.stdout).toContain('登録番号 S-2 支援方針: 「週1回の家庭訪問」を残す');
    const json = join(dir, 'out.json');
    await cli(['export', json, '--db', db]);
    expect(JSON.parse(readFileSync(json, 'utf8')).cases[1].policy).toBe('週1回の家庭訪問');

    const overwrite = await cli(['import', april, '--db', db, '--overwrite-newer']);
    expect(overwrite.code, overwrite.stderr).toBe(0);
    await cli(['export', json, '--db', db]);
    expect(JSON.parse(readFileSync(json, 'utf8')).cases[1].policy).toBe('見守り継続2');
    expect((await cli(['export', json, '--db', db, '--overwrite-newer'])).stderr).toContain(
      '--overwrite-newer は import でだけ使えます。',
    );
  });

  it('names what a file is when it is not a ledger, and reads CSV text whatever its name', async () => {
    const dir = tempDir();
    const db = join(dir, 'cli.db');
    const xls = join(dir, '台帳.xls');
    writeFileSync(
      xls,
      Buffer.concat([
        Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
        Buffer.alloc(600),
        Buffer.from('Workbook', 'utf16le'),
      ]),
    );
    const refused = await cli(['import', xls, '--db', db]);
    expect(refused.code).toBe(2);
    // .xls is read now (issue 14); a container with nothing but the stream's name is a damaged one.
    expect(refused.stderr).toContain(
      '「台帳.xls」はExcel 97-2003 ファイル（.xls）として壊れているため読み込めません。',
    );
    const csvNamedXlsx = join(dir, '台帳.xlsx');
    writeFileSync(csvNamedXlsx, '登録番号,児童氏名\r\nＳ－１,架空 一\r\n');
    const read = await cli(['import', csvNamedXlsx, '--db', db, '--dry-run']);
    expect(read.code, read.stderr).toBe(0);
    expect(read.stdout).toContain('新規 1 件');
  });
});
