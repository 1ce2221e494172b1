import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { DOCX_MIME } from '../../db/documents/docx-parts';
import { exportHandout, type HandoutData } from '../../db/documents/handout-docx';
import { maskedLabel } from '../../shared/meeting/mask';
import { CASES, handoutInput, MEETING, SECRETS } from '../unit/handout-data';

const { masked: _masked, copies: _copies, ...DATA } = handoutInput();
const data: HandoutData = DATA;

interface ReadBack {
  zip: JSZip;
  document: string;
  /** XML of each section's default header and footer, in section order. */
  sections: { header: string; footer: string; sectPr: string }[];
  /** Every XML part of the package, by path. */
  parts: Map<string, string>;
}

async function readBack(base64: string): Promise<ReadBack> {
  const zip = await JSZip.loadAsync(Buffer.from(base64, 'base64'));
  const parts = new Map<string, string>();
  for (const [path, file] of Object.entries(zip.files)) {
    if (!file.dir && /\.(xml|rels)$/.test(path)) parts.set(path, await file.async('string'));
  }
  const document = parts.get('word/document.xml');
  const rels = parts.get('word/_rels/document.xml.rels');
  if (!document || !rels) throw new Error('not a Word document');
  const targets = new Map(
    [...rels.matchAll(/<Relationship [^>]*?Id="([^"]+)"[^>]*?Target="([^"]+)"/g)].map((m) => [m[1]!, m[2]!]),
  );
  const part = (xml: string, kind: 'header' | 'footer') => {
    const id = new RegExp(
      `<w:${kind}Reference [^>]*?w:type="default"[^>]*?r:id="([^"]+)"|<w:${kind}Reference [^>]*?r:id="([^"]+)"[^>]*?w:type="default"`,
    ).exec(xml);
    const target = targets.get(id?.[1] ?? id?.[2] ?? '');
    return target ? (parts.get(`word/${target}`) ?? '') : '';
  };
  const sections = [...document.matchAll(/<w:sectPr\b[\s\S]*?<\/w:sectPr>/g)].map((m) => ({
    sectPr: m[0],
    header: part(m[0], 'header'),
    footer: part(m[0], 'footer'),
  }));
  return { zip, document, sections, parts };
}

