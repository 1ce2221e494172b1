// Issue 11 items 8 and 10 on the backend, over real encrypted files: wrong passphrases are throttled across
// restarts, new passphrases must be strong, the passphrase can be changed (rekey) with a backup that keeps the
// old one, and every change, export, print, lock and unlock leaves an 操作ログ row naming who.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../db/backend';
import { openDatabase } from '../../db/open';
import { guardFilePath, openThrottled } from '../../db/session/unlock-guard';
import { createApi } from '../../shared/api-client';
import { AppError, type Api } from '../../shared/contract';
import { emptyCase } from '../../shared/ledger/case';
import { emptyBoard } from '../../shared/board/types';
import { fakeMeeting, olderDatabase, recordedMigrations } from './meeting-helpers';
import { PASSPHRASE, useTempDirs } from './db-helpers';

const tempDir = useTempDirs();
const NEW_PASSPHRASE = '新しい合言葉は 桜並木の朝';

function clock(start = Date.parse('2026-11-30T01:00:00Z')) {
  let t = start;
  return { now: () => new Date(t), advance: (ms: number) => (t += ms) };
}

async function setUp(now?: () => Date): Promise<{ backend: Backend; api: Api; dbPath: string }> {
  const dbPath = join(tempDir(), 'tsunagu.db');
  const backend = createBackend({ dbPath, ...(now ? { now } : {}) });
  const api = createApi(backend);
  await api.call('session.setup', { passphrase: PASSPHRASE });
  return { backend, api, dbPath };
}

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}

describe('wrong passphrases', () => {
  it('make the next try wait longer and longer, say so, and the wait survives a restart', async () => {
    const c = clock();
    const { backend, api, dbPath } = await setUp(c.now);
    await api.call('session.lock', {});
    for (let i = 1; i <= 3; i++) {
      const err = await failure(api.call('session.unlock', { passphrase: `ちがう合言葉 ${i}` }));
      expect(err.code).toBe('wrong_passphrase');
    }
    const third = await failure(api.call('session.unlock', { passphrase: 'ちがう' }));
    // The fourth try came at once after the third wrong one: refused without even trying the key.
    expect(third.code).toBe('throttled');
    expect(third.message).toContain('2秒');
    c.advance(2_000);
    const fourth = await failure(api.call('session.unlock', { passphrase: 'まだちがう' }));
    expect(fourth.message).toContain('4秒');
    backend.close();

    // A new process (the app restarted, or the CLI) still has to wait.
    const again = createApi(createBackend({ dbPath, now: c.now }));
    expect((await failure(again.call('session.unlock', { passphrase: PASSPHRASE }))).code).toBe('throttled');
    c.advance(4_000);
    expect((await again.call('session.unlock', { passphrase: PASSPHRASE })).state).toBe('unlocked');
    expect(existsSync(guardFilePath(dbPath))).toBe(true);
    // The right passphrase resets the count, and the failed tries are in the log with the unlock.
    const { entries } = await again.call('audit.list', { kind: 'unlock' });
    expect(entries.filter((e) => !e.ok)).toHaveLength(4);
    expect(entries[0]).toMatchObject({ ok: true, actor: '事務局', summary: 'ロック解除' });
    expect(entries.find((e) => !e.ok)?.actor).toBe('不明');
  });
});

describe('new passphrases', () => {
  it('are refused at setup when short, repeated, a run or a common word — with the rule in Japanese', async () => {
    for (const weak of [
      '短い合言葉',
      'aaaaaaaaaaaaaa',
      'abcabcabcabc',
      '123456789012',
      'Password1234!',
      'qwertyuiopas',
    ]) {
      const dbPath = join(tempDir(), 'weak.db');
      const err = await failure(createApi(createBackend({ dbPath })).call('session.setup', { passphrase: weak }));
      expect(err.code).toBe('invalid_input');
      expect(err.message).toMatch(/パスフレーズ/);
      expect(existsSync(dbPath)).toBe(false);
    }
  });
});

