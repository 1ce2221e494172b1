// Files that leave the office: ledger xlsx, minutes docx/xlsx and the handout docx with an open password, read
// back by an independent decrypter; CSV/JSON/PDF refuse a password; the 操作ログ says "パスワード付き" only.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../db/backend';
import { createApi } from '../../shared/api-client';
import { EMPTY_DECISION } from '../../shared/meeting/decision';
import { cli } from './cli-helpers';
import { importFile, ledgerRows, makeXlsx, PASSPHRASE, unlockedBackend, useTempDirs } from './db-helpers';
import { fakeCase, fakeMeeting, meetingBackend } from './meeting-helpers';
import { allPartsText, decryptWithMsoffcrypto, isOle2 } from './office-decrypt';

const tempDir = useTempDirs();
const PASSWORD = 'ひみつ-2026';

function decrypted(bytes: Uint8Array, password = PASSWORD): Record<string, string> {
  const parts = decryptWithMsoffcrypto(bytes, password);
  if (parts instanceof Error) throw parts;
  return parts;
}

describe('files with an open password', { timeout: 120_000 }, () => {
  it('ledger xlsx: encrypted (OLE2), opens with the password only, and the log records only that it was locked', async () => {
    const { backend, api } = await unlockedBackend(tempDir());
    await importFile(api, 'seed.xlsx', await makeXlsx([{ name: '台帳', rows: ledgerRows(3) }]));
    const file = await api.call('ledger.export', { format: 'xlsx', filePassword: PASSWORD });
    expect(file.fileName).toMatch(/\.xlsx$/);
    const bytes = Buffer.from(file.dataBase64, 'base64');
    expect(isOle2(bytes)).toBe(true);
    const parts = decrypted(bytes);
    expect(allPartsText(parts)).toContain('架空 太郎2');
    expect(parts['xl/workbook.xml']).toContain('台帳');
    expect(decryptWithMsoffcrypto(bytes, 'ちがう-2026')).toBeInstanceOf(Error);

    const plain = Buffer.from((await api.call('ledger.export', { format: 'xlsx' })).dataBase64, 'base64');
    expect(plain.subarray(0, 2).toString()).toBe('PK');

    const { entries } = await api.call('audit.list', {});
    const summaries = entries.filter((e) => e.kind === 'export').map((e) => e.summary);
    expect(summaries).toContain('台帳全体を書き出し（xlsx、パスワード付き）');
    expect(summaries).toContain('台帳全体を書き出し（xlsx）');
    expect(JSON.stringify(entries)).not.toContain(PASSWORD);
    backend.close();
  });

  it('CSV and JSON refuse a password with a Japanese message; a too-short password is refused', async () => {
    const { backend, api } = await unlockedBackend(tempDir());
    for (const format of ['csv', 'json'] as const) {
      await expect(api.call('ledger.export', { format, filePassword: PASSWORD })).rejects.toMatchObject({
        code: 'invalid_input',
        message: expect.stringContaining('パスワードを付けられません'),
      });
    }
    await expect(api.call('ledger.export', { format: 'xlsx', filePassword: 'abc' })).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringContaining('4文字以上'),
    });
    backend.close();
  });

  it('minutes docx/xlsx (app and CLI) and the handout docx open with the password; a PDF refuses one', async () => {
    const t = await meetingBackend(tempDir(), '2025-06-10T05:00:00.000Z');
    const { api } = t;
    await api.call('ledger.create', { case: fakeCase('C-1', { name: '川辺　一郎', kana: 'かわべ いちろう' }) });
    const meeting = await api.call('meetings.create', { meeting: fakeMeeting() });
    await api.call('agenda.suggest', { meetingId: meeting.id, allActive: true });
    const handout = await api.call('handout.export', {
      meetingId: meeting.id,
      masked: false,
      copies: 1,
      filePassword: PASSWORD,
    });
    expect(decrypted(Buffer.from(handout.dataBase64, 'base64'))['word/document.xml']).toContain('川辺');

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
    const docx = await api.call('minutes.export', {
      meetingId: meeting.id,
      masked: false,
      format: 'docx',
      filePassword: PASSWORD,
    });
    expect(decrypted(Buffer.from(docx.dataBase64, 'base64'))['word/document.xml']).toContain('月2回の家庭訪問');
    const xlsx = await api.call('minutes.export', {
      meetingId: meeting.id,
      masked: true,
      format: 'xlsx',
      filePassword: PASSWORD,
    });
    const sheetText = Object.entries(decrypted(Buffer.from(xlsx.dataBase64, 'base64')))
      .filter(([name]) => name.startsWith('xl/'))
      .map(([, text]) => text)
      .join('');
    expect(sheetText).toContain('登校確認');
    await expect(
      api.call('minutes.export', { meetingId: meeting.id, masked: false, format: 'pdf', filePassword: PASSWORD }),
    ).rejects.toMatchObject({ message: expect.stringContaining('PDF にはパスワードを付けられません') });

    const summaries = (await api.call('audit.list', {})).entries.map((e) => e.summary);
    expect(summaries).toContain('議事録を書き出し（docx、マスクなし（氏名入り）、パスワード付き）');
    expect(summaries).toContain('配布資料を書き出し（Word、マスクなし（氏名入り）、1部、パスワード付き）');
    t.backend.close();

    const out = join(tempDir(), '議事録.docx');
    const run = await cli(
      ['minutes', '--db', t.dbPath, '--meeting', String(meeting.id), '--out', out, '--file-password-env', 'MINUTES_PW'],
      { MINUTES_PW: PASSWORD },
    );
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('パスワード付き');
    expect(decrypted(readFileSync(out))['word/document.xml']).toContain('月2回の家庭訪問');
    const unset = await cli(
      [
        'minutes',
        '--db',
        t.dbPath,
        '--meeting',
        String(meeting.id),
        '--out',
        out + '.2.docx',
        '--file-password-env',
        'NO_PW',
      ],
      { NO_PW: undefined },
    );
    expect(unset.code).toBe(2);
    expect(existsSync(out + '.2.docx')).toBe(false);
  });

  it('CLI: export takes the password from --file-password-env (unset: exit 2, nothing written) and warns on --encoding cp932', async () => {
    const dir = tempDir();
    const seed = join(dir, 'seed.xlsx');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(seed, await makeXlsx([{ name: '台帳', rows: ledgerRows(2) }]));
    const dbPath = join(dir, 'db', 'tsunagu.db');
    expect((await cli(['import', seed, '--db', dbPath])).code).toBe(0);

    const out = join(dir, '台帳.xlsx');
    const ok = await cli(['export', out, '--db', dbPath, '--file-password-env', 'LEDGER_PW'], { LEDGER_PW: PASSWORD });
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    expect(allPartsText(decrypted(readFileSync(out)))).toContain('架空 太郎1');
    expect(ok.stdout).not.toContain(PASSWORD);

    const missing = join(dir, 'missing.xlsx');
    const unset = await cli(['export', missing, '--db', dbPath, '--file-password-env', 'NO_SUCH_PW'], {
      NO_SUCH_PW: undefined,
    });
    expect(unset.code).toBe(2);
    expect(unset.stderr).toContain('環境変数 NO_SUCH_PW にファイルのパスワードが設定されていません');
    expect(existsSync(missing)).toBe(false);
    const empty = await cli(['export', missing, '--db', dbPath, '--file-password-env', 'EMPTY_PW'], { EMPTY_PW: '' });
    expect(empty.code).toBe(2);
    expect(existsSync(missing)).toBe(false);
    const csv = await cli(['export', join(dir, 'a.csv'), '--db', dbPath, '--file-password-env', 'LEDGER_PW'], {
      LEDGER_PW: PASSWORD,
    });
    expect(csv.code).toBe(2);
    expect(csv.stderr).toContain('CSV・JSON ファイルにはパスワードを付けられません');
    expect(existsSync(join(dir, 'a.csv'))).toBe(false);

    // --encoding cp932 warns on stderr what CP932 loses, and writes Shift_JIS.
    const backend = createBackend({ dbPath });
    const api = createApi(backend);
    await api.call('session.unlock', { passphrase: PASSPHRASE });
    await api.call('ledger.create', { case: fakeCase('K-1', { name: '𠮷田 花子' }) });
    backend.close();
    const sjis = join(dir, 'sjis.csv');
    const cp = await cli(['export', sjis, '--db', dbPath, '--encoding', 'cp932']);
    expect(cp.code).toBe(0);
    expect(cp.stderr).toBe(
      '警告: シフトJIS（CP932）では 1 個のセルの文字が「?」に置き換わります（例: K-1「児童氏名」の 𠮷）。文字を残すには UTF-8 を選んでください。\n',
    );
    expect(iconv.decode(readFileSync(sjis), 'cp932')).toContain('K-1,要支援児童,要対協登録,?田 花子');
    const wrongKind = await cli(['export', join(dir, 'b.xlsx'), '--db', dbPath, '--encoding', 'cp932']);
    expect(wrongKind.code).toBe(2);
    expect(existsSync(join(dir, 'b.xlsx'))).toBe(false);
  });
});
