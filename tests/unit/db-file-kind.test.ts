import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { sniffFileKind } from '../../db/files/file-kind';
import { readLedgerFile } from '../../db/files/read-ledger-file';
import { checkZipSize, ZipLimitError } from '../../db/files/zip-peek';
import { bareWorkbook } from '../fixtures/bare-workbook';

describe('sniffFileKind', () => {
  it('tells files apart by their bytes', () => {
    const kind = (bytes: Buffer | number[]) => sniffFileKind(Buffer.from(bytes as Buffer));
    const ole = (stream: string) =>
      Buffer.concat([
        Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
        Buffer.alloc(100),
        Buffer.from(stream, 'utf16le'),
      ]);
    expect(kind([])).toEqual({ kind: 'empty' });
    expect(kind(ole('Workbook'))).toEqual({ kind: 'ole2', content: 'xls' });
    expect(kind(ole('EncryptedPackage'))).toEqual({ kind: 'ole2', content: 'encrypted' });
    expect(kind(ole('WordDocument'))).toEqual({ kind: 'ole2', content: 'doc' });
    expect(kind(Buffer.from('%PDF-1.7\n'))).toEqual({ kind: 'pdf' });
    expect(kind([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a])).toEqual({ kind: 'image', format: 'PNG' });
    expect(kind([0xff, 0xd8, 0xff, 0xe0])).toEqual({ kind: 'image', format: 'JPEG' });
    expect(kind(Buffer.from('登録番号,氏名\r\n'))).toEqual({ kind: 'text' });
    expect(kind([1, 0, 2])).toEqual({ kind: 'binary' });
  });
});

describe('readLedgerFile by the bytes', () => {
  it('reads a CSV saved under .xlsx as CSV, and names what other files are', async () => {
    const grids = await readLedgerFile('台帳.xlsx', Buffer.from('登録番号,児童氏名\r\nS-1,架空 一\r\n'));
    expect(grids[0]!.rows).toEqual([
      ['登録番号', '児童氏名'],
      ['S-1', '架空 一'],
    ]);
    const message = async (name: string, bytes: Buffer) =>
      readLedgerFile(name, bytes).then(
        () => 'read',
        (e: Error) => e.message,
      );
    expect(await message('台帳.xlsx', Buffer.from('ただのメモです\n'))).toContain(
      '表の形をしていないテキストファイルです',
    );
    expect(await message('台帳.xls', Buffer.from('<html><table><tr><td>1</td></tr></table></html>'))).toBe(
      '「台帳.xls」はWeb ページ（HTML / XML）形式の表です。Excel で開いて .xlsx として保存してください。',
    );
    expect(await message('台帳.xlsx', Buffer.from([0x89, 0x50, 0x4e, 0x47]))).toContain('画像ファイル（PNG）です');
    expect(await message('台帳.xlsx', Buffer.alloc(0))).toContain('空のファイル（0 バイト）です');
    const docx = await new JSZip().file('word/document.xml', '<w/>').generateAsync({ type: 'nodebuffer' });
    expect(await message('台帳.xlsx', docx)).toContain('Word 文書（.docx）です');
  });
});

describe('checkZipSize', () => {
  it('counts the rows of the sheets without loading the workbook, and stops past a limit', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('台帳');
    for (let i = 0; i < 250; i++) ws.addRow([`S-${i}`, '架空']);
    const real = Buffer.from(await wb.xlsx.writeBuffer());
    expect((await checkZipSize(real, { maxRows: 1000, maxUnpacked: 10_000_000 })).rows).toBe(250);
    const bare = await bareWorkbook(5000);
    expect((await checkZipSize(bare, { maxRows: 5000, maxUnpacked: 10_000_000 })).rows).toBe(5000);
    await expect(checkZipSize(bare, { maxRows: 4999, maxUnpacked: 10_000_000 })).rejects.toMatchObject({
      limit: 'rows',
    });
    await expect(checkZipSize(bare, { maxRows: 10_000, maxUnpacked: 100_000 })).rejects.toBeInstanceOf(ZipLimitError);
  });
});
