// The year's charts as SVG: well-formed (parsed by a strict XML parser), bars as long as their counts, words
// escaped, large type for the projector, and an empty breakdown saying 「該当なし」 instead of an empty frame.
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { barChartHeight, barChartSvg } from '../../shared/stats/chart-svg';
import { monthsChartSvg } from '../../shared/stats/chart-line';
import { fiscalYearLabel, statsReport } from '../../shared/stats/chart-tables';
import { shownTables, type Shown, type ShownTable } from '../../shared/stats/small-counts';
import { comparison } from './stats-comparison';

interface El {
  name: string;
  attrs: Record<string, string>;
  text: string;
}

/** Every element with its attributes and own text; throws on anything that is not well-formed XML. */
function parse(svg: string): El[] {
  const parser = new SaxesParser({ xmlns: false });
  const out: El[] = [];
  const open: El[] = [];
  parser.on('error', (err) => {
    throw err;
  });
  parser.on('opentag', (tag) => {
    const el = { name: tag.name, attrs: tag.attributes as Record<string, string>, text: '' };
    out.push(el);
    if (!tag.isSelfClosing) open.push(el);
  });
  parser.on('closetag', (tag) => {
    if (!tag.isSelfClosing) open.pop();
  });
  parser.on('text', (t) => {
    if (open.length > 0) open[open.length - 1]!.text += t;
  });
  parser.write(svg).close();
  return out;
}

const opts = { currentLabel: '令和6年度', previousLabel: '令和5年度' };
const count = (value: number): Shown => ({ kind: 'count', value });

function table(rows: [string, number, number][], extra: Partial<ShownTable> = {}): ShownTable {
  return {
    id: 't',
    title: 'テスト',
    unit: '件',
    rowHead: '区分',
    protect: true,
    rows: rows.map(([label, a, b]) => ({ label, current: count(a), previous: count(b), diff: a - b })),
    total: null,
    ...extra,
  };
}

const tables = shownTables(statsReport(comparison()), null);
const byId = (id: string) => tables.find((t) => t.id === id)!;

function fontSizes(els: El[]): number[] {
  return els.filter((e) => e.name === 'text').map((e) => Number(e.attrs['font-size']));
}

describe('bar charts of the year', () => {
  it('every breakdown draws well-formed SVG naming the bundled font, sized as asked', () => {
    for (const t of tables) {
      const svg = barChartSvg(t, { ...opts, width: 1280, height: 720, idPrefix: t.id });
      const els = parse(svg);
      expect(els[0]!.name).toBe('svg');
      expect(els[0]!.attrs.width).toBe('1280');
      expect(els[0]!.attrs.height).toBe('720');
      expect(els[0]!.attrs['font-family']).toMatch(/^'BIZ UDPGothic'/);
      expect(els.some((e) => e.name === 'pattern' && e.attrs.id === `${t.id}-hatch`)).toBe(true);
    }
  });

  it('draws each bar as long as its count, this year and last year on one scale, the count written beside it', () => {
    const els = parse(barChartSvg(byId('newByClassification'), { ...opts, width: 1280, height: 600 }));
    const widths = (cls: string) => els.filter((e) => e.attrs.class === cls).map((e) => Number(e.attrs.width));
    const current = widths('bar-current');
    const previous = widths('bar-previous');
    expect(current).toHaveLength(3);
    expect(previous).toHaveLength(3);
    const unit = current[0]! / 25;
    [25, 15, 2].forEach((v, i) => expect(current[i]!).toBeCloseTo(v * unit, 0));
    [20, 13, 3].forEach((v, i) => expect(previous[i]!).toBeCloseTo(v * unit, 0));
    // The largest count fills the plot; the others are shorter.
    expect(Math.max(...current, ...previous)).toBe(current[0]);
    const values = els.filter((e) => e.attrs.class === 'value-current').map((e) => e.text);
    expect(values).toEqual(['25', '15', '2']);
    expect(els.filter((e) => e.attrs.class === 'category').map((e) => e.text)).toEqual([
      '要保護児童',
      '要支援児童',
      '特定妊婦',
    ]);
  });

  it('escapes category words and titles', () => {
    const label = `<script>"A&B's"</script>`;
    const svg = barChartSvg(table([[label, 3, 1]], { title: 'a<b & c' }), { ...opts, width: 1280, height: 400 });
    expect(svg).not.toContain('<script>');
    const els = parse(svg);
    expect(els.find((e) => e.attrs.class === 'chart-title')!.text).toBe('a<b & c');
    expect(els.find((e) => e.attrs.class === 'bar-current')!.attrs['data-label']).toBe(label);
    // The label column cuts long words with …, so the start of the label is what shows.
    expect(els.find((e) => e.attrs.class === 'category')!.text.startsWith('<script>')).toBe(true);
  });

  it('draws 「該当なし」 for no category and for all zeros, and one category as one pair of bars', () => {
    for (const empty of [table([]), table([['転居', 0, 0]])]) {
      const els = parse(barChartSvg(empty, { ...opts, width: 1280, height: 400 }));
      expect(els.find((e) => e.attrs.class === 'chart-empty')?.text).toBe('該当なし');
      expect(els.some((e) => e.attrs.class?.startsWith('bar-'))).toBe(false);
    }
    const one = parse(barChartSvg(table([['転居', 4, 0]]), { ...opts, width: 1280, height: 400 }));
    expect(one.some((e) => e.attrs.class === 'chart-empty')).toBe(false);
    expect(one.filter((e) => e.attrs.class === 'bar-current')).toHaveLength(1);
    expect(one.filter((e) => e.attrs.class === 'bar-previous')).toHaveLength(0); // a zero has no bar, only its 0
    expect(one.filter((e) => e.attrs.class === 'value-previous').map((e) => e.text)).toEqual(['0']);
  });

  it('keeps many categories apart and every word at least 24 px at 1280 wide with the height it asks for', () => {
    const many = table(Array.from({ length: 12 }, (_, i): [string, number, number] => [`理由${i + 1}`, i + 1, 12 - i]));
    const height = barChartHeight(many, 1280);
    const els = parse(barChartSvg(many, { ...opts, width: 1280, height }));
    expect(els.filter((e) => e.attrs.class === 'category')).toHaveLength(12);
    expect(Math.min(...fontSizes(els))).toBeGreaterThanOrEqual(24);
    const ys = els.filter((e) => e.attrs.class === 'category').map((e) => Number(e.attrs.y));
    for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(24 * 2);
  });

  it('draws no bar for a hidden count, only its words', () => {
    const hidden = shownTables(statsReport(comparison()), 3).find((t) => t.id === 'newByClassification')!;
    const els = parse(barChartSvg(hidden, { ...opts, width: 1280, height: 600 }));
    expect(els.filter((e) => e.attrs.class === 'bar-current').map((e) => e.attrs['data-label'])).toEqual([
      '要保護児童',
    ]);
    expect(els.filter((e) => e.attrs.class === 'value-current').map((e) => e.text)).toEqual([
      '25',
      '非表示',
      '3件未満',
    ]);
  });
});

