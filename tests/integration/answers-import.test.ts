// A returned assessment sheet imported through reports.import on a real encrypted file: the dry run writes
// nothing, the commit stores each case's answer, a corrected re-send replaces an answer (the old one kept as
// history), the same file again changes nothing, and a file of an agency not asked or an unknown request is
// refused with a Japanese message.
import officeCrypto from 'officecrypto-tool';
import { afterEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../db/backend';
import { SCHOOL_CASES, schoolFile, storedAnswers, withRequest } from './answers-helpers';
import { b64, useTempDirs } from './db-helpers';

const tempDir = useTempDirs();
const open: Backend[] = [];
afterEach(() => {
  for (const b of open.splice(0)) b.close();
});

describe('reports.import of a returned assessment sheet', { timeout: 120_000 }, () => {
  it('dry run writes nothing; the commit stores; a re-send replaces with history; the same file again is unchanged', async () => {
    const { api, dbPath, events, request } = await withRequest(tempDir(), open);
    const dataBase64 = b64(await schoolFile(request));
    const input = { fileName: '第一小_回答.xlsx', dataBase64 };

    const dry = await api.call('reports.import', { ...input, dryRun: true });
    expect(dry.answers).toMatchObject({
      requestId: request.id,
      agency: '架空市立第一小学校',
      imported: 2,
      replaced: 0,
    });
    expect(dry.answers?.cases.map((c) => [c.caseLabel, c.status])).toEqual([
      ['R7-0001 K.H.', 'new'],
      ['R7-0002 K.H.', 'new'],
    ]);
    expect(dry.rejected).toEqual([
      {
        sheet: 'アセスメントシート',
        row: 12,
        caseNo: 'R7-0009',
        reason: `この機関への依頼（依頼番号${request.id}）にないケースです`,
      },
    ]);
    const messages = dry.warnings.map((w) => w.message);
    expect(messages).toContain('列「備考」は回答と一緒に保存します');
    expect(messages.some((m) => m.includes('「たぶん」'))).toBe(true);
    expect(dry.warnings).toContainEqual(
      expect.objectContaining({ row: 11, caseNo: 'R7-0003', message: expect.stringContaining('記入がありません') }),
    );
    expect(events.some((e) => e.name === 'assessments.changed')).toBe(false);
    const peek = () => storedAnswers(dbPath, request.id);
    expect(peek()).toEqual([]);

    const first = await api.call('reports.import', input);
    expect(first.imported).toBe(2);
    expect(events).toContainEqual({ name: 'assessments.changed', payload: { meetingId: null } });
    const stored = peek();
    expect(stored).toHaveLength(2);
    expect(stored[0]).toMatchObject({
      caseNo: 'R7-0001',
      agency: '架空市立第一小学校',
      fileName: '第一小_回答.xlsx',
      answers: { 'attendance-days': 3, 'attendance-injury': 'はい', 'safety-scale': 6 },
      unread: { 'child-home': 'たぶん' },
      extra: [{ header: '備考', value: '兄も在籍' }],
      filledOn: '2026-12-05',
      filledBy: '担任A',
      replacedAt: null,
    });

    const again = await api.call('reports.import', input);
    expect(again.answers).toMatchObject({ imported: 0, replaced: 0, unchanged: 2 });
    expect(peek()).toHaveLength(2);

    // The corrected re-send: one answer changed (たぶん → はい), saved with a password as the wizard allows.
    const cases = SCHOOL_CASES.map((c) =>
      c.caseNo === 'R7-0001' ? { ...c, answers: { ...c.answers, 家に帰りたがらない: 'はい' } } : c,
    );
    const locked = officeCrypto.encrypt(await schoolFile(request, { cases }), { password: 'ひみつ' });
    const resend = { fileName: '第一小_回答_訂正.xlsx', dataBase64: b64(locked) };
    await expect(api.call('reports.import', resend)).rejects.toMatchObject({ code: 'file_password_required' });
    const re = await api.call('reports.import', { ...resend, filePassword: 'ひみつ' });
    expect(re.answers).toMatchObject({ imported: 0, replaced: 1, unchanged: 1 });
    expect(re.answers?.cases[0]).toMatchObject({
      caseNo: 'R7-0001',
      status: 'replaced',
      changed: ['家に帰りたがらない'],
    });
    const history = peek().filter((a) => a.caseNo === 'R7-0001');
    expect(history.map((a) => [a.fileName, a.replacedAt !== null])).toEqual([
      ['第一小_回答.xlsx', true],
      ['第一小_回答_訂正.xlsx', false],
    ]);
    expect(history[1]!.answers['child-home']).toBe('はい');
    expect(history[1]!.unread).toEqual({});
  });

  it('refuses the file of an agency not asked, and of a request not in this database', async () => {
    const { api, request } = await withRequest(tempDir(), open);
    const other = b64(await schoolFile(request, { agency: '架空中学校' }));
    await expect(
      api.call('reports.import', { fileName: 'x.xlsx', dataBase64: other, dryRun: true }),
    ).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringContaining('依頼先にない機関のファイルです（機関名「架空中学校」）'),
    });
    const unknown = b64(await schoolFile(request, { requestId: 999 }));
    await expect(
      api.call('reports.import', { fileName: 'y.xlsx', dataBase64: unknown, dryRun: true }),
    ).rejects.toMatchObject({
      code: 'not_found',
      message: expect.stringContaining('依頼番号999の依頼はこのデータベースにありません'),
    });
  });
});
