// casesheets.* on a real encrypted file: requests and answers seeded through the repository (as an imported
// workbook leaves them), then the list, the merged sheet (masked and not), and the 聞き取り rules.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../db/backend';
import { openDatabase } from '../../db/open';
import { createStore } from '../../db/repos/store';
import { createApi } from '../../shared/api-client';
import { DEFAULT_ASSESSMENT_ITEMS } from '../../shared/assessment/sheet';
import type { AnswerData } from '../../shared/assessment/types';
import { EMPTY_SCOPE } from '../../shared/meeting/types';
import { PASSPHRASE, useTempDirs } from './db-helpers';
import { fakeCase, fakeMeeting, meetingBackend } from './meeting-helpers';

const tempDir = useTempDirs();

const data = (over: Partial<AnswerData> = {}): AnswerData => ({
  answers: {},
  unread: {},
  extra: [],
  filledOn: null,
  filledBy: null,
  ...over,
});

/** A meeting with two cases, one on the agenda; a request to three agencies; two answered; then reopened. */
async function seededMeeting(dir: string) {
  const t = await meetingBackend(dir, '2026-12-01T01:00:00.000Z');
  await t.api.call('ledger.create', { case: fakeCase('R7-0002', { name: '架空 次郎', kana: 'かくう じろう' }) });
  await t.api.call('ledger.create', { case: fakeCase('R7-0001', { name: '架空 花子', kana: 'かくう はなこ' }) });
  const m = await t.api.call('meetings.create', {
    meeting: fakeMeeting({ date: '2026-12-10', scope: { ...EMPTY_SCOPE, caseNos: ['R7-0001'] } }),
  });
  await t.api.call('agenda.suggest', { meetingId: m.id, allActive: true });
  t.backend.close();

  const db = openDatabase(t.dbPath, { passphrase: PASSPHRASE });
  const store = createStore(db);
  const request = store.tx(() => {
    const r = store.assessments.createRequest(
      {
        meetingId: m.id,
        dueDate: '2026-12-05',
        agencies: [
          { agency: '第一小学校', caseNos: ['R7-0001', 'R7-0002'] },
          { agency: '保健センター', caseNos: ['R7-0001'] },
          { agency: 'ひまわり保育園', caseNos: ['R7-0001'] },
        ],
      },
      DEFAULT_ASSESSMENT_ITEMS,
      '2026-12-01T02:00:00.000Z',
      '事務局',
    );
    const save = (agency: string, caseNo: string, d: AnswerData) =>
      store.assessments.saveAnswer({ requestId: r.id, agency, caseNo }, d, `${agency}.xlsx`, 'T', '事務局');
    save(
      '第一小学校',
      'R7-0001',
      data({
        answers: { 'child-home': 'はい', 'safety-scale': 4, findings: '花子は朝食を食べていない様子' },
        extra: [{ header: '学校の備考', value: '兄の次郎も在籍' }],
        filledOn: '2026-12-04',
        filledBy: '担任',
      }),
    );
    save('保健センター', 'R7-0001', data({ answers: { 'child-home': 'いいえ', 'safety-scale': 6 } }));
    save('第一小学校', 'R7-0002', data({ answers: { 'safety-scale': 8 } }));
    store.assessments.saveQuestion(
      { meetingId: m.id, agency: '保健センター', caseNo: 'R7-0001', text: '母の通院状況' },
      'T',
      '事務局',
    );
    return r;
  });
  db.close();

  let now = new Date('2026-12-06T01:00:00.000Z');
  const backend = createBackend({ dbPath: t.dbPath, now: () => now });
  const events: unknown[] = [];
  backend.subscribe((e) => events.push(e));
  const api = createApi(backend);
  await api.call('session.unlock', { passphrase: PASSPHRASE });
  await api.call('settings.update', { operatorName: '事務局A' });
  return {
    api,
    backend,
    events,
    meetingId: m.id,
    requestId: request.id,
    setNow: (iso: string) => (now = new Date(iso)),
  };
}

