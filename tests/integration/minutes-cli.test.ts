// `npm run tsunagu -- minutes …`: DOCX, XLSX and PDF (headless Chromium) from a real encrypted database, the
// export log, and the Japanese errors with exit code 2.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApi } from '../../shared/api-client';
import { createBackend } from '../../db/backend';
import { EMPTY_DECISION } from '../../shared/meeting/decision';
import { PASSPHRASE, useTempDirs } from './db-helpers';
import { cli } from './cli-helpers';
import { fakeCase, fakeMeeting, meetingBackend } from './meeting-helpers';

const tempDir = useTempDirs();
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** An ended meeting with one 協議 decision; returns the database path and the meeting's id. */
async function ended(dir: string): Promise<{ dbPath: string; meetingId: number }> {
  const t = await meetingBackend(dir, '2025-06-10T05:00:00.000Z');
  const { api } = t;
  await api.call('ledger.create', {
    case: fakeCase('C-1', { riskLevel: '重度', name: '川辺　一郎', kana: 'かわべ いちろう' }),
  });
  const meeting = await api.call('meetings.create', { meeting: fakeMeeting() });
  await api.call('agenda.suggest', { meetingId: meeting.id });
  await api.call('live.command', { meetingId: meeting.id, command: { type: 'start' } });
  await api.call('decisions.save', {
    meetingId: meeting.id,
    caseNo: 'C-1',
    state: 'recorded',
    decision: {
      ...EMPTY_DECISION,
      policy: '月2回の家庭訪問',
      roles: [{ agency: '小学校', task: '登校確認', due: null }],
    },
  });
  await api.call('live.command', { meetingId: meeting.id, command: { type: 'end' } });
  t.backend.close();
  return { dbPath: t.dbPath, meetingId: meeting.id };
}

describe('CLI: minutes', { timeout: 240_000 }, () => {
  it('writes DOCX and masked XLSX, logs both, and explains bad arguments (exit 2)', async () => {
    const dir = tempDir();
    const { dbPath, meetingId } = await ended(dir);
    const docx = join(dir, '議事録.docx');
    const a = await cli(['minutes', '--db', dbPath, '--meeting', String(meetingId), '--out', docx]);
    expect(a.stderr).not.toMatch(/エラー/);
    expect(a.code).toBe(0);
    expect(a.stdout).toContain('議事録を書き出しました');
    expect(readFileSync(docx).subarray(0, 2).toString()).toBe('PK');

    const xlsx = join(dir, 'm.xlsx');
    const b = await cli(['minutes', '--db', dbPath, '--meeting', String(meetingId), '--out', xlsx, '--masked']);
    expect(b.code).toBe(0);
    expect(readFileSync(xlsx).subarray(0, 2).toString()).toBe('PK');

    const wrongExt = await cli([
      'minutes',
      '--db',
      dbPath,
      '--meeting',
      String(meetingId),
      '--out',
      join(dir, 'm.txt'),
    ]);
    expect(wrongExt.code).toBe(2);
    expect(wrongExt.stderr).toContain('.docx / .xlsx / .pdf');
    const noMeeting = await cli(['minutes', '--db', dbPath, '--meeting', '999', '--out', join(dir, 'x.docx')]);
    expect(noMeeting.code).toBe(2);
    expect(noMeeting.stderr).toMatch(/^エラー: /m);

    const backend = createBackend({ dbPath });
    try {
      const api = createApi(backend);
      await api.call('session.unlock', { passphrase: PASSPHRASE });
      const { exports } = await api.call('minutes.exports', { meetingId });
      expect(exports.map((e) => [e.format, e.masked])).toEqual([
        ['xlsx', true],
        ['docx', false],
      ]);
    } finally {
      backend.close();
    }
  });

  it('prints a PDF with headless Chromium, and says so in Japanese when there is none', async () => {
    const dir = tempDir();
    const { dbPath, meetingId } = await ended(dir);
    const missing = await cli(
      ['minutes', '--db', dbPath, '--meeting', String(meetingId), '--out', join(dir, 'x.pdf')],
      { CHROMIUM_PATH: join(dir, 'no-chromium') },
    );
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Chromium が見つかりません');
    expect(existsSync(join(dir, 'x.pdf'))).toBe(false);

    if (!existsSync(CHROMIUM)) return; // the refusal above is all a machine without Chromium can check
    const pdf = join(dir, '議事録.pdf');
    const ok = await cli(['minutes', '--db', dbPath, '--meeting', String(meetingId), '--out', pdf, '--masked']);
    expect(ok.stderr).not.toMatch(/エラー/);
    expect(ok.code).toBe(0);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
