// Every workbook format the import reads, from files made by independent tools (LibreOffice, msoffcrypto:
// see tests/fixtures/files/README.md), and .xls/.ods written by SheetJS for the edge cases.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { Grid } from '../../shared/ledger/grid';
import { parseWorkbook } from '../../shared/ledger/parse';
import { readLedgerFile } from '../../db/files/read-ledger-file';
import { AppError } from '../../shared/contract';

const FILES = join(__dirname, '../fixtures/files');
const fixture = (name: string) => readFileSync(join(FILES, name));
export const FIXTURE_PASSWORDS = { xlsx: '架空パス2025', xls: 'kakuu2025' } as const;

const iso = (cell: unknown) => (cell instanceof Date ? cell.toISOString().slice(0, 10) : cell);
/** A row as the parser sees it: readers differ only in whether empty cells trail a row (exceljs fills merges). */
const row = (grid: Grid, i: number) => {
  const cells = (grid.rows[i] ?? []).map(iso);
  while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
  return cells;
};

/** What every copy of the 和暦 ledger holds, whatever format carried it. */
function expectWarekiLedger(grids: Grid[]) {
  const [g] = grids;
  expect(g!.name).toBe('進行管理台帳');
  expect(row(g!, 1).slice(0, 3)).toEqual(['登録番号', '児童', null]);
  expect(row(g!, 2)).toEqual([null, '氏名', 'ふりがな']);
  expect(row(g!, 3)).toEqual(['R7-001', '架空 太郎', 'かくう たろう', '2015-04-01', '2025-05-24', '北地区', '中度', 2]);
  expect(row(g!, 4)).toEqual(['R7-002', '見本 花子', 'みほん はなこ', '2019-05-01', '2025-06-02']);
  // Ragged: the last row has two cells.
  expect(row(g!, 5)).toEqual(['R7-003', '試験 次郎']);
  expect(g!.merges).toContainEqual({ top: 2, left: 1, bottom: 3, right: 1 });
  expect(g!.merges).toContainEqual({ top: 2, left: 2, bottom: 2, right: 3 });
  const parsed = parseWorkbook(grids);
  expect(parsed.rejected).toEqual([]);
  expect(
    parsed.cases.map((c) => [c.case.caseNo, c.case.name, c.case.kana, c.case.birthDate, c.case.receivedDate]),
  ).toEqual([
    ['R7-001', '架空 太郎', 'かくう たろう', '2015-04-01', '2025-05-24'],
    ['R7-002', '見本 花子', 'みほん はなこ', '2019-05-01', '2025-06-02'],
    ['R7-003', '試験 次郎', null, null, null],
  ]);
}

describe('readLedgerFile: files made by LibreOffice and msoffcrypto', () => {
  for (const name of ['ledger-wareki.xls', 'ledger-wareki.ods', 'ledger-1904.xls', 'ledger-1904.ods']) {
    it(`reads ${name}: merged two-row header, 和暦 and plain date cells, a formula's value, ragged rows`, async () => {
      expectWarekiLedger(await readLedgerFile(name, fixture(name)));
    });
  }
});

describe('readLedgerFile: password-protected workbooks', () => {
  const cases = [
    ['ledger-wareki-agile.xlsx', FIXTURE_PASSWORDS.xlsx],
    ['ledger-wareki-standard.xlsx', FIXTURE_PASSWORDS.xlsx],
    ['ledger-wareki-rc4.xls', FIXTURE_PASSWORDS.xls],
  ] as const;
  for (const [name, password] of cases) {
    it(`${name}: asks for the password, refuses a wrong one, reads with the right one`, async () => {
      const bytes = fixture(name);
      await expect(readLedgerFile(name, bytes)).rejects.toMatchObject({
        code: 'file_password_required',
        message: `「${name}」はパスワードで保護されています。パスワードを入力してください。`,
      });
      const wrong = await readLedgerFile(name, bytes, { password: `${password}x` }).catch((e: Error) => e);
      expect(wrong).toMatchObject({ code: 'file_password_wrong' });
      expect((wrong as Error).message).toContain('パスワードが違います');
      expect((wrong as Error).message).not.toContain(password);
      expectWarekiLedger(await readLedgerFile(name, bytes, { password }));
    });
  }

  it('opens an .xls protected only with Excel’s fixed password without asking', async () => {
    // officecrypto-tool cannot write xls; the fixed password is what Excel uses for a protected structure,
    // so a LibreOffice xls saved with that very password stands in for one.
    const bytes = fixture('ledger-wareki-velvet.xls');
    expectWarekiLedger(await readLedgerFile('構成保護.xls', bytes));
  });
});

