// 回収状況 on a real encrypted file: returns.status before and after an agency's sheet comes back (and after a
// corrected re-send), the answer history with what changed, the reminder DOCX's text, and the CLI's
// `reports import` of a returned sheet.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../db/backend';
import { SCHOOL_CASES, schoolFile, withRequest } from './answers-helpers';
import { cli } from './cli-helpers';
import { b64, useTempDirs } from './db-helpers';

const tempDir = useTempDirs();
const open: Backend[] = [];
afterEach(() => {
  for (const b of open.splice(0)) b.close();
});

async function docxText(base64: string): Promise<string> {
  const zip = await JSZip.loadAsync(Buffer.from(base64, 'base64'));
  const xml = await zip.file('word/document.xml')!.async('string');
  const header = await Promise.all(
    Object.keys(zip.files)
      .filter((n) => /^word\/header\d*\.xml$/.test(n))
      .map((n) => zip.file(n)!.async('string')),
  );
  const text = (x: string) => [...x.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
  return [text(xml), ...header.map(text)].join('\n');
}

describe('returns.*', { timeout: 180_000 }, () => {
  it('counts answered cases per agency, marks the late, keeps the re-sends and lists who to remind', async () => {
    const t = await withRequest(tempDir(), open);
    const { api, request, setNow } = t;
    const before = await api.call('returns.status', { meetingId: null });
    expect(before.today).toBe('2026-12-01');
    expect(before.requests).toHaveLength(1);
    expect(before.requests[0]).toMatchObject({
      requestId: request.id,
      dueDate: '2026-12-10',
      overdue: false,
      waiting: 2,
    });
    expect(before.requests[0]!.agencies.map((a) => [a.agency, a.state, a.asked, a.answered])).toEqual([
      ['架空市立第一小学校', '未回答', 3, 0],
      ['架空保育所', '未回答', 1, 0],
    ]);
    expect(before.requests[0]!.agencies[1]!.unanswered).toEqual([{ caseNo: 'R7-0004', caseLabel: 'R7-0004 K.H.' }]);

    setNow('2026-12-03T02:00:00.000Z');
    await api.call('reports.import', { fileName: '第一小_回答.xlsx', dataBase64: b64(await schoolFile(request)) });
    setNow('2026-12-04T02:00:00.000Z');
    const cases = SCHOOL_CASES.map((c) =>
      c.caseNo === 'R7-0001' ? { ...c, answers: { ...c.answers, 安全スケール: 4 } } : c,
    );
    await api.call('reports.import', { fileName: '訂正.xlsx', dataBase64: b64(await schoolFile(request, { cases })) });

    setNow('2026-12-11T02:00:00.000Z');
    const after = (await api.call('returns.status', { meetingId: null })).requests[0]!;
    expect(after).toMatchObject({ overdue: true, waiting: 2 });
    expect(after.agencies[0]).toMatchObject({
      agency: '架空市立第一小学校',
      state: '一部回答',
      answered: 2,
      overdue: true,
      lastImportedAt: '2026-12-04T02:00:00.000Z',
      resends: 1,
      unanswered: [{ caseNo: 'R7-0003', caseLabel: 'R7-0003 K.H.' }],
    });
    expect(after.agencies[1]).toMatchObject({ state: '未回答', overdue: true, resends: 0, lastImportedAt: null });
    // Another meeting's requests are not these.
    expect((await api.call('returns.status', { meetingId: 1 })).requests).toEqual([]);

    const { entries } = await api.call('returns.history', {
      requestId: request.id,
      agency: '架空市立第一小学校',
      caseNo: 'R7-0001',
    });
    expect(entries.map((e) => [e.fileName, e.replacedAt, e.changed])).toEqual([
      ['第一小_回答.xlsx', '2026-12-04T02:00:00.000Z', []],
      ['訂正.xlsx', null, ['安全スケール']],
    ]);
    expect(entries[0]).toMatchObject({
      caseLabel: 'R7-0001 K.H.',
      answeredItems: 4,
      importedAt: '2026-12-03T02:00:00.000Z',
    });
    const all = await api.call('returns.history', { requestId: request.id, agency: '架空市立第一小学校' });
    expect(all.entries.map((e) => e.caseNo)).toEqual(['R7-0001', 'R7-0002', 'R7-0001']);
    await expect(api.call('returns.history', { requestId: 99, agency: 'x' })).rejects.toMatchObject({
      code: 'not_found',
    });

    const file = await api.call('returns.reminder', { requestId: request.id });
    expect(file.fileName).toBe(`督促一覧_依頼${request.id}_2026-12-11.docx`);
    const text = await docxText(file.dataBase64);
    expect(text).toContain('回答のお願い（督促）一覧');
    expect(text).toContain('取扱注意');
    expect(text).toContain('（期限超過）');
    expect(text).toContain('架空市立第一小学校　一部回答（回答 2／依頼 3件・最終受信');
    expect(text).toContain('R7-0003架空　R7-0003');
    expect(text).toContain('架空保育所　未回答（回答 0／依頼 1件・受信なし）');
    expect(text).toContain('R7-0004架空　R7-0004');
    expect(text).not.toContain('R7-0001');
    t.backend.close();

    // The CLI's reports import prints the answers part in Japanese.
    const again = join(tempDir(), '第一小_再送.xlsx');
    const third = SCHOOL_CASES.map((c) => (c.caseNo === 'R7-0003' ? { ...c, answers: { 外傷: 'いいえ' } } : c));
    writeFileSync(again, await schoolFile(request, { cases: third }));
    const run = await cli(['reports', 'import', again, '--db', t.dbPath]);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stdout).toContain(
      `アセスメントシートの回答（依頼番号${request.id}・架空市立第一小学校）を取り込みました`,
    );
    expect(run.stdout).toContain('新規 1 件、差し替え 1 件、変更なし 1 件');
    expect(run.stdout).toContain('- R7-0001: 差し替え（変わった項目：安全スケール）');
    expect(run.stdout).toContain('- R7-0003: 新規');
    expect(run.stdout).toContain('× シート「アセスメントシート」12行目（登録番号 R7-0009）: この機関への依頼');
  });
});
