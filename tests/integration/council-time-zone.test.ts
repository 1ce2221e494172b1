// The backend under the machine zones it really meets (a host in UTC, a laptop set to Los Angeles) writes
// the council's times: a meeting held 10:12〜10:17 in Japan reads 10:12〜10:17 in the minutes, and the
// write-back backup is named on the Japanese clock. Each run is the CLI in a child process with its own TZ.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { EMPTY_DECISION } from '../../shared/meeting/decision';
import { fileStampInZone } from '../../shared/time/zone';
import { cli } from './cli-helpers';
import { useTempDirs } from './db-helpers';
import { fakeCase, fakeMeeting, meetingBackend } from './meeting-helpers';

const tempDir = useTempDirs();

/** Held on 2026-12-01 from 10:12 to 10:17 Japan time (01:12〜01:17 UTC). */
async function heldInJapan(dir: string): Promise<{ dbPath: string; meetingId: number }> {
  const t = await meetingBackend(dir, '2026-12-01T01:00:00.000Z');
  const { api } = t;
  await api.call('ledger.create', { case: fakeCase('T-1', { riskLevel: '重度' }) });
  const meeting = await api.call('meetings.create', {
    meeting: fakeMeeting({ date: '2026-12-01', startTime: '10:00' }),
  });
  await api.call('agenda.suggest', { meetingId: meeting.id });
  t.setNow('2026-12-01T01:12:00.000Z');
  await api.call('live.command', { meetingId: meeting.id, command: { type: 'start' } });
  await api.call('decisions.save', {
    meetingId: meeting.id,
    caseNo: 'T-1',
    state: 'recorded',
    decision: { ...EMPTY_DECISION, policy: '月2回の家庭訪問' },
  });
  t.setNow('2026-12-01T01:17:00.000Z');
  await api.call('live.command', { meetingId: meeting.id, command: { type: 'end' } });
  t.backend.close();
  return { dbPath: t.dbPath, meetingId: meeting.id };
}

async function docxText(path: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const xml = await zip.file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

describe('the council time zone, whatever the machine zone', { timeout: 240_000 }, () => {
  for (const machineZone of ['UTC', 'America/Los_Angeles']) {
    it(`TZ=${machineZone}: minutes say 10:12〜10:17 and the backup is named on the Japanese clock`, async () => {
      const dir = tempDir();
      const { dbPath, meetingId } = await heldInJapan(dir);
      const out = join(dir, '議事録.docx');
      const minutes = await cli(['minutes', '--db', dbPath, '--meeting', String(meetingId), '--out', out], {
        TZ: machineZone,
      });
      expect(minutes.stderr).toBe('');
      expect(minutes.code).toBe(0);
      expect(await docxText(out)).toContain('令和8年12月1日　10:12〜10:17');

      const before = new Date();
      const writeback = await cli(['writeback', '--db', dbPath, '--meeting', String(meetingId)], { TZ: machineZone });
      const after = new Date();
      expect(writeback.code).toBe(0);
      const [backup] = readdirSync(join(dirname(dbPath), 'backups'));
      // Day and hour of the Japanese clock at the time of the run (to the minute either side of it).
      const stamp = /_(\d{8}-\d{4})\d{2}-\d{3}\.db$/.exec(backup ?? '')?.[1];
      expect([before, after].map((d) => fileStampInZone(d, 'Asia/Tokyo').slice(0, 13))).toContain(stamp);
    });
  }
});
