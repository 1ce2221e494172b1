// Re-importing an older copy of the council's workbook after the app changed a case: the preview lists
// every field change, shows apart those that would undo a newer value (a meeting's write-back, a hand
// edit, an import of a newer file), keeps the app's value unless the user chose the file's, and writes
// history rows that name the file. Real encrypted SQLite through the backend.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../db/backend';
import { createApi } from '../../shared/api-client';
import type { Api } from '../../shared/contract';
import { EMPTY_DECISION } from '../../shared/meeting/decision';
import { ledgerRows, makeXlsx, PASSPHRASE, useTempDirs } from './db-helpers';
import { fakeMeeting } from './meeting-helpers';

const tempDir = useTempDirs();

async function importFile(
  api: Api,
  fileName: string,
  bytes: Buffer,
  overwriteNewer?: { caseNo: string; field: string }[] | 'all',
) {
  const preview = await api.call('ledger.importPreview', { fileName, dataBase64: bytes.toString('base64') });
  const report = await api.call('ledger.importCommit', {
    token: preview.token,
    ...(overwriteNewer ? { overwriteNewer } : {}),
  });
  return { preview: preview.report, report };
}

/** Meeting #id decides S-1: 重度 and a new policy; the decisions are written back into the ledger. */
async function writeBackMeeting(api: Api): Promise<number> {
  const meeting = await api.call('meetings.create', {
    meeting: fakeMeeting({ date: '2026-04-10', title: '第3回実務者会議（架空）' }),
  });
  await api.call('agenda.suggest', { meetingId: meeting.id, allActive: true });
  await api.call('live.command', { meetingId: meeting.id, command: { type: 'start' } });
  await api.call('decisions.save', {
    meetingId: meeting.id,
    caseNo: 'S-1',
    state: 'recorded',
    decision: { ...EMPTY_DECISION, riskLevel: '重度', policy: '週1回の家庭訪問（会議で決定）' },
  });
  await api.call('live.command', { meetingId: meeting.id, command: { type: 'end' } });
  await api.call('writeback.apply', { meetingId: meeting.id, excludeCaseNos: [], resolutions: [] });
  return meeting.id;
}

describe('re-importing an older workbook', () => {
  it('lists every field change, keeps newer values by default, and overwrites only what the user chose', async () => {
    const backend = createBackend({
      dbPath: join(tempDir(), 'tsunagu.db'),
      now: () => new Date('2026-04-12T01:00:00Z'),
    });
    const api = createApi(backend);
    await api.call('session.setup', { passphrase: PASSPHRASE });
    const council = await makeXlsx([{ name: '台帳', rows: ledgerRows(5) }]);
    await importFile(api, '台帳_4月.xlsx', council);

    const meetingId = await writeBackMeeting(api);
    await api.call('ledger.update', { caseNo: 'S-2', changes: { policy: '手で直した方針' } });
    const newer = ledgerRows(5, (i) => (i === 3 ? '新しいファイルの方針' : `見守り継続${i}`));
    await importFile(api, '台帳_5月.xlsx', await makeXlsx([{ name: '台帳', rows: newer }]));

    // The April file again, with one genuinely new value (S-5's policy changed in Excel).
    const april = ledgerRows(5, (i) => (i === 5 ? '学校と連携して見守り' : `見守り継続${i}`));
    const { preview, report } = await importFile(
      api,
      '台帳_4月（再）.xlsx',
      await makeXlsx([{ name: '台帳', rows: april }]),
      [{ caseNo: 'S-2', field: 'policy' }],
    );

    const meetingDetail = expect.stringMatching(new RegExp(`^会議#${meetingId} `));
    expect(preview.updates).toEqual([
      {
        caseNo: 'S-1',
        changes: [
          {
            field: 'riskLevel',
            from: '重度',
            to: '軽度',
            kept: true,
            undoes: { source: 'meeting', at: expect.any(String), by: '事務局', detail: meetingDetail },
          },
          {
            field: 'policy',
            from: '週1回の家庭訪問（会議で決定）',
            to: '見守り継続1',
            kept: true,
            undoes: { source: 'meeting', at: expect.any(String), by: '事務局', detail: meetingDetail },
          },
        ],
      },
      {
        caseNo: 'S-2',
        changes: [
          {
            field: 'policy',
            from: '手で直した方針',
            to: '見守り継続2',
            kept: true,
            undoes: { source: 'edit', at: expect.any(String), by: '事務局', detail: null },
          },
        ],
      },
      {
        caseNo: 'S-3',
        changes: [
          {
            field: 'policy',
            from: '新しいファイルの方針',
            to: '見守り継続3',
            kept: true,
            undoes: { source: 'import', at: expect.any(String), by: '事務局', detail: '台帳_5月.xlsx' },
          },
        ],
      },
      {
        caseNo: 'S-5',
        changes: [{ field: 'policy', from: '見守り継続5', to: '学校と連携して見守り', kept: false, undoes: null }],
      },
    ]);
    // The old preview said only 「更新 5 件」; now nothing of S-1..S-3 would be written by default.
    expect(preview).toMatchObject({ updated: 1, keptNewer: 4, unchanged: 1 });

    // The user chose the file's value for S-2's policy only.
    expect(report).toMatchObject({ updated: 2, keptNewer: 3 });
    const get = async (caseNo: string) => api.call('ledger.get', { caseNo });
    expect((await get('S-1')).case).toMatchObject({ riskLevel: '重度', policy: '週1回の家庭訪問（会議で決定）' });
    expect((await get('S-2')).case.policy).toBe('見守り継続2');
    expect((await get('S-3')).case.policy).toBe('新しいファイルの方針');
    expect((await get('S-5')).case.policy).toBe('学校と連携して見守り');
    expect((await get('S-2')).history.at(-1)).toMatchObject({
      source: 'import',
      field: 'policy',
      detail: '台帳_4月（再）.xlsx',
    });
    expect((await get('S-1')).history.some((h) => h.detail === '台帳_4月（再）.xlsx')).toBe(false);

    // Importing the same old file again: still kept, nothing written; 'all' overwrites the rest.
    const again = await importFile(api, '台帳_4月（再）.xlsx', await makeXlsx([{ name: '台帳', rows: april }]), 'all');
    expect(again.preview).toMatchObject({ updated: 0, keptNewer: 3 });
    expect(again.report).toMatchObject({ updated: 2, keptNewer: 0 });
    expect((await get('S-1')).case).toMatchObject({ riskLevel: '軽度', policy: '見守り継続1' });
    backend.close();
  });

  it('re-importing the same file name after correcting it in Excel is an ordinary update', async () => {
    const backend = createBackend({ dbPath: join(tempDir(), 'tsunagu.db') });
    const api = createApi(backend);
    await api.call('session.setup', { passphrase: PASSPHRASE });
    await importFile(api, '台帳.xlsx', await makeXlsx([{ name: '台帳', rows: ledgerRows(2) }]));
    const fixed = await importFile(
      api,
      '台帳.xlsx',
      await makeXlsx([{ name: '台帳', rows: ledgerRows(2, (i) => `訂正${i}`) }]),
    );
    expect(fixed.report).toMatchObject({ updated: 2, keptNewer: 0 });
    const back = await importFile(api, '台帳.xlsx', await makeXlsx([{ name: '台帳', rows: ledgerRows(2) }]));
    expect(back.report).toMatchObject({ updated: 2, keptNewer: 0 });
    expect(back.report.updates[0]!.changes[0]).toMatchObject({ field: 'policy', undoes: null, kept: false });
    backend.close();
  });
});
