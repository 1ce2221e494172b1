// Two programs on one database file (issue 10, item 2): an edit never overwrites a change another program
// committed; an edit made on a version of the case that is no longer current is refused with both values;
// a database held by another program, and a disk that cannot take the write, give Japanese messages.
import { spawn } from 'node:child_process';
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../db/backend';
import { CasesRepo } from '../../db/repos/cases';
import { openDatabase } from '../../db/open';
import { BUSY_MESSAGE, DISK_FULL_MESSAGE, storageError } from '../../db/storage-errors';
import { createApi } from '../../shared/api-client';
import { AppError, type Api } from '../../shared/contract';
import { ROOT } from './cli-helpers';
import { LEDGER_HEADER, makeXlsx, PASSPHRASE, useTempDirs } from './db-helpers';
import { fakeCase, meetingBackend, olderDatabase, recordedMigrations } from './meeting-helpers';

const tempDir = useTempDirs();

async function refusal(call: Promise<unknown>): Promise<AppError> {
  try {
    await call;
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('the call was not refused');
}

/** The second program: its own backend (own connection) on the same file, unlocked. */
async function secondProgram(dbPath: string, busyTimeoutMs?: number): Promise<{ api: Api; close(): void }> {
  const backend = createBackend({ dbPath, ...(busyTimeoutMs !== undefined ? { busyTimeoutMs } : {}) });
  const api = createApi(backend);
  await api.call('session.unlock', { passphrase: PASSPHRASE });
  return { api, close: () => backend.close() };
}

/** Runs the writer child; resolves `locked` when it holds the lock with its change written, `done` at exit. */
function otherProgramWriting(dbPath: string, caseNo: string, district: string, holdMs: number) {
  const child = spawn(
    join(ROOT, 'node_modules/.bin/tsx'),
    ['tests/integration/concurrent-writer-child.ts', dbPath, caseNo, district, String(holdMs)],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  let err = '';
  const locked = new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('locked\n')) resolve();
    });
    child.on('close', () => reject(new Error(`writer ended before it locked: ${err}`)));
  });
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const done = new Promise<string>((resolve, reject) => {
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`writer failed (${code}): ${err}`))));
  });
  return { locked, done };
}

describe('migration 007 (case versions)', () => {
  it('upgrades a database made with the 006 schema: its cases start at version 1 and every write bumps it', async () => {
    const dbPath = join(tempDir(), 'tsunagu.db');
    olderDatabase(dbPath, 6, 'OLD-1', 'no_such_table');
    const app = await secondProgram(dbPath);
    const { recorded, known } = recordedMigrations(dbPath);
    expect(recorded).toEqual(known.map((m) => expect.objectContaining(m)));
    const loaded = await app.api.call('ledger.get', { caseNo: 'OLD-1' });
    expect(loaded.version).toBe(1);
    const saved = await app.api.call('ledger.update', { caseNo: 'OLD-1', version: 1, changes: { district: '中町' } });
    expect(saved.version).toBe(2);
    app.close();
  }, 60_000);
});