describe('the months chart', () => {
  const svg = (t: ShownTable[]) =>
    monthsChartSvg(
      t.find((x) => x.id === 'monthsNew')!,
      t.find((x) => x.id === 'monthsClosed')!,
      {
        ...opts,
        width: 1280,
        height: 720,
      },
    );

  it('draws four lines over twelve months, the previous year dashed, type ≥ 24 px at 1280×720', () => {
    const els = parse(svg(tables));
    expect(els.filter((e) => e.attrs.class === 'month').map((e) => e.text)).toEqual([
      '4月',
      '5月',
      '6月',
      '7月',
      '8月',
      '9月',
      '10月',
      '11月',
      '12月',
      '1月',
      '2月',
      '3月',
    ]);
    const paths = els.filter((e) => e.name === 'path');
    expect(paths).toHaveLength(4);
    expect(paths.filter((p) => p.attrs['stroke-dasharray'])).toHaveLength(2);
    expect(Math.min(...fontSizes(els))).toBeGreaterThanOrEqual(24);
    // Points climb with the count: April's 3 new sits above March's 2 (y grows downwards).
    const newPath = paths.find((p) => p.attrs.stroke === '#1d4f91' && !p.attrs['stroke-dasharray'])!;
    const ys = [...newPath.attrs.d!.matchAll(/[ML][\d.]+,([\d.]+)/g)].map((m) => Number(m[1]));
    expect(ys).toHaveLength(12);
    expect(ys[0]!).toBeLessThan(ys[11]!);
  });

  it('breaks a line where a month is hidden and says so', () => {
    const els = parse(svg(shownTables(statsReport(comparison()), 3)));
    const newPath = els
      .filter((e) => e.name === 'path')
      .find((p) => p.attrs.stroke === '#1d4f91' && !p.attrs['stroke-dasharray'])!;
    expect((newPath.attrs.d!.match(/M/g) ?? []).length).toBeGreaterThan(1);
    expect(els.some((e) => e.text === '件数を伏せた月は線を切っています')).toBe(true);
    expect(Math.min(...fontSizes(els))).toBeGreaterThanOrEqual(24);
  });

  it('says 「該当なし」 for a year with no registration or closure', () => {
    const zero = tables.map((t) => ({
      ...t,
      rows: t.rows.map((r) => ({ ...r, current: count(0), previous: count(0), diff: 0 })),
    }));
    expect(parse(svg(zero)).find((e) => e.attrs.class === 'chart-empty')?.text).toBe('該当なし');
  });
});

describe('fiscalYearLabel', () => {
  it('names the fiscal year in 和暦 as the 代表者会議 does', () => {
    expect(fiscalYearLabel(2024)).toBe('令和6年度');
    expect(fiscalYearLabel(2019)).toBe('令和元年度');
    expect(fiscalYearLabel(2018)).toBe('平成30年度');
  });
});
