// The サポートプラン's Word file (plans.export → the file worker's 'plan' job → db/documents/plan-docx.ts) read
// back: the family's words, the supports and the consent with its signature lines are in word/document.xml,
// 取扱注意 is in the page header, and nothing of the case's internal record (重症度, 方針, 登録番号, the plan's
// internal label or 担当) is anywhere in the file. The handed-over version prints as handed over after a 見直し.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { EMPTY_PLAN_CONTENT } from '../../shared/plan/support-plan';
import { useTempDirs } from './db-helpers';
import { cli } from './cli-helpers';
import { fakeCase, meetingBackend } from './meeting-helpers';

const tempDir = useTempDirs();

async function xmlOf(base64: string): Promise<{ body: string; all: string }> {
  const zip = await JSZip.loadAsync(Buffer.from(base64, 'base64'));
  const names = Object.keys(zip.files).filter((n) => n.endsWith('.xml'));
  const texts = await Promise.all(names.map((n) => zip.file(n)!.async('string')));
  return { body: await zip.file('word/document.xml')!.async('string'), all: texts.join('\n') };
}

const CONTENT = {
  ...EMPTY_PLAN_CONTENT,
  createdOn: '2026-04-01',
  children: [{ name: '架空 はると', birthDate: '2025-10-01', affiliation: 'ひかり保育園' }],
  guardians: [{ name: '架空 花子', birthDate: null, affiliation: '母', work: '休業中' as const }],
  guardianWishes: '夜泣きがつらい',
  goals: 'お母さんが休める時間をつくる',
  supports: [
    { service: '子育て世帯訪問支援', who: '委託事業者', role: '家事の手伝い', monitoring: '毎月', progress: null },
  ],
  consentDate: '2026-04-10',
};

describe('plans.export', () => {
  it('writes the family copy with the consent and supports and nothing internal', async () => {
    const t = await meetingBackend(tempDir(), '2026-04-01T01:00:00.000Z');
    await t.api.call('ledger.create', {
      case: fakeCase('INT-9001', {
        riskLevel: '重度',
        policy: '内部方針メモ：一時保護を検討',
        abuseTypes: ['ネグレクト'],
      }),
    });
    const { plan } = await t.api.call('plans.create', {
      plan: {
        caseNo: 'INT-9001',
        familyLabel: '内部呼称世帯',
        leadFunction: '両機能',
        owner: '担当内部',
        reviewDue: null,
      },
    });
    await t.api.call('plans.saveContent', { id: plan.id, content: CONTENT });
    await t.api.call('plans.handOver', { id: plan.id, on: '2026-04-10' });

    const file = await t.api.call('plans.export', { id: plan.id });
    expect(file.fileName).toBe(`サポートプラン_${plan.id}_第1版_手交2026-04-10.docx`);
    const { body, all } = await xmlOf(file.dataBase64);
    for (const text of [
      'サポートプラン',
      'このプランの内容について説明を受け、同意しました。',
      '保護者署名',
      'こども署名',
      '子育て世帯訪問支援',
      '委託事業者',
      '夜泣きがつらい',
      'お母さんが休める時間をつくる',
      '一緒に解決を目指していくこと',
      '次回相談時期',
    ])
      expect(body).toContain(text);
    expect(all).toContain('取扱注意');
    for (const internal of [
      'INT-9001',
      '重度',
      '重症度',
      '内部方針メモ',
      '一時保護',
      '職員メモ',
      '内部呼称世帯',
      '担当内部',
    ])
      expect(all).not.toContain(internal);

    // A 見直し edits a new version; the handed-over one still prints exactly as it was handed over.
    await t.api.call('plans.beginReview', { id: plan.id });
    await t.api.call('plans.saveContent', { id: plan.id, content: { ...CONTENT, goals: '週に1回は休める' } });
    const first = await xmlOf((await t.api.call('plans.export', { id: plan.id, version: 1 })).dataBase64);
    expect(first.body).toContain('お母さんが休める時間をつくる');
    expect(first.body).not.toContain('週に1回は休める');
    const draft = await t.api.call('plans.export', { id: plan.id });
    expect(draft.fileName).toBe(`サポートプラン_${plan.id}_第2版_作成中.docx`);
    expect((await xmlOf(draft.dataBase64)).body).toContain('週に1回は休める');
    await expect(t.api.call('plans.export', { id: plan.id, version: 7 })).rejects.toMatchObject({ code: 'not_found' });

    const log = await t.api.call('audit.list', {});
    expect(JSON.stringify(log)).toContain('サポートプランを書き出し');
  });

  it('leaves the child signature out when no child is listed', async () => {
    const t = await meetingBackend(tempDir(), '2026-04-01T01:00:00.000Z');
    const { plan } = await t.api.call('plans.create', {
      plan: { caseNo: null, familyLabel: '架空 妊婦さん', leadFunction: '母子保健', owner: null, reviewDue: null },
    });
    await t.api.call('plans.saveContent', {
      id: plan.id,
      content: {
        ...CONTENT,
        children: [],
        pregnancy: { dueDate: '2026-08-01', hospital: '架空産院', homecoming: null },
      },
    });
    const { body } = await xmlOf((await t.api.call('plans.export', { id: plan.id })).dataBase64);
    expect(body).toContain('保護者署名');
    expect(body).not.toContain('こども署名');
    expect(body).toContain('架空産院');
  });

  it('is written by the CLI: plan-docx --id --out [--version], with Japanese usage errors', async () => {
    const dir = tempDir();
    const t = await meetingBackend(dir, '2026-04-01T01:00:00.000Z');
    const { plan } = await t.api.call('plans.create', {
      plan: { caseNo: null, familyLabel: '架空 世帯', leadFunction: '児童福祉', owner: null, reviewDue: null },
    });
    await t.api.call('plans.saveContent', { id: plan.id, content: CONTENT });
    await t.api.call('plans.handOver', { id: plan.id, on: '2026-04-10' });
    await t.api.call('plans.beginReview', { id: plan.id });
    await t.api.call('plans.saveContent', { id: plan.id, content: { ...CONTENT, goals: '週に1回は休める' } });
    t.backend.close();

    const out = join(dir, 'plan.docx');
    const ok = await cli(['plan-docx', '--db', t.dbPath, '--id', String(plan.id), '--version', '1', '--out', out]);
    expect(ok).toMatchObject({ code: 0 });
    expect(ok.stdout).toContain('サポートプランを書き出しました');
    const { body } = await xmlOf(readFileSync(out).toString('base64'));
    expect(body).toContain('お母さんが休める時間をつくる');
    expect(body).not.toContain('週に1回は休める');

    const noOut = await cli(['plan-docx', '--db', t.dbPath, '--id', String(plan.id)]);
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toContain('--out 出力ファイル（.docx）');
    const stray = await cli(['stats', '--db', t.dbPath, '--year', '2026', '--id', '1']);
    expect(stray.stderr).toContain('--id と --version は plan-docx でだけ使えます。');
  });
});
