// stats.export over a real database: the threshold comes from the smallCountThreshold setting only when the
// caller asks to hide small counts, the file goes through the file worker (with the open password when
// given), and the 操作ログ names the year and the form, never a figure.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { decryptWithMsoffcrypto, isOle2 } from './office-decrypt';
import { useTempDirs } from './db-helpers';
import { fakeCase, meetingBackend } from './meeting-helpers';

const tempDir = useTempDirs();

async function ledger() {
  const t = await meetingBackend(tempDir(), '2025-06-01T01:00:00.000Z');
  for (const [caseNo, day] of [
    ['E-1', '2024-05-01'],
    ['E-2', '2024-06-01'],
    ['E-3', '2024-07-01'],
    ['E-4', '2024-08-01'],
  ] as const)
    await t.api.call('ledger.create', {
      case: fakeCase(caseNo, { classification: '要保護児童', registeredDate: day }),
    });
  return t;
}

async function documentXml(base64: string): Promise<string> {
  const zip = await JSZip.loadAsync(Buffer.from(base64, 'base64'));
  return zip.file('word/document.xml')!.async('string');
}

describe('stats.export', () => {
  it('hides counts under the setting only when asked, and logs the year without figures', async () => {
    const { api, backend } = await ledger();
    const exact = await api.call('stats.export', { fiscalYear: 2024, format: 'docx', hideSmallCounts: false });
    expect(exact.fileName).toBe('年度実績_2024年度.docx');
    expect(await documentXml(exact.dataBase64)).not.toContain('件未満');

    // 4 cases: under the default 3 nothing of 要保護児童 is hidden; under 5 it is.
    await api.call('settings.update', { smallCountThreshold: 5 });
    const hidden = await api.call('stats.export', { fiscalYear: 2024, format: 'docx', hideSmallCounts: true });
    expect(hidden.fileName).toBe('年度実績_2024年度_少数秘匿.docx');
    expect(await documentXml(hidden.dataBase64)).toContain('5件未満');

    const { entries } = await api.call('audit.list', {});
    const logged = entries.filter((e) => e.action === 'stats.export').map((e) => e.summary);
    expect(logged).toEqual(
      expect.arrayContaining([
        '年度実績を書き出し（令和6年度、docx、件数をすべて表示）',
        '年度実績を書き出し（令和6年度、docx、少ない件数を伏せる）',
      ]),
    );
    backend.close();
  });

  it('locks the workbook with the open password', async () => {
    const { api, backend } = await ledger();
    const file = await api.call('stats.export', {
      fiscalYear: 2024,
      format: 'xlsx',
      hideSmallCounts: true,
      filePassword: 'nendo-2024',
    });
    const bytes = Buffer.from(file.dataBase64, 'base64');
    expect(isOle2(bytes)).toBe(true);
    expect(decryptWithMsoffcrypto(bytes, 'nendo-2024')).not.toBeInstanceOf(Error);
    backend.close();
  });

  it('refuses a threshold under 3 in the settings', async () => {
    const { api, backend } = await ledger();
    await expect(api.call('settings.update', { smallCountThreshold: 2 })).rejects.toMatchObject({
      code: 'invalid_input',
    });
    expect((await api.call('settings.get', {})).smallCountThreshold).toBe(3);
    backend.close();
  });
});
