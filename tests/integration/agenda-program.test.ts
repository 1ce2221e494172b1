// The 次第 stored with a meeting: laid out from the kind's template, changed atomically, refused once the
// meeting ended, and a meeting made before migration 010 opening with its cases in today's order.
import JSZip from 'jszip';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../db/backend';
import { migrate } from '../../db/migrate';
import { MIGRATIONS } from '../../db/migrations/index';
import { openDatabase } from '../../db/open';
import { createApi } from '../../shared/api-client';
import { AppError } from '../../shared/contract';
import { entryKey, type ProgramEntry } from '../../shared/meeting/program';
import { DEFAULT_PROGRAM_TEMPLATES } from '../../shared/meeting/program-templates';
import { EMPTY_SCOPE } from '../../shared/meeting/types';
import { PASSPHRASE, useTempDirs } from './db-helpers';
import { fakeCase, fakeMeeting, meetingBackend, recordedMigrations, type TestBackend } from './meeting-helpers';

const tempDir = useTempDirs();
const open: Backend[] = [];
afterEach(() => {
  for (const b of open.splice(0)) b.close();
});

async function start(): Promise<TestBackend> {
  const t = await meetingBackend(tempDir());
  open.push(t.backend);
  return t;
}

const keys = (program: ProgramEntry[]) => program.map(entryKey);
const titles = (program: ProgramEntry[]) => program.map((e) => ('block' in e ? e.block : e.title));
const training = {
  kind: '研修',
  title: '実務研修（ロールプレイ）',
  presenter: '児童相談所',
  minutes: 60,
  notes: null,
} as const;

