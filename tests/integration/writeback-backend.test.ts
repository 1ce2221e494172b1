// 台帳への反映 through the backend on a real encrypted file: preview, backup + one-transaction apply with
// history rows naming the meeting, applying again, conflicts with hand edits, leaving cases out, undo.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../db/backend';
import { openDatabase } from '../../db/open';
import { createApi } from '../../shared/api-client';
import { AppError } from '../../shared/contract';
import { containsText, PASSPHRASE, useTempDirs } from './db-helpers';
import { fakeMeeting, meetingBackend, olderDatabase, recordedMigrations, type TestBackend } from './meeting-helpers';
import { endedMeeting } from './writeback-helpers';

const tempDir = useTempDirs();
const open: Backend[] = [];
afterEach(() => {
  for (const b of open.splice(0)) b.close();
});

async function backend(): Promise<TestBackend> {
  const t = await meetingBackend(tempDir(), '2025-06-10T05:00:00.000Z');
  open.push(t.backend);
  return t;
}

/** Three decided cases: K-1 new policy and risk, K-2 closed with a new agency, K-3 a new next review. */
async function meeting(t: TestBackend): Promise<number> {
  const id = await endedMeeting(t.api, [
    { caseNo: 'K-1', decision: { policy: '週1回の家庭訪問', riskLevel: '中度' } },
    {
      caseNo: 'K-2',
      fields: { agencies: ['小学校'] },
      decision: {
        closure: { date: '2025-06-10', reason: '転出' },
        roles: [{ agency: '保育所', task: '引継ぎ', due: null }],
      },
    },
    { caseNo: 'K-3', decision: { nextReview: '2025-12' } },
  ]);
  t.setNow('2025-06-11T01:00:00.000Z');
  return id;
}

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}