describe('readLedgerFile: .xls and .ods edge cases written by SheetJS', () => {
  function book(cells: XLSX.CellObject[][], date1904 = false): XLSX.WorkBook {
    const ws = XLSX.utils.aoa_to_sheet([[]]);
    cells.forEach((row, r) => row.forEach((cell, c) => (ws[XLSX.utils.encode_cell({ r, c })] = cell)));
    ws['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: cells.length - 1, c: 3 } });
    ws['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: 1 } }];
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, '台帳');
    wb.Workbook = { WBProps: { date1904 } };
    return wb;
  }
  const write = (wb: XLSX.WorkBook, bookType: 'xls' | 'ods') =>
    Buffer.from(XLSX.write(wb, { type: 'buffer', bookType }) as Buffer);

  // SheetJS writes no number formats into an .ods, so the date cases are only for .xls here; the ods
  // fixtures made by LibreOffice carry 和暦 and plain date styles.
  for (const bookType of ['xls'] as const) {
    it(`${bookType}: 和暦 formats are dates, other numbers stay numbers, errors and booleans keep their text`, async () => {
      const wb = book([
        [
          { t: 's', v: '登録番号' },
          { t: 's', v: '' },
          { t: 's', v: '生年月日' },
          { t: 's', v: '受理日' },
        ],
        [
          { t: 's', v: 'S-1' },
          { t: 'b', v: true },
          { t: 'n', v: 45850, z: '[$-ja-JP]ggge"年"m"月"d"日"' },
          { t: 'n', v: 45850.75, z: '[$-411]ge.m.d' },
        ],
        [
          { t: 'n', v: 45850, z: '0' },
          { t: 'e', v: 0x2a },
          { t: 'n', v: 12.5 },
        ],
      ]);
      const [g] = await readLedgerFile(`x.${bookType}`, write(wb, bookType));
      expect(g!.rows[1]!.map(iso)).toEqual(['S-1', true, '2025-07-12', '2025-07-12']);
      expect(g!.rows[2]![0]).toBe(45850);
      expect(g!.rows[2]![2]).toBe(12.5);
      expect(g!.rows[2]![1]).toBe('#N/A');
      expect(g!.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 2 }]);
    });
  }

  it('xls: honours the 1904 date system', async () => {
    // 2025-07-12 is 45850 in the 1900 system and 44388 in the 1904 one.
    const wb = book([[{ t: 'n', v: 44388, z: 'yyyy/mm/dd' }]], true);
    const [g] = await readLedgerFile('mac.xls', write(wb, 'xls'));
    expect(iso(g!.rows[0]![0])).toBe('2025-07-12');
  });
});

describe('readLedgerFile: formats it names instead of reading', () => {
  const message = (name: string, bytes: Uint8Array) =>
    readLedgerFile(name, bytes).then(
      () => 'read',
      (e: Error & { code?: string }) => `${e.code}: ${e.message}`,
    );
  it('names Lotus, old Excel, flat ODS, SpreadsheetML, RTF and PDF with what to do', async () => {
    expect(await message('a.wk1', Buffer.from([0, 0, 2, 0, 6, 4, 6, 0, 0, 0]))).toBe(
      'unreadable_file: 「a.wk1」はLotus 1-2-3（.wk1）のファイルです。この形式は読み込めません。Excel で開いて .xlsx として保存してください。',
    );
    expect(await message('a.xls', Buffer.from([9, 4, 6, 0, 0, 0, 0x10, 0]))).toContain('Excel 2.x〜4.0 形式');
    expect(await message('a.fods', fixture('ledger-wareki.fods'))).toContain('フラット XML 形式（.fods）');
    expect(
      await message('a.xml', Buffer.from('<?xml version="1.0"?><?mso-application progid="Excel.Sheet"?><Workbook/>')),
    ).toContain('Excel 2003 XML スプレッドシート形式');
    expect(await message('a.rtf', Buffer.from('{\\rtf1\\ansi 登録番号}'))).toContain('リッチテキスト');
    expect(await message('a.xlsx', Buffer.from('%PDF-1.4\n'))).toContain('PDF ファイルです');
  });
});