describe('agenda.* on the 次第', () => {
  it('lays out a new meeting from its kind’s template, before any case is suggested', async () => {
    const { api } = await start();
    const rep = await api.call('meetings.create', {
      meeting: fakeMeeting({ kind: '代表者会議', title: '代表者会議' }),
    });
    const agenda = await api.call('agenda.get', { meetingId: rep.id });
    expect(agenda.suggested).toBe(false);
    // No case blocks in its template: they come at the end, empty until cases are added anyway.
    expect(titles(agenda.program)).toEqual(['開会', '前年度実績', '協議事項', '連絡事項', '閉会', 'quick', 'deep']);
  });

  it('adds, edits, moves and removes items, each change stored and announced', async () => {
    const { api, events } = await start();
    const m = await api.call('meetings.create', { meeting: fakeMeeting() });
    let agenda = await api.call('agenda.addEntry', { meetingId: m.id, item: training, index: 3 });
    expect(keys(agenda.program)).toEqual(['i1', 'i2', 'i3', 'i7', 'block:quick', 'block:deep', 'i4', 'i5', 'i6']);
    expect(events.filter((e) => e.name === 'agenda.changed')).toHaveLength(1);
    agenda = await api.call('agenda.moveEntry', { meetingId: m.id, key: 'block:deep', index: 3 });
    expect(keys(agenda.program).slice(3, 6)).toEqual(['block:deep', 'i7', 'block:quick']);
    agenda = await api.call('agenda.updateEntry', {
      meetingId: m.id,
      id: 'i7',
      changes: { minutes: 45, presenter: '  ', record: '事例をもとに役割分担を確認した。' },
    });
    expect(agenda.program[4]).toMatchObject({
      minutes: 45,
      presenter: null,
      record: '事例をもとに役割分担を確認した。',
    });
    agenda = await api.call('agenda.removeEntry', { meetingId: m.id, id: 'i4' });
    expect(titles(agenda.program)).not.toContain('実務研修');
    // The template edit that follows does not change a meeting whose 次第 is stored.
    await api.call('agenda.saveProgramTemplate', { kind: '実務者会議', template: [{ block: 'quick' }] });
    expect((await api.call('agenda.get', { meetingId: m.id })).program).toEqual(agenda.program);
  });

  it('refuses a block removal, an unknown id, an invalid item and a change after the meeting ended', async () => {
    const { api } = await start();
    const m = await api.call('meetings.create', { meeting: fakeMeeting() });
    const refusal = async (p: Promise<unknown>) => {
      const err = await p.then(
        () => null,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(AppError);
      return (err as AppError).message;
    };
    expect(await refusal(api.call('agenda.removeEntry', { meetingId: m.id, id: 'block:quick' }))).toContain(
      '削除できません',
    );
    expect(await refusal(api.call('agenda.updateEntry', { meetingId: m.id, id: 'i99', changes: {} }))).toContain(
      '次第にありません',
    );
    await refusal(api.call('agenda.addEntry', { meetingId: m.id, item: { ...training, title: ' ' } }));
    await api.call('live.command', { meetingId: m.id, command: { type: 'start' } });
    await api.call('live.command', { meetingId: m.id, command: { type: 'end' } });
    expect(await refusal(api.call('agenda.addEntry', { meetingId: m.id, item: training }))).toContain('終了');
    expect(titles((await api.call('agenda.get', { meetingId: m.id })).program)).not.toContain(training.title);
  });

  it('keeps templates per kind, the defaults for the kinds never saved, and refuses a block twice', async () => {
    const { api } = await start();
    const saved = await api.call('agenda.saveProgramTemplate', {
      kind: '代表者会議',
      template: [{ kind: '報告', title: '前年度実績', presenter: '事務局', minutes: 20, notes: null }],
    });
    expect(saved.実務者会議).toEqual(DEFAULT_PROGRAM_TEMPLATES.実務者会議);
    expect((await api.call('agenda.programTemplates', {})).代表者会議).toHaveLength(1);
    const m = await api.call('meetings.create', { meeting: fakeMeeting({ kind: '代表者会議' }) });
    expect((await api.call('agenda.get', { meetingId: m.id })).program).toEqual([
      { id: 'i1', kind: '報告', title: '前年度実績', presenter: '事務局', minutes: 20, notes: null, record: null },
      { block: 'quick' },
      { block: 'deep' },
    ]);
    await expect(
      api.call('agenda.saveProgramTemplate', { kind: '実務者会議', template: [{ block: 'deep' }, { block: 'deep' }] }),
    ).rejects.toThrow();
  });
});

describe('the 次第 on the handout', () => {
  it('lists every entry with its start time first, cases counted in their blocks, in the print view and the DOCX', async () => {
    const { api } = await start();
    await api.call('ledger.create', { case: fakeCase('K-01') });
    const m = await api.call('meetings.create', {
      meeting: fakeMeeting({ startTime: '13:30', scope: { ...EMPTY_SCOPE, caseNos: ['K-01'] } }),
    });
    await api.call('agenda.suggest', { meetingId: m.id, allActive: true });
    await api.call('agenda.addEntry', { meetingId: m.id, item: training, index: 5 });
    const model = await api.call('handout.model', { meetingId: m.id, masked: true, copies: 1 });
    expect(model.program).toEqual([
      ['13:30', '開会', '開会', '', '2分'],
      ['13:32', '報告', '前回の振り返り', '', '5分'],
      ['13:37', '報告', '新規ケース', '', '10分'],
      ['13:47', 'ケース', '進行管理（確認）（1件）', '', '1分'],
      ['13:48', 'ケース', '進行管理（協議）（0件）', '', '0分'],
      ['13:48', '研修', '実務研修（ロールプレイ）', '児童相談所', '60分'],
      ['14:48', '研修', '実務研修', '', '30分'],
      ['15:18', '連絡', '連絡事項', '', '5分'],
      ['15:23', '閉会', '閉会', '', '2分'],
    ]);
    const file = await api.call('handout.export', { meetingId: m.id, masked: true, copies: 1 });
    const zip = await JSZip.loadAsync(Buffer.from(file.dataBase64, 'base64'));
    const document = (await zip.file('word/document.xml')?.async('string')) ?? '';
    const text = document.replace(/<[^>]+>/g, '');
    // The 次第 comes before the cases' tables, on the first page.
    expect(text.indexOf('実務研修（ロールプレイ）')).toBeGreaterThan(0);
    expect(text.indexOf('13:48')).toBeLessThan(text.indexOf('会議次第'));
  });
});

describe('migration 010 (agenda-program)', () => {
  it('gives a meeting made before it the two case blocks, in today’s order, with no extra time', async () => {
    const dir = tempDir();
    const dbPath = `${dir}/tsunagu.db`;
    const db = openDatabase(dbPath, { passphrase: PASSPHRASE, create: true });
    migrate(db, undefined, MIGRATIONS.slice(0, 9));
    db.prepare(
      'INSERT INTO meetings (kind, subcommittee, date, data, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
    ).run(
      '実務者会議',
      null,
      '2025-06-10',
      JSON.stringify(fakeMeeting()),
      '2025-05-01T00:00:00.000Z',
      '2025-05-01T00:00:00.000Z',
    );
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'agenda_programs'").pluck().get()).toBe(0);
    db.close();

    const backend = createBackend({ dbPath });
    open.push(backend);
    const api = createApi(backend);
    await api.call('session.unlock', { passphrase: PASSPHRASE });
    const agenda = await api.call('agenda.get', { meetingId: 1 });
    expect(agenda.program).toEqual([{ block: 'quick' }, { block: 'deep' }]);
    // A meeting created after the upgrade gets the template instead.
    const fresh = await api.call('meetings.create', { meeting: fakeMeeting() });
    expect((await api.call('agenda.get', { meetingId: fresh.id })).program).toHaveLength(
      DEFAULT_PROGRAM_TEMPLATES.実務者会議.length,
    );
    backend.close();
    const { recorded, known } = recordedMigrations(dbPath);
    expect(recorded).toEqual(known);
  });
});
