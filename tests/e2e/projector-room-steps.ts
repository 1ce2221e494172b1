// The data and the in-browser checks of projector-room.spec.ts: a ledger with a case of many long facts, a
// family board of seven persons with three agencies, a note and a safety scale, and the measurements that
// say whether the room can read the projector (text cut by a box or the screen, sizes, overlapping words).
import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import { emptyBoard, type BoardDoc, type Person } from '../../shared/board/types';

export const POLICY =
  '母の育児負担が大きいため、保健師の家庭訪問を月二回に増やし、養育支援訪問事業の利用を勧める。' +
  '学校は欠席が二日続いたら当日中にこども家庭センターへ連絡し、センターは同日中に安否を確認する。' +
  '父方祖母の協力を得て週末の養育を分担し、次回の会議で安全スケールを見直す。';
export const DRAFT =
  '現方針を継続しつつ、欠席が続く場合の連絡体制を学校とセンターで確認し直す。' +
  '母の通院に合わせて一時預かりの利用を調整し、きょうだいの保育所入所の手続きを支援する。';
export const AGENCIES = [
  'こども家庭センター',
  '架空市立第一小学校',
  '保健センター',
  '児童相談所',
  '架空市子育て支援課',
  '民生委員・児童委員',
];
export const NAMES = ['架空はなこ', '架空ゆき', '架空たろう', '仮名そら', '仮名うみ'];