describe('changing the passphrase', () => {
  it('rekeys the database: the old passphrase no longer opens it, the new one does, the backup keeps the old', async () => {
    const { backend, api, dbPath } = await setUp();
    await api.call('ledger.create', { case: { ...emptyCase('R7-0001'), name: '架空 花子' } });
    const weak = await failure(api.call('session.changePassphrase', { current: PASSPHRASE, next: 'short' }));
    expect(weak.code).toBe('invalid_input');
    const wrong = await failure(
      api.call('session.changePassphrase', { current: 'ちがう合言葉です', next: NEW_PASSPHRASE }),
    );
    expect(wrong.code).toBe('wrong_passphrase');

    const { backupPath } = await api.call('session.changePassphrase', { current: PASSPHRASE, next: NEW_PASSPHRASE });
    // The session stays open and usable on the rekeyed file.
    await api.call('ledger.update', { caseNo: 'R7-0001', changes: { policy: '見守り' } });
    backend.close();

    expect(() => openDatabase(dbPath, { passphrase: PASSPHRASE })).toThrow(AppError);
    const rekeyed = openDatabase(dbPath, { passphrase: NEW_PASSPHRASE });
    expect(rekeyed.prepare('SELECT count(*) FROM cases').pluck().get()).toBe(1);
    rekeyed.close();
    expect(readdirSync(join(dbPath, '..', 'backups'))).toContain(backupPath.split(/[\\/]/).pop());
    const backup = openDatabase(backupPath, { passphrase: PASSPHRASE });
    backup.close();
    expect(() => openDatabase(backupPath, { passphrase: NEW_PASSPHRASE })).toThrow(AppError);

    const reopened = createApi(createBackend({ dbPath }));
    await reopened.call('session.unlock', { passphrase: NEW_PASSPHRASE });
    const { entries } = await reopened.call('audit.list', { kind: 'security' });
    expect(entries.map((e) => e.summary)).toEqual(['パスフレーズを変更', 'データベースを作成']);
  });
});

describe('操作ログ', () => {
  it('records every kind of action with who, and case history rows carry who', async () => {
    const c = clock();
    const { api } = await setUp(c.now);
    await api.call('settings.update', { operatorName: '山田' });
    await api.call('ledger.create', { case: emptyCase('R7-0001') });
    await api.call('ledger.update', { caseNo: 'R7-0001', changes: { policy: '見守り' } });
    await api.call('ledger.export', { format: 'csv' });
    const meeting = await api.call('meetings.create', { meeting: fakeMeeting() });
    await api.call('agenda.suggest', { meetingId: meeting.id });
    await api.call('handout.export', { meetingId: meeting.id, masked: false, copies: 2 });
    await api.call('handout.model', { meetingId: meeting.id, masked: true, copies: 1 });
    // Reads are not logged.
    await api.call('ledger.list', {});
    await api.call('session.lock', { reason: 'idle' });
    await api.call('session.unlock', { passphrase: PASSPHRASE });

    const { entries } = await api.call('audit.list', {});
    const rows = entries.map((e) => [e.actor, e.kind, e.summary, e.target]).reverse();
    expect(rows).toEqual([
      ['事務局', 'security', 'データベースを作成', null],
      ['山田', 'change', '設定を変更（操作者名）', null],
      ['山田', 'change', 'ケースを登録', 'R7-0001'],
      ['山田', 'change', 'ケースを編集（1項目）', 'R7-0001'],
      ['山田', 'export', '台帳全体を書き出し（csv）', null],
      ['山田', 'change', '会議を作成', null],
      ['山田', 'change', '議題を提案', `会議#${meeting.id}`],
      ['山田', 'export', '配布資料を書き出し（Word、マスクなし（氏名入り）、2部）', `会議#${meeting.id}`],
      ['山田', 'print', '配布資料の印刷画面を開く（マスクあり、1部）', `会議#${meeting.id}`],
      ['山田', 'lock', 'ロック（一定時間操作がなかったため）', null],
      ['山田', 'unlock', 'ロック解除', null],
    ]);
    const { history } = await api.call('ledger.get', { caseNo: 'R7-0001' });
    expect(history.map((h) => h.by)).toEqual(['山田', '山田']);

    expect((await api.call('audit.list', { actor: '事務局' })).entries).toHaveLength(1);
    expect((await api.call('audit.list', { kind: 'export' })).entries).toHaveLength(2);
    const file = await api.call('audit.export', { format: 'csv' });
    const csv = Buffer.from(file.dataBase64, 'base64').toString('utf8');
    expect(file.fileName).toMatch(/^操作ログ_\d{4}-\d{2}-\d{2}\.csv$/);
    expect(csv).toContain('台帳全体を書き出し（csv）');
    expect((await api.call('audit.list', { kind: 'export' })).entries[0]?.summary).toBe('操作ログを書き出し（csv）');
  });

  it('keeps a run of autosaves of the same board as one row with a count', async () => {
    const c = clock();
    const { api } = await setUp(c.now);
    await api.call('ledger.create', { case: emptyCase('R7-0001') });
    for (let i = 0; i < 3; i++) {
      await api.call('board.save', { caseNo: 'R7-0001', doc: emptyBoard('R7-0001') });
      c.advance(30_000);
    }
    const saves = (await api.call('audit.list', {})).entries.filter((e) => e.action === 'board.save');
    expect(saves).toHaveLength(1);
    expect(saves[0]?.count).toBe(3);
  });
});