describe('two programs on one database', () => {
  it('keeps the 地区 another process committed while this edit of 支援方針 waited for the lock', async () => {
    const t = await meetingBackend(tempDir());
    await t.api.call('ledger.create', { case: fakeCase('R7-0101', { district: '東町', policy: '見守り' }) });

    for (const round of [1, 2]) {
      const district = `西町${round}`;
      const writer = otherProgramWriting(t.dbPath, 'R7-0101', district, 1500);
      await writer.locked;
      // The CLI's way (no version): the backend must read the case inside its own write transaction.
      await t.api.call('ledger.update', { caseNo: 'R7-0101', changes: { policy: `方針${round}` } });
      expect(await writer.done).toContain('committed');
      const { case: stored, history } = await t.api.call('ledger.get', { caseNo: 'R7-0101' });
      expect(stored.district, `round ${round}`).toBe(district);
      expect(stored.policy).toBe(`方針${round}`);
      // Only the edited field is in this edit's history: it did not write 地区 back.
      expect(history.filter((h) => h.source === 'edit' && h.field === 'district')).toEqual([]);
    }
    t.backend.close();
  }, 60_000);

  it('refuses an edit made on a version an import has changed since, showing both values; a reload then saves', async () => {
    const t = await meetingBackend(tempDir());
    await t.api.call('ledger.create', { case: fakeCase('S-1', { district: '東町' }) });
    const loaded = await t.api.call('ledger.get', { caseNo: 'S-1' });

    // A CLI import beside the app: another backend on the same file imports a ledger that sets 地区 and 支援方針.
    const other = await secondProgram(t.dbPath);
    const file = await makeXlsx([
      {
        name: '台帳',
        rows: [
          [...LEDGER_HEADER, '地区'],
          [
            'S-1',
            '要支援児童',
            '架空　一郎',
            'かくう いちろう',
            'R2.4.1',
            '男',
            '',
            '',
            '',
            '取り込んだ方針',
            '',
            '',
            '北町',
          ],
        ],
      },
    ]);
    const preview = await other.api.call('ledger.importPreview', {
      fileName: '台帳.xlsx',
      dataBase64: file.toString('base64'),
    });
    const report = await other.api.call('ledger.importCommit', { token: preview.token });
    expect(report.updated).toBe(1);

    const error = await refusal(
      t.api.call('ledger.update', { caseNo: 'S-1', version: loaded.version, changes: { district: '南町' } }),
    );
    expect(error.code).toBe('conflict');
    expect(error.message).toContain('ほかの操作で先に変更されました');
    expect(error.message).toContain('地区: あなたの入力「南町」／いまの値「北町」');
    const after = await t.api.call('ledger.get', { caseNo: 'S-1' });
    expect(after.case.district).toBe('北町');
    expect(after.case.policy).toBe('取り込んだ方針');
    expect(after.version).toBeGreaterThan(loaded.version);

    // Reapplying on the version now stored is the user's informed choice, and it saves.
    const saved = await t.api.call('ledger.update', {
      caseNo: 'S-1',
      version: after.version,
      changes: { district: '南町' },
    });
    expect(saved.case.district).toBe('南町');
    expect(saved.case.policy).toBe('取り込んだ方針');
    expect(saved.version).toBe(after.version + 1);
    other.close();
    t.backend.close();
  }, 60_000);

  it("an import committed after the app changed 地区 since its preview keeps the app's 地区 and says so", async () => {
    const t = await meetingBackend(tempDir());
    await t.api.call('ledger.create', { case: fakeCase('S-1', { district: '東町', policy: '見守り' }) });
    const importer = await secondProgram(t.dbPath);
    const file = await makeXlsx([
      {
        name: '台帳',
        rows: [
          [...LEDGER_HEADER, '地区'],
          [
            'S-1',
            '要支援児童',
            '架空　一郎',
            'かくう いちろう',
            'R2.4.1',
            '男',
            '',
            '',
            '',
            '取り込んだ方針',
            '',
            '',
            '西町',
          ],
        ],
      },
    ]);
    const preview = await importer.api.call('ledger.importPreview', {
      fileName: '台帳.xlsx',
      dataBase64: file.toString('base64'),
    });
    expect(preview.report.updated).toBe(1);

    // The app edits 地区 between the import's preview and its commit.
    const loaded = await t.api.call('ledger.get', { caseNo: 'S-1' });
    await t.api.call('ledger.update', { caseNo: 'S-1', version: loaded.version, changes: { district: '北町' } });

    const report = await importer.api.call('ledger.importCommit', { token: preview.token });
    expect(report.updated).toBe(1);
    expect(report.warnings.map((w) => w.message)).toContainEqual(
      '取り込みの確認の後にほかの操作で変更されたため、取り込んでいません: 地区（いまの値「北町」、ファイルの値「西町」）',
    );
    const after = await t.api.call('ledger.get', { caseNo: 'S-1' });
    expect(after.case.district).toBe('北町');
    expect(after.case.policy).toBe('取り込んだ方針');
    importer.close();
    t.backend.close();
  }, 60_000);

  it('says in Japanese that another program holds the database, and the retry succeeds once it lets go', async () => {
    const t = await meetingBackend(tempDir());
    await t.api.call('ledger.create', { case: fakeCase('B-1') });
    t.backend.close();
    const app = await secondProgram(t.dbPath, 200);
    const { version } = await app.api.call('ledger.get', { caseNo: 'B-1' });

    // Another program (here a second connection) holds the write lock.
    const holder = openDatabase(t.dbPath, { passphrase: PASSPHRASE });
    holder.exec('BEGIN IMMEDIATE');
    const busy = await refusal(
      app.api.call('ledger.update', { caseNo: 'B-1', version, changes: { district: '中町' } }),
    );
    expect(busy.code).toBe('busy');
    expect(busy.message).toBe(BUSY_MESSAGE);
    const busySettings = await refusal(app.api.call('settings.update', { operatorName: '山田' }));
    expect(busySettings.code).toBe('busy');
    holder.exec('COMMIT');
    holder.close();

    const retried = await app.api.call('ledger.update', { caseNo: 'B-1', version, changes: { district: '中町' } });
    expect(retried.case.district).toBe('中町');
    app.close();
  }, 60_000);

  it('turns SQLITE_FULL into a Japanese message and leaves the database as it was', async () => {
    const t = await meetingBackend(tempDir());
    await t.api.call('ledger.create', { case: fakeCase('F-1', { policy: '元の方針' }) });
    t.backend.close();
    // SQLite reports SQLITE_FULL when a write needs more pages than PRAGMA max_page_count allows: the same
    // error a full disk gives, on a real encrypted file, without filling the machine's disk.
    const db = openDatabase(t.dbPath, { passphrase: PASSPHRASE });
    db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
    const cases = new CasesRepo(db);
    let thrown: unknown = null;
    try {
      db.transaction(() => {
        cases.replace({ ...fakeCase('F-1'), policy: '長い方針'.repeat(20_000) }, '2026-01-01T00:00:00.000Z');
      }).immediate();
    } catch (err) {
      thrown = err;
    }
    expect((thrown as { code?: string }).code).toBe('SQLITE_FULL');
    const mapped = storageError(thrown);
    expect(mapped?.code).toBe('disk_full');
    expect(mapped?.message).toBe(DISK_FULL_MESSAGE);
    expect(storageError(Object.assign(new Error('no space'), { code: 'ENOSPC' }))?.code).toBe('disk_full');
    db.close();
    const app = await secondProgram(t.dbPath);
    expect((await app.api.call('ledger.get', { caseNo: 'F-1' })).case.policy).toBe('元の方針');
    app.close();
  }, 60_000);

  it('a CLI import that cannot write its file (file size limit) fails with a Japanese message, exit 2, ledger unchanged', async () => {
    const t = await meetingBackend(tempDir());
    await t.api.call('ledger.create', { case: fakeCase('S-1', { policy: '元の方針' }) });
    t.backend.close();
    const rows: unknown[][] = [LEDGER_HEADER];
    for (let i = 1; i <= 3000; i++)
      rows.push([
        `S-${i}`,
        '要支援児童',
        `架空　太郎${i}`,
        'かくう たろう',
        'R2.4.1',
        '男',
        '',
        '',
        '',
        `新しい方針${i}`.repeat(20),
        '',
        '',
      ]);
    const file = join(tempDir(), '台帳.xlsx');
    writeFileSync(file, await makeXlsx([{ name: '台帳', rows }]));
    // RLIMIT_FSIZE just above the database: the WAL of the import cannot grow past it, so SQLite's writes fail
    // (EFBIG / a short write → SQLITE_IOERR_WRITE or SQLITE_FULL), as on a full disk. Node ignores SIGXFSZ.
    const limitBlocks = Math.ceil(statSync(t.dbPath).size / 1024) + 256;
    const result = await new Promise<{ code: number | null; stderr: string }>((done) => {
      const child = spawn(
        'bash',
        [
          '-c',
          `ulimit -f ${limitBlocks}; exec "$0" db/cli/main.ts import "$1" --db "$2"`,
          join(ROOT, 'node_modules/.bin/tsx'),
          file,
          t.dbPath,
        ],
        {
          cwd: ROOT,
          env: { ...process.env, TSUNAGU_DB: undefined, TSUNAGU_PASSPHRASE: PASSPHRASE },
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.on('close', (code) => done({ code, stderr }));
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/ディスクの空き容量が足りない|読み書きに失敗しました/);
    expect(result.stderr).not.toContain('内部エラー');
    expect(result.stderr).not.toContain('予期しない');
    const app = await secondProgram(t.dbPath);
    const { cases } = await app.api.call('ledger.list', {});
    expect(cases.map((c) => [c.caseNo, c.policy])).toEqual([['S-1', '元の方針']]);
    app.close();
  }, 120_000);
});