describe('casesheets.*', () => {
  it('lists every case asked about, with its summary, masked label and agenda group', async () => {
    const { api, backend, meetingId } = await seededMeeting(tempDir());
    const { cases } = await api.call('casesheets.forMeeting', { meetingId });
    expect(cases.map((c) => [c.caseNo, c.label, c.group])).toEqual([
      ['R7-0001', 'R7-0001 K.H.', 'quick'],
      ['R7-0002', 'R7-0002 K.J.', null],
    ]);
    expect(cases[0]).toMatchObject({
      asked: 3,
      answered: 2,
      worries: 1,
      openHearings: 1,
      lowestScale: 4,
      notAnswered: ['ひまわり保育園'],
    });
    const named = await api.call('casesheets.forMeeting', { meetingId, masked: false });
    expect(named.cases[0]!.label).toBe('R7-0001 架空 花子');
    backend.close();
  });

  it('gives the merged sheet, scrubbing names in free text when masked', async () => {
    const { api, backend, meetingId } = await seededMeeting(tempDir());
    const masked = await api.call('casesheets.forCase', { meetingId, caseNo: 'R7-0001' });
    expect(masked.label).toBe('R7-0001 K.H.');
    expect(JSON.stringify(masked)).not.toContain('花子');
    expect(JSON.stringify(masked)).not.toContain('次郎');
    expect(masked.agencies[0]!.comments[0]!.text).toContain('朝食を食べていない様子');
    expect(masked.questions).toEqual([{ agency: '保健センター', texts: ['母の通院状況'] }]);
    const plain = await api.call('casesheets.forCase', { meetingId, caseNo: 'R7-0001', masked: false });
    expect(plain.agencies[0]!.comments[0]!.text).toBe('花子は朝食を食べていない様子');
    expect(plain.agencies[0]!.extra).toEqual([{ header: '学校の備考', value: '兄の次郎も在籍' }]);
    // A case no request asked about: an empty sheet (the console asks for every case on the agenda).
    const none = await api.call('casesheets.forCase', { meetingId, caseNo: 'R7-0009' });
    expect([none.agencies, none.groups, none.worries, none.questions]).toEqual([[], [], [], []]);
    backend.close();
  });

  it('records a 聞き取り only for a worry, 済 only with who and when, and tells the windows', async () => {
    const { api, backend, events, meetingId, requestId } = await seededMeeting(tempDir());
    const base = {
      requestId,
      caseNo: 'R7-0001',
      agency: '第一小学校',
      itemId: 'child-home',
      status: '済' as const,
      by: null,
      on: null,
      heard: null,
    };
    await expect(api.call('casesheets.setHearing', { ...base, agency: '保健センター' })).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringContaining('気がかり'),
    });
    await expect(api.call('casesheets.setHearing', base)).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringContaining('誰が・いつ'),
    });
    events.length = 0;
    const saved = await api.call('casesheets.setHearing', {
      ...base,
      by: '山本',
      on: '2026-12-06',
      heard: '祖母宅で朝食をとっていると確認',
    });
    expect(saved).toMatchObject({ status: '済', by: '山本', updatedBy: '事務局A' });
    expect(events).toContainEqual({ name: 'assessments.changed', payload: { meetingId } });
    const sheet = await api.call('casesheets.forCase', { meetingId, caseNo: 'R7-0001', masked: false });
    expect(sheet.worries).toMatchObject([{ status: '済', by: '山本', on: '2026-12-06' }]);
    expect(sheet.summary.openHearings).toBe(0);
    const log = await api.call('audit.list', {});
    const entry = log.entries.find((e) => e.summary.startsWith('聞き取りを記録'));
    expect(entry).toMatchObject({ target: 'R7-0001', summary: `聞き取りを記録（依頼#${requestId}、済）` });
    expect(JSON.stringify(entry)).not.toContain('祖母');
    backend.close();
  });
});

describe('the handout page per case', () => {
  it('has a page per case on the agenda with answers, names in free text scrubbed in the masked handout', async () => {
    const { api, backend, meetingId, requestId } = await seededMeeting(tempDir());
    await api.call('casesheets.setHearing', {
      requestId,
      caseNo: 'R7-0001',
      agency: '第一小学校',
      itemId: 'child-home',
      status: '済',
      by: '山本',
      on: '2026-12-06',
      heard: '花子は祖母宅で朝食をとっている',
    });
    const model = await api.call('handout.model', { meetingId, masked: true, copies: 1 });
    // R7-0002 was asked about and answered, but is not on the agenda: no page.
    expect(model.sheets.map((s) => [s.caseNo, s.label])).toEqual([['R7-0001', 'R7-0001 K.H.']]);
    const sheet = model.sheets[0]!;
    expect(sheet.agencies).toEqual(['第一小学校', '保健センター', 'ひまわり保育園']);
    expect(sheet.rows.find((r) => r.label === '家に帰りたがらない')?.cells).toEqual([
      'はい ⚑ 聞き取り済',
      'いいえ',
      '未回答',
    ]);
    expect(sheet.rows.find((r) => r.label === '安全スケール')?.cells).toEqual(['4', '6', '未回答']);
    expect(sheet.answered).toBe('回答 2／3機関（未回答：ひまわり保育園）');
    expect(sheet.hearings).toEqual([
      expect.stringMatching(
        /^✓ 第一小学校：家に帰りたがらない　聞き取り済（山本、.+）：〇〇は祖母宅で朝食をとっている$/,
      ),
    ]);

    const text = async (masked: boolean) => {
      const file = await api.call('handout.export', { meetingId, masked, copies: 1 });
      const zip = await JSZip.loadAsync(Buffer.from(file.dataBase64, 'base64'));
      const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
      return { xml, text: [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('') };
    };
    const masked = await text(true);
    expect(masked.text).toContain('アセスメントシートの集約　R7-0001 K.H.');
    expect(masked.text).toContain('朝食を食べていない様子');
    expect(masked.text).toContain('学校の備考');
    expect(masked.text).not.toContain('花子');
    expect(masked.xml).toMatch(/<w:pageBreakBefore\/>[\s\S]*アセスメントシートの集約/);
    const plain = await text(false);
    expect(plain.text).toContain('花子は朝食を食べていない様子');
    expect(plain.text).toContain('アセスメントシートの集約　R7-0001 架空 花子');
    backend.close();
  });
});