describe('write-back', () => {
  it('previews, backs up, applies in one go with history rows, and applying again changes nothing', async () => {
    const t = await backend();
    const meetingId = await meeting(t);
    const preview = await t.api.call('writeback.preview', { meetingId });
    expect(preview.applications).toEqual([]);
    expect(
      preview.cases.map((c) => [c.caseNo, c.changes.map((x) => `${x.label}:${x.oldValue}→${x.newValue}`)]),
    ).toEqual([
      ['K-1', ['重症度:軽度→中度', '支援方針:見守り→週1回の家庭訪問']],
      ['K-2', ['関係機関:小学校→小学校、保育所', '状態:active→closed', '終結日:null→2025-06-10', '終結理由:null→転出']],
      ['K-3', ['次回確認時期:2025-06→2025-12']],
    ]);

    t.events.length = 0;
    const applied = await t.api.call('writeback.apply', { meetingId, excludeCaseNos: [], resolutions: [] });
    expect(applied.changed).toBe(7);
    expect(dirname(applied.backupPath!)).toBe(`${dirname(t.dbPath)}/backups`);
    const backupBytes = readFileSync(applied.backupPath!);
    expect(containsText(backupBytes, 'SQLite format 3')).toBe(false);
    expect(containsText(backupBytes, '見守り')).toBe(false);
    // The backup is the ledger as it was before, and opens with the passphrase.
    const bk = openDatabase(applied.backupPath!, { passphrase: PASSPHRASE });
    expect(JSON.parse(bk.prepare("SELECT data FROM cases WHERE case_no = 'K-1'").pluck().get() as string).policy).toBe(
      '見守り',
    );
    bk.close();
    expect(t.events).toContainEqual({ name: 'ledger.changed', payload: { caseNos: ['K-1', 'K-2', 'K-3'] } });

    const k2 = await t.api.call('ledger.get', { caseNo: 'K-2' });
    expect(k2.case).toMatchObject({
      status: 'closed',
      closedDate: '2025-06-10',
      closedReason: '転出',
      agencies: ['小学校', '保育所'],
    });
    const rows = k2.history.filter((h) => h.source === 'meeting');
    expect(rows.map((h) => h.field)).toEqual(['agencies', 'status', 'closedDate', 'closedReason']);
    expect(new Set(rows.map((h) => h.detail))).toEqual(new Set([`会議#${meetingId} 第3回実務者会議（架空）`]));
    expect(rows[0]!.at).toBe('2025-06-11T01:00:00.000Z');

    const again = await t.api.call('writeback.preview', { meetingId });
    expect(again.cases).toEqual([]);
    expect(again.applications).toHaveLength(1);
    expect(again.applications[0]).toMatchObject({
      id: applied.applicationId,
      appliedAt: '2025-06-11T01:00:00.000Z',
      by: '事務局',
      undoneAt: null,
      caseNos: ['K-1', 'K-2', 'K-3'],
    });
    expect(again.applications[0]!.changes).toHaveLength(7);
    const second = await t.api.call('writeback.apply', { meetingId, excludeCaseNos: [], resolutions: [] });
    expect(second).toEqual({ applicationId: null, changed: 0, backupPath: null });
    expect((await t.api.call('writeback.preview', { meetingId })).applications).toHaveLength(1);
    expect(
      (await t.api.call('ledger.get', { caseNo: 'K-1' })).history.filter((h) => h.source === 'meeting'),
    ).toHaveLength(2);
  });

  it('shows a hand edit made after the decision as a conflict and never overwrites it silently', async () => {
    const t = await backend();
    const meetingId = await meeting(t);
    await t.api.call('ledger.update', { caseNo: 'K-1', changes: { policy: '電話で確認（手で修正）' } });
    const preview = await t.api.call('writeback.preview', { meetingId });
    const k1 = preview.cases.find((c) => c.caseNo === 'K-1')!;
    expect(k1.conflicts).toEqual([
      { field: 'policy', label: '支援方針', ledgerValue: '電話で確認（手で修正）', meetingValue: '週1回の家庭訪問' },
    ]);
    expect(k1.changes.map((c) => c.field)).toEqual(['riskLevel']);

    const refused = await failure(t.api.call('writeback.apply', { meetingId, excludeCaseNos: [], resolutions: [] }));
    expect(refused.code).toBe('invalid_input');
    expect(refused.message).toContain('支援方針');
    expect((await t.api.call('ledger.get', { caseNo: 'K-3' })).case.nextReview).toBe('2025-06');
    expect(existsSync(`${dirname(t.dbPath)}/backups`)).toBe(false);

    await t.api.call('writeback.apply', {
      meetingId,
      excludeCaseNos: [],
      resolutions: [{ caseNo: 'K-1', field: 'policy', keep: 'ledger' }],
    });
    const kept = await t.api.call('ledger.get', { caseNo: 'K-1' });
    expect(kept.case).toMatchObject({ policy: '電話で確認（手で修正）', riskLevel: '中度' });
    expect((await t.api.call('writeback.preview', { meetingId })).cases).toEqual([]);
  });

  it('takes the meeting value when chosen, and leaves excluded cases for later', async () => {
    const t = await backend();
    const meetingId = await meeting(t);
    await t.api.call('ledger.update', { caseNo: 'K-1', changes: { policy: '手で修正' } });
    const result = await t.api.call('writeback.apply', {
      meetingId,
      excludeCaseNos: ['K-2'],
      resolutions: [{ caseNo: 'K-1', field: 'policy', keep: 'meeting' }],
    });
    expect(result.changed).toBe(3);
    const k1 = await t.api.call('ledger.get', { caseNo: 'K-1' });
    expect(k1.case.policy).toBe('週1回の家庭訪問');
    expect(k1.history.at(-1)).toMatchObject({
      source: 'meeting',
      field: 'policy',
      oldValue: '手で修正',
      newValue: '週1回の家庭訪問',
    });
    expect((await t.api.call('ledger.get', { caseNo: 'K-2' })).case.status).toBe('active');
    const later = await t.api.call('writeback.preview', { meetingId });
    expect(later.cases.map((c) => c.caseNo)).toEqual(['K-2']);
    expect(later.cases[0]!.conflicts).toEqual([]);
  });

  it('undoes exactly its changes where untouched since, reports the rest, and refuses a second undo', async () => {
    const t = await backend();
    const meetingId = await meeting(t);
    const applicationId = (await t.api.call('writeback.apply', { meetingId, excludeCaseNos: [], resolutions: [] }))
      .applicationId!;
    t.setNow('2025-06-12T01:00:00.000Z');
    await t.api.call('ledger.update', { caseNo: 'K-1', changes: { riskLevel: '重度' } });
    t.events.length = 0;
    const undone = await t.api.call('writeback.undo', { applicationId });
    expect(undone.reverted).toBe(6);
    expect(undone.skipped).toEqual([
      { caseNo: 'K-1', field: 'riskLevel', reason: '反映の後に変更されています（いまの値: 重度）' },
    ]);
    expect(t.events.some((e) => e.name === 'ledger.changed')).toBe(true);

    const k1 = await t.api.call('ledger.get', { caseNo: 'K-1' });
    expect(k1.case).toMatchObject({ policy: '見守り', riskLevel: '重度' });
    expect(k1.history.at(-1)).toMatchObject({
      source: 'meeting',
      field: 'policy',
      oldValue: '週1回の家庭訪問',
      newValue: '見守り',
      detail: `会議#${meetingId} 第3回実務者会議（架空）（反映の取り消し）`,
    });
    const k2 = await t.api.call('ledger.get', { caseNo: 'K-2' });
    expect(k2.case).toMatchObject({ status: 'active', closedDate: null, closedReason: null, agencies: ['小学校'] });

    const preview = await t.api.call('writeback.preview', { meetingId });
    expect(preview.applications[0]!.undoneAt).toBe('2025-06-12T01:00:00.000Z');
    // Undone, the decisions can be applied again; the hand edit of 重症度 after the decision is now a conflict.
    expect(preview.cases.map((c) => c.caseNo)).toEqual(['K-1', 'K-2', 'K-3']);
    expect(preview.cases[0]!.conflicts.map((c) => c.field)).toEqual(['riskLevel']);
    expect((await failure(t.api.call('writeback.undo', { applicationId }))).message).toContain(
      'すでに元に戻されています',
    );
    expect((await failure(t.api.call('writeback.undo', { applicationId: 999 }))).code).toBe('not_found');
  });

  it('keeps only finished backups: a copy left half-written by a killed write-back is removed', async () => {
    const t = await backend();
    const meetingId = await meeting(t);
    const folder = join(dirname(t.dbPath), 'backups');
    mkdirSync(folder);
    writeFileSync(join(folder, '.台帳への反映前_会議1_20250610-000000-000.db.tmp'), 'half written');
    const { backupPath } = await t.api.call('writeback.apply', { meetingId, excludeCaseNos: [], resolutions: [] });
    expect(readdirSync(folder)).toEqual([basename(backupPath!)]);
  });

  it('refuses a meeting that has not ended, and an unknown meeting', async () => {
    const t = await backend();
    const m = await t.api.call('meetings.create', { meeting: fakeMeeting() });
    const err = await failure(t.api.call('writeback.apply', { meetingId: m.id, excludeCaseNos: [], resolutions: [] }));
    expect(err.message).toContain('まだ終了していません');
    expect((await failure(t.api.call('writeback.preview', { meetingId: 999 }))).code).toBe('not_found');
  });

  it('upgrades a database made before write-back', async () => {
    const dir = tempDir();
    expect(olderDatabase(`${dir}/tsunagu.db`, 4, 'K-1', 'writeback_applications')).toBe(0);
    const b = createBackend({ dbPath: `${dir}/tsunagu.db` });
    open.push(b);
    await createApi(b).call('session.unlock', { passphrase: PASSPHRASE });
    const { recorded, known } = recordedMigrations(`${dir}/tsunagu.db`);
    expect(recorded).toEqual(known);
    expect(known.find((m) => m.version === 5)).toEqual({ version: 5, name: 'writeback' });
  });
});