/** The text a reader sees: the runs' text joined, so a word split over runs is still found. */
function visibleText(xml: string): string {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

describe('exportHandout (DOCX)', () => {
  it('names the file and gives it the Word MIME type', async () => {
    const file = await exportHandout({ masked: false, copies: 1 }, data);
    expect(file.fileName).toBe('事前配布資料_2026-12-01_実務者会議_乳幼児部会.docx');
    expect(file.mimeType).toBe(DOCX_MIME);
    const { parts } = await readBack(file.dataBase64);
    expect(parts.has('[Content_Types].xml')).toBe(true);
    expect(parts.get('[Content_Types].xml')).toContain('wordprocessingml.document.main+xml');
  });

  it('writes one A4 section per copy, each with 取扱注意・会議終了後回収 and its number in the header and page numbers from 1', async () => {
    const file = await exportHandout({ masked: false, copies: 4 }, data);
    const { sections } = await readBack(file.dataBase64);
    expect(sections).toHaveLength(4);
    sections.forEach((s, i) => {
      const header = visibleText(s.header);
      expect(header).toContain('取扱注意・会議終了後回収');
      expect(header).toContain(`配布番号 ${i + 1} / 4`);
      for (let other = 1; other <= 4; other++)
        if (other !== i + 1) expect(header).not.toContain(`配布番号 ${other} / 4`);
      expect(s.footer).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
      expect(s.sectPr).toMatch(/<w:pgSz [^>]*w:w="11906"[^>]*w:h="16838"/);
      expect(s.sectPr).toMatch(/<w:pgNumType [^>]*w:start="1"/);
      // No different first page: the default header is on every page.
      expect(s.sectPr).not.toContain('<w:titlePg');
    });
  });

  it('repeats the whole handout in every copy: meeting, agenda tables and case summaries with their reports', async () => {
    const file = await exportHandout({ masked: false, copies: 2 }, data);
    const { document } = await readBack(file.dataBase64);
    const text = visibleText(document);
    const count = (needle: string) => text.split(needle).length - 1;
    expect(count('事前配布資料')).toBe(2);
    expect(count('第3回 実務者会議（乳幼児部会）')).toBe(2);
    expect(count('令和8年12月1日　14:00〜15:30（予定90分）')).toBe(2);
    for (const heading of ['会議次第', '協議（2件）', '確認（1件）', '保留（1件）', '事例の概要'])
      expect(count(heading)).toBe(2);
    expect(count('1. R7-0020 川辺 結衣')).toBe(2);
    expect(count('2. R7-0003 星野 陽葵')).toBe(2);
    expect(count('3. R7-0010 森川 蒼')).toBe(2);
    expect(text).toContain('R7-0002 岬 こはる');
    expect(text).toContain('事務局案');
    expect(text).toContain('方針：現方針継続（森川美咲さんへの声かけを続ける）');
    expect(text).toContain('8日・連絡のない欠席あり');
    expect(text).toContain('ほかに以前の報告が1件あります。');
    expect(text).not.toContain('対象外');
    // The agenda is in tables, with a header row Word repeats on each page.
    expect(document).toContain('<w:tblHeader');
    expect((document.match(/<w:tbl>/g) ?? []).length).toBeGreaterThanOrEqual(2 * 5);
  });

  it('gives every copy the same body, only the header differs', async () => {
    const file = await exportHandout({ masked: false, copies: 3 }, data);
    const { document, sections } = await readBack(file.dataBase64);
    const body = /<w:body>([\s\S]*)<\/w:body>/.exec(document)?.[1] ?? '';
    // Each copy but the last ends in a paragraph holding its section's properties; the last one in the body's.
    const copies = body
      .split(/<w:sectPr\b[\s\S]*?<\/w:sectPr>/)
      .slice(0, 3)
      .map((xml) => xml.replace(/<w:p><w:pPr>$/, '').replace(/^<\/w:pPr><\/w:p>/, ''));
    expect(copies).toHaveLength(3);
    expect(copies[0]!.length).toBeGreaterThan(10_000);
    expect(copies[1]).toBe(copies[0]);
    expect(copies[2]).toBe(copies[0]);
    expect(new Set(sections.map((s) => s.header)).size).toBe(3);
  });

  it('sets a Japanese font and language for the whole document', async () => {
    const file = await exportHandout({ masked: false, copies: 1 }, data);
    const styles = (await readBack(file.dataBase64)).parts.get('word/styles.xml') ?? '';
    expect(styles).toMatch(/<w:docDefaults>[\s\S]*w:eastAsia="Yu Gothic"[\s\S]*<\/w:docDefaults>/);
    expect(styles).toMatch(/<w:lang [^>]*w:eastAsia="ja-JP"/);
  });

  it('masked: no name, kana, birth date or guardian name anywhere in the package, labels are caseNo + initials', async () => {
    const file = await exportHandout(
      { masked: true, copies: 3 },
      {
        ...data,
        meeting: { ...MEETING, title: '星野陽葵さんほか 実務者会議' },
      },
    );
    expect(file.fileName).toBe('事前配布資料_2026-12-01_実務者会議_乳幼児部会_マスク.docx');
    const { parts, document } = await readBack(file.dataBase64);
    expect([...parts.keys()]).toEqual(expect.arrayContaining(['word/document.xml', 'docProps/core.xml']));
    for (const [path, xml] of parts) {
      const text = visibleText(xml);
      for (const secret of SECRETS) {
        expect(xml, `${secret} in ${path}`).not.toContain(secret);
        expect(text, `${secret} in the text of ${path}`).not.toContain(secret);
      }
    }
    const text = visibleText(document);
    for (const c of CASES) expect(text).toContain(maskedLabel(c));
    expect(text).toContain(
      '氏名等は伏せ、登録番号とふりがなのイニシャルで表示しています（ふりがながないケースは登録番号のみ）。',
    );
  });

  it('drops characters XML forbids, which ledgers pasted from Excel can hold, so Word still opens the file', async () => {
    const reports = [{ ...data.reports[1]!, note: 'ベル\u0007文字\u0001と\ud800孤立サロゲート\tタブ' }];
    const file = await exportHandout({ masked: false, copies: 1 }, { ...data, reports });
    const { parts, document } = await readBack(file.dataBase64);
    for (const xml of parts.values()) {
      expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
      expect(xml).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
    }
    expect(visibleText(document)).toContain('ベル文字と孤立サロゲート タブ');
  });

  it('writes a large handout in reasonable time', async () => {
    const many = Array.from({ length: 60 }, (_, i) => ({
      ...CASES[i % CASES.length]!,
      caseNo: `R7-${String(i + 100).padStart(4, '0')}`,
    }));
    const agenda = many.map((c, i) => ({
      caseNo: c.caseNo,
      group: i % 3 === 0 ? ('deep' as const) : ('quick' as const),
      ruleGroup: 'quick' as const,
      reasons: ['REVIEW_DUE' as const],
      order: i,
      deepMinutes: null,
      draft: null,
      override: null,
    }));
    const reports = many.flatMap((c, i) =>
      data.reports.slice(0, 4).map((r, j) => ({ ...r, id: i * 10 + j, caseNo: c.caseNo })),
    );
    const started = performance.now();
    const file = await exportHandout({ masked: true, copies: 30 }, { ...data, cases: many, agenda, reports });
    const ms = performance.now() - started;
    const { sections } = await readBack(file.dataBase64);
    expect(sections).toHaveLength(30);
    // A guard against a hang, not a benchmark: other suites share the machine. Measured idle: about 5 s.
    expect(ms).toBeLessThan(30_000);
    console.info(
      `handout: 60 cases × 30 copies in ${Math.round(ms)} ms, ${Math.round((file.dataBase64.length * 0.75) / 1024)} KiB`,
    );
  });
});
