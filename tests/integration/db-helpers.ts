// Shared by the db-* tests: temp folders, and scanning raw file bytes for leaked plaintext.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { createBackend, type Backend } from '../../db/backend';
import { createApi } from '../../shared/api-client';
import type { Api, BackendEvent } from '../../shared/contract';

export const PASSPHRASE = 'テスト用の合言葉 correct horse';

/** A fresh temp folder per call, removed after the test. */
export function useTempDirs(): () => string {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });
  return () => {
    const dir = mkdtempSync(join(tmpdir(), 'tsunagu-db-test-'));
    dirs.push(dir);
    return dir;
  };
}

/** Whether `text` appears in `bytes` as UTF-8 or UTF-16 (either byte order). */
export function containsText(bytes: Buffer, text: string): boolean {
  const le = Buffer.from(text, 'utf16le');
  const be = Buffer.from(le);
  be.swap16();
  return bytes.includes(Buffer.from(text, 'utf8')) || bytes.includes(le) || bytes.includes(be);
}

/** An xlsx workbook built from plain rows (values as exceljs takes them). */
export async function makeXlsx(sheets: { name: string; rows: unknown[][] }[]): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    for (const row of s.rows) ws.addRow(row);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export const LEDGER_HEADER = [
  '登録番号',
  '種別',
  '児童氏名',
  'ふりがな',
  '生年月日',
  '性別',
  '虐待の種類',
  '重症度',
  '主担当機関',
  '支援方針',
  '次回確認時期',
  '担当CW',
];

/** A small fictional ledger sheet: title row, header, `n` cases S-1 … S-n. */
export function ledgerRows(n: number, policy = (i: number) => `見守り継続${i}`): unknown[][] {
  const rows: unknown[][] = [['令和7年度 進行管理台帳（架空）'], LEDGER_HEADER];
  for (let i = 1; i <= n; i++) {
    rows.push([
      `S-${i}`,
      i % 2 ? '要保護児童' : '要支援児童',
      `架空　太郎${i}`,
      `かくう たろう${i}`,
      `R${(i % 6) + 2}.4.${(i % 27) + 1}`,
      i % 2 ? '男' : '女',
      '身体的・心理的',
      '軽度（見守り）',
      '市こども家庭センター',
      policy(i),
      'R8.3',
      `担当${i % 3}`,
    ]);
  }
  return rows;
}

/** A new database under `dir` (in a sub-folder the backend creates), set up and unlocked, with its events recorded. */
export async function unlockedBackend(
  dir: string,
  now?: () => Date,
): Promise<{ backend: Backend; api: Api; events: BackendEvent[]; dbPath: string }> {
  const dbPath = join(dir, 'sub', 'tsunagu.db');
  const backend = createBackend({ dbPath, now });
  const events: BackendEvent[] = [];
  backend.subscribe((e) => events.push(e));
  const api = createApi(backend);
  await api.call('session.setup', { passphrase: PASSPHRASE });
  return { backend, api, events, dbPath };
}

/** A file through the import wizard's two steps: preview, then commit. */
export async function importFile(api: Api, fileName: string, bytes: Buffer) {
  const preview = await api.call('ledger.importPreview', { fileName, dataBase64: b64(bytes) });
  const report = await api.call('ledger.importCommit', { token: preview.token });
  return { preview, report };
}

export function b64(bytes: Buffer): string {
  return bytes.toString('base64');
}