describe('migration 9 (audit log, who on history)', () => {
  it('upgrades a database of the previous schema: older history rows have no name, new ones do', async () => {
    const dbPath = join(tempDir(), 'old.db');
    expect(olderDatabase(dbPath, 6, 'OLD-1', 'audit_log')).toBe(0);
    const old = openDatabase(dbPath, { passphrase: PASSPHRASE });
    old
      .prepare(
        "INSERT INTO case_history (case_no, at, source, field, old_value, new_value, detail) VALUES ('OLD-1', '2025-01-01T00:00:00.000Z', 'edit', 'policy', NULL, '見守り', NULL)",
      )
      .run();
    old.close();

    const backend = createBackend({ dbPath });
    const api = createApi(backend);
    await api.call('session.unlock', { passphrase: PASSPHRASE });
    await api.call('ledger.update', { caseNo: 'OLD-1', changes: { policy: '家庭訪問' } });
    expect((await api.call('ledger.get', { caseNo: 'OLD-1' })).history.map((h) => h.by)).toEqual([null, '事務局']);
    backend.close();
    const { recorded, known } = recordedMigrations(dbPath);
    expect(recorded).toEqual(known);
  });
});

describe('CLI commands that open the file without the backend', () => {
  it('are throttled by the same count', async () => {
    const c = clock();
    const { backend, dbPath } = await setUp(c.now);
    backend.close();
    for (let i = 0; i < 3; i++)
      expect(() => openThrottled(dbPath, { passphrase: 'ちがう合言葉です' }, c.now)).toThrow(/パスフレーズが違います/);
    expect(() => openThrottled(dbPath, { passphrase: PASSPHRASE }, c.now)).toThrow(/一時的に止めています/);
    c.advance(2_000);
    openThrottled(dbPath, { passphrase: PASSPHRASE }, c.now).close();
    // The count started again, and the failed tries are still logged at the next unlock.
    const api = createApi(createBackend({ dbPath, now: c.now }));
    await api.call('session.unlock', { passphrase: PASSPHRASE });
    expect((await api.call('audit.list', { kind: 'unlock' })).entries.filter((e) => !e.ok)).toHaveLength(3);
  });
});