export async function roomWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('台帳');
  sheet.addRow([
    '登録番号',
    '種別',
    '児童氏名',
    'ふりがな',
    '生年月日',
    '性別',
    '保護者氏名',
    '続柄',
    '重症度',
    '主担当機関',
    '関係機関',
    '支援方針',
    '地区',
    '所属',
  ]);
  const row = (no: string, name: string, kana: string, born: Date, guardian: string, extra: string[]) =>
    sheet.addRow([no, '要保護児童', name, kana, born, '女', guardian, '母', '中度', ...extra]);
  row('RM-1', NAMES[3]!, 'かめい そら', new Date(Date.UTC(2019, 3, 2)), NAMES[4]!, ['保健センター', '', '見守り']);
  row('RM-2', '仮名みなと', 'かめい みなと', new Date(Date.UTC(2016, 8, 9)), '仮名なぎさ', [
    '保健センター',
    '',
    '見守り',
  ]);
  row('RM-3', NAMES[0]!, 'かくう はなこ', new Date(Date.UTC(2015, 1, 20)), NAMES[1]!, [
    'こども家庭センター',
    AGENCIES.join('、'),
    POLICY,
    '東地区',
    '架空市立第一小学校',
  ]);
  row('RM-4', '架空ひかり', 'かくう ひかり', new Date(Date.UTC(2017, 5, 1)), NAMES[1]!, [
    'こども家庭センター',
    AGENCIES.slice(0, 3).join('、'),
    '見守り',
  ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function person(id: string, label: string, role: string, sex: Person['sex'], x: number, y: number): Person {
  return {
    id,
    sex,
    label,
    role,
    birthDate: null,
    age: null,
    ageAsOf: null,
    deceased: null,
    index: false,
    pregnancy: null,
    placements: [],
    note: null,
    position: { x, y },
    pinned: false,
  };
}

/** RM-4's board: grandparents, a divorced father, mother and her partner, the child and a half-brother. */
export function familyBoard(): BoardDoc {
  const doc = emptyBoard('RM-4');
  doc.persons = [
    { ...person('gf', '架空じろう', '祖父', 'male', 300, 100), deceased: { year: 2020 } },
    person('gm', '架空さくら', '祖母', 'female', 440, 100),
    person('fa', NAMES[2]!, '実父', 'male', 160, 280),
    { ...person('mo', NAMES[1]!, '実母', 'female', 370, 280), birthDate: '1990-04-01' },
    person('pa', '仮名けん', '内縁の夫', 'male', 580, 280),
    { ...person('ch', '架空ひかり', '本人', 'female', 265, 460), index: true, birthDate: '2017-06-01' },
    { ...person('br', '架空まさと', '弟', 'male', 475, 460), birthDate: '2021-03-03' },
  ];
  const union = (id: string, a: string, b: string, extra: object = {}) => ({
    id,
    a,
    b,
    kind: 'marriage' as const,
    startYear: null,
    separatedYear: null,
    divorced: false,
    divorcedYear: null,
    ...extra,
  });
  doc.unions = [
    union('u1', 'gf', 'gm'),
    union('u2', 'fa', 'mo', { divorced: true, divorcedYear: 2020 }),
    union('u3', 'mo', 'pa', { kind: 'cohabitation' }),
  ];
  const child = (id: string, c: string, u: string) => ({
    id,
    child: c,
    union: u,
    parent: null,
    kind: 'biological' as const,
    twinGroup: null,
    twinKind: null,
    custody: null,
  });
  doc.children = [child('c1', 'mo', 'u1'), child('c2', 'ch', 'u2'), child('c3', 'br', 'u3')];
  doc.households = [{ id: 'h1', members: ['mo', 'pa', 'ch', 'br'] }];
  doc.relations = [{ id: 'r1', from: 'pa', to: 'mo', kind: 'conflict' }];
  doc.agencies = [
    { id: 'a1', name: 'こども家庭センター', position: { x: 860, y: 180 } },
    { id: 'a2', name: '架空市立第一小学校', position: { x: 860, y: 360 } },
    { id: 'a3', name: '保健センター', position: { x: 860, y: 540 } },
  ];
  const link = (id: string, agency: string, target: string, role: string | null) => ({
    id,
    agency,
    target,
    strength: 'normal' as const,
    direction: 'toFamily' as const,
    role,
  });
  doc.agencyLinks = [
    link('l1', 'a1', 'h1', '家庭訪問'),
    link('l2', 'a2', 'ch', '登校確認'),
    link('l3', 'a3', 'br', null),
  ];
  doc.notes = [
    {
      id: 'n1',
      column: null,
      text: '夜間に大きな声が聞こえるとの近隣からの情報あり（11月）',
      position: { x: -40, y: 560 },
    },
  ];
  doc.scales = [
    { id: 's1', question: '家で安全に過ごせているか', value: 3, ratedBy: 'こども家庭センター', ratedAt: '2026-11-10' },
  ];
  return doc;
}

/**
 * Every piece of visible text on the projector that is cut: a line box outside the screen or outside any
 * ancestor that clips (overflow other than visible), and every word smaller than `minPx` (the label: 64).
 */
export async function readingProblems(present: Page, minPx: number): Promise<string[]> {
  return present.evaluate((minPx) => {
    const problems: string[] = [];
    const root = document.querySelector('.present')!;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const el = node.parentElement!;
      if (!text || el.closest('svg') || el.closest('[aria-hidden="true"]')) continue;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden') continue;
      const size = parseFloat(style.fontSize);
      const least = el.closest('.present-label') ? 64 : minPx;
      if (size < least - 0.01) problems.push(`「${text.slice(0, 20)}」 is ${size}px, under ${least}px`);
      const range = document.createRange();
      range.selectNodeContents(node);
      const clips: Element[] = [];
      for (let a = el as Element | null; a && a !== document.documentElement; a = a.parentElement) {
        if (getComputedStyle(a).overflow !== 'visible') clips.push(a);
      }
      for (const r of range.getClientRects()) {
        if (r.width === 0) continue;
        const out = (b: { left: number; top: number; right: number; bottom: number }) =>
          r.left < b.left - 0.5 || r.top < b.top - 0.5 || r.right > b.right + 0.5 || r.bottom > b.bottom + 0.5;
        if (out({ left: 0, top: 0, right: innerWidth, bottom: innerHeight }))
          problems.push(`「${text.slice(0, 20)}」 leaves the screen`);
        for (const clip of clips) {
          if (out(clip.getBoundingClientRect()))
            problems.push(`「${text.slice(0, 20)}」 is cut by .${clip.className.toString().split(' ')[0]}`);
        }
      }
    }
    return [...new Set(problems)];
  }, minPx);
}

/** The board's words: each at least 24 px on screen and inside the drawing's box. */
export async function boardTextProblems(
  present: Page,
): Promise<{ problems: string[]; smallest: number; count: number }> {
  return present.evaluate(() => {
    const area = document.querySelector('.present-board')!;
    const box = area.getBoundingClientRect();
    const problems: string[] = [];
    let smallest = Infinity;
    const texts = [...area.querySelectorAll<SVGTextElement>('svg text')].filter((t) => t.textContent?.trim());
    for (const t of texts) {
      const ctm = t.getScreenCTM()!;
      const px = parseFloat(getComputedStyle(t).fontSize) * Math.hypot(ctm.a, ctm.b);
      smallest = Math.min(smallest, px);
      const label = (t.textContent ?? '').slice(0, 16);
      if (px < 24) problems.push(`「${label}」 is ${px.toFixed(1)}px on screen`);
      const r = t.getBoundingClientRect();
      if (r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5)
        problems.push(`「${label}」 is outside the drawing`);
    }
    return { problems, smallest, count: texts.length };
  });
}

/** Pairs of the drawing's persons, agencies and notes whose boxes on screen overlap (words run together). */
export async function boardOverlaps(present: Page): Promise<string[]> {
  return present.evaluate(() => {
    const area = document.querySelector('.present-board')!;
    const parts = 'g.person, g.agency, g.note';
    const boxes = [...area.querySelectorAll<SVGGElement>(parts)].map((g) => ({
      name: (g.textContent ?? '').trim().slice(0, 12) || g.getAttribute('class')!,
      r: g.getBoundingClientRect(),
    }));
    const overlaps: string[] = [];
    boxes.forEach((a, i) =>
      boxes.slice(i + 1).forEach((b) => {
        const x = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
        const y = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
        if (x > 2 && y > 2) overlaps.push(`「${a.name}」 and 「${b.name}」`);
      }),
    );
    return overlaps;
  });
}

/** Each of `words` that a board note's line break cuts in two (the note's lines are its tspans). */
export async function splitWords(present: Page, words: readonly string[]): Promise<string[]> {
  return present.evaluate((words) => {
    const problems: string[] = [];
    for (const note of document.querySelectorAll('.present-board g.note')) {
      const lines = [...note.querySelectorAll('tspan')].map((t) => t.textContent ?? '');
      const whole = lines.join('');
      for (const word of words) {
        if (whole.includes(word) && !lines.some((line) => line.includes(word)))
          problems.push(`「${word}」 is cut in 「${lines.join('／')}」`);
      }
    }
    return problems;
  }, words);
}

/** The elements matching `selector` whose text takes more than one line on screen. */
export async function wrappedLines(present: Page, selector: string): Promise<string[]> {
  return present.evaluate((selector) => {
    const wrapped: string[] = [];
    for (const el of document.querySelectorAll(selector)) {
      const range = document.createRange();
      range.selectNodeContents(el);
      const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
      if (tops.size > 1) wrapped.push(`「${el.textContent}」 takes ${tops.size} lines`);
    }
    return wrapped;
  }, selector);
}

/** Each of `words` that a line break on screen cuts in two, within the elements matching `selector`. */
export async function brokenWords(present: Page, selector: string, words: readonly string[]): Promise<string[]> {
  return present.evaluate(
    ({ selector, words }) => {
      const broken: string[] = [];
      for (const el of document.querySelectorAll(selector)) {
        // Every character with the top of the line it is on.
        const chars: { c: string; top: number }[] = [];
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent ?? '';
          for (let i = 0; i < text.length; i++) {
            const range = document.createRange();
            range.setStart(node, i);
            range.setEnd(node, i + 1);
            const rect = range.getClientRects()[0];
            chars.push({ c: text[i]!, top: rect ? Math.round(rect.top) : NaN });
          }
        }
        const whole = chars.map((ch) => ch.c).join('');
        for (const word of words) {
          for (let at = whole.indexOf(word); at >= 0; at = whole.indexOf(word, at + 1)) {
            const tops = new Set(chars.slice(at, at + word.length).map((ch) => ch.top));
            if (tops.size > 1) broken.push(`「${word}」 is broken across lines in 「${whole.slice(0, 24)}」`);
          }
        }
      }
      return broken;
    },
    { selector, words },
  );
}
