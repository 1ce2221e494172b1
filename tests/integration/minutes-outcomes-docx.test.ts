// The minutes' words for each outcome, read back from the Word file of a meeting run through the backend with
// its clock: confirmed on the 事務局案 (note under 事務局案), decided after discussion, discussed 3分50秒 without a
// decision, clicked past and not reached.
import JSZip from 'jszip';
import { afterEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../db/backend';
import { EMPTY_DECISION } from '../../shared/meeting/decision';
import { useTempDirs } from './db-helpers';
import { fakeCase, fakeMeeting, meetingBackend } from './meeting-helpers';

const tempDir = useTempDirs();
const open: Backend[] = [];
afterEach(() => {
  for (const b of open.splice(0)) b.close();
});

const T0 = Date.parse('2026-12-01T01:12:00.000Z');
const at = (seconds: number) => new Date(T0 + seconds * 1000).toISOString();
const NOTE = '保育園からの聞き取りでは変化なし。';

async function docxText(base64: string): Promise<string> {
  const zip = await JSZip.loadAsync(Buffer.from(base64, 'base64'));
  const xml = await zip.file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

describe('minutes outcomes in the Word file', () => {
  it('says what happened to each case', async () => {
    const t = await meetingBackend(tempDir(), at(-3600));
    open.push(t.backend);
    const { api } = t;
    for (const caseNo of ['O-1', 'O-2', 'O-3', 'O-4']) await api.call('ledger.create', { case: fakeCase(caseNo) });
    // The cases only: the 次第 items the 実務者会議 template adds (開会 …) run first otherwise, and take the time.
    await api.call('agenda.saveProgramTemplate', {
      kind: '実務者会議',
      template: [{ block: 'quick' }, { block: 'deep' }],
    });
    const { id: meetingId } = await api.call('meetings.create', { meeting: fakeMeeting({ date: '2026-12-01' }) });
    await api.call('agenda.suggest', { meetingId, allActive: true });
    await api.call('agenda.move', { meetingId, caseNo: 'O-1', group: 'quick', index: 0 });
    for (const [i, caseNo] of ['O-2', 'O-3', 'O-4'].entries())
      await api.call('agenda.move', { meetingId, caseNo, group: 'deep', index: i });
    await api.call('agenda.updateItem', {
      meetingId,
      caseNo: 'O-1',
      draft: { policy: '見守り継続', nextReview: '2027-03', leadAgency: null, note: NOTE },
    });

    t.setNow(at(0));
    await api.call('live.command', { meetingId, command: { type: 'start' } });
    t.setNow(at(30));
    await api.call('decisions.confirm', { meetingId, caseNos: ['O-1'] });
    await api.call('live.command', { meetingId, command: { type: 'next' } });
    t.setNow(at(630));
    await api.call('decisions.save', {
      meetingId,
      caseNo: 'O-2',
      state: 'recorded',
      decision: { ...EMPTY_DECISION, situation: '欠席が続く', policy: '週1回の家庭訪問' },
    });
    await api.call('live.command', { meetingId, command: { type: 'next' } });
    t.setNow(at(860));
    await api.call('decisions.save', {
      meetingId,
      caseNo: 'O-3',
      state: 'draft',
      decision: { ...EMPTY_DECISION, policy: 'まとまらなかった案' },
    });
    await api.call('live.command', { meetingId, command: { type: 'next' } });
    await api.call('live.command', { meetingId, command: { type: 'end' } });

    const file = await api.call('minutes.export', { meetingId, masked: false, format: 'docx' });
    const text = await docxText(file.dataBase64);
    expect(text).toContain('結果事務局案どおり確認（所要 30秒）');
    expect(text).toContain(`事務局案${NOTE}状況—`);
    expect(text).toContain('結果協議のうえ決定（所要 10分）');
    expect(text).toContain('結果取り上げたが決定に至らず（所要 3分50秒）');
    expect(text).toContain('取り上げたが決定に至らず（協議・所要 3分50秒）');
    expect(text).toContain('O-4 架空　O-4時間内に取り上げられなかった（協議）');
    expect(text).not.toContain('協議（協議）');
    expect(text).not.toContain('まとまらなかった案');
    expect(text).toContain('10:12〜10:26');
  });
});