describe('readLedgerFile: damaged protected containers', () => {
  /** The agile fixture with its EncryptionInfo or EncryptedPackage stream changed. */
  function patched(stream: '/EncryptionInfo' | '/EncryptedPackage', change: (content: Buffer) => Buffer): Buffer {
    const cfb = XLSX.CFB.read(fixture('ledger-wareki-agile.xlsx'), { type: 'buffer' });
    const entry = XLSX.CFB.find(cfb, stream) as { content: Buffer };
    entry.content = change(Buffer.from(entry.content));
    return Buffer.from(XLSX.CFB.write(cfb, { type: 'buffer' }) as Buffer);
  }

  it('refuses a key derivation past the standard’s 10,000,000 rounds at once instead of hashing for hours', async () => {
    const hostile = patched('/EncryptionInfo', (c) =>
      Buffer.from(c.toString('latin1').replace(/spinCount="100000"/g, 'spinCount="2000000000"'), 'latin1'),
    );
    const started = Date.now();
    await expect(readLedgerFile('台帳.xlsx', hostile, { password: FIXTURE_PASSWORDS.xlsx })).rejects.toMatchObject({
      code: 'unreadable_file',
      message: expect.stringContaining('パスワード付きの Excel ファイルとして壊れている'),
    });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('answers flipped bytes in the EncryptedPackage with a Japanese error, never with what it decrypted', async () => {
    const flipped = patched('/EncryptedPackage', (c) => {
      for (let i = 64; i < c.length; i += 97) c[i] = c[i]! ^ 0xff;
      return c;
    });
    const error = await readLedgerFile('台帳.xlsx', flipped, { password: FIXTURE_PASSWORDS.xlsx }).catch((e) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(['unreadable_file', 'file_password_wrong']).toContain((error as AppError).code);
    expect((error as AppError).message).toMatch(/^「台帳\.xlsx」/);
  });
});

describe('the committed encrypted fixtures against an independent decrypter', () => {
  it('msoffcrypto-tool (Python) and decrypt-office give the same workbook', async () => {
    const { decryptOffice } = await import('../../db/files/decrypt-office');
    for (const [name, password] of [
      ['ledger-wareki-agile.xlsx', FIXTURE_PASSWORDS.xlsx],
      ['ledger-wareki-standard.xlsx', FIXTURE_PASSWORDS.xlsx],
    ] as const) {
      const ours = await decryptOffice(name, fixture(name), 'ooxml', password);
      const theirs = execFileSync(
        '/usr/bin/python3',
        [
          '-c',
          'import sys, io, msoffcrypto\n' +
            'f = msoffcrypto.OfficeFile(open(sys.argv[1], "rb")); f.load_key(password=sys.argv[2])\n' +
            'out = io.BytesIO(); f.decrypt(out); sys.stdout.buffer.write(out.getvalue())',
          join(FILES, name),
          password,
        ],
        { maxBuffer: 10 * 1024 * 1024 },
      );
      expect(Buffer.from(ours).equals(theirs), name).toBe(true);
    }
  });
});

describe('readLedgerFile: an .ods that repeats rows and cells', () => {
  async function withLastRow(row: string): Promise<Buffer> {
    const zip = await JSZip.loadAsync(fixture('ledger-wareki.ods'));
    const content = await zip.file('content.xml')!.async('string');
    zip.file('content.xml', content.replace('</table:table>', `${row}</table:table>`));
    return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  }

  it('reads formatted empty rows repeated to the sheet’s end (LibreOffice writes them) as nothing', async () => {
    const bytes = await withLastRow(
      '<table:table-row table:number-rows-repeated="1048570"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>',
    );
    expectWarekiLedger(await readLedgerFile('台帳.ods', bytes));
  });

  it('refuses a few KB that repeat a value a hundred million times, before SheetJS builds them', async () => {
    const bytes = await withLastRow(
      '<table:table-row table:number-rows-repeated="1000000"><table:table-cell table:number-columns-repeated="100" office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row>',
    );
    expect(bytes.length).toBeLessThan(30_000);
    const started = Date.now();
    await expect(readLedgerFile('台帳.ods', bytes)).rejects.toMatchObject({
      code: 'unreadable_file',
      message: expect.stringContaining('一度に取り込める行数（100,000 行）を超えています'),
    });
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
