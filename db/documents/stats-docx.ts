// 年度実績 as the 報告資料 for the 代表者会議: a title with the fiscal year in 和暦, then each breakdown as its chart
// (the shared SVG, drawn to a print-resolution PNG with the bundled BIZ UDPGothic by board-png.ts, the SVG beside
// it for Word versions that draw SVG) followed by its table (this year, previous year, difference). The twelve
// months are one line chart with both month tables under it. 取扱注意 in every page's header, as the minutes.
// Aggregate only: the document is built from YearComparison, which holds counts, never a name or 登録番号.
import {
  AlignmentType,
  Document,
  ImageRun,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { barChartHeight, barChartSvg } from '../../shared/stats/chart-svg';
import { monthsChartSvg } from '../../shared/stats/chart-line';
import { fiscalYearLabel, statsReport } from '../../shared/stats/chart-tables';
import {
  diffText,
  hiddenNote,
  shownTables,
  shownText,
  type ShownRow,
  type ShownTable,
} from '../../shared/stats/small-counts';
import type { YearComparison } from '../../shared/stats/types';
import { formatDate } from '../../shared/ledger/dates';
import { boardPicture, type BoardPicture } from './board-png';
import { DOCUMENT_STYLES, noticeSection, HEAD_FILL, heading, NOTICE_COLOR, run, TEXT_WIDTH } from './docx-parts';
import { STATS_NOTICE, statsTitle, type StatsDocumentOptions } from './stats-xlsx';

/** The charts are drawn 1280 units wide (the projector's size) and placed 620 px (96 dpi) wide on the page. */
export const CHART_UNITS = 1280;
export const CHART_PAGE_PX = 620;
const MONTHS_HEIGHT = 720;
const WIDTHS = [4238, 1800, 1800, 1800] as const;

interface Chart {
  title: string;
  picture: BoardPicture;
}

export async function writeStatsDocx(cmp: YearComparison, options: StatsDocumentOptions): Promise<Buffer> {
  const tables = shownTables(statsReport(cmp), options.threshold);
  const byId = new Map(tables.map((t) => [t.id, t]));
  const years = [fiscalYearLabel(cmp.current.fiscalYear), fiscalYearLabel(cmp.previous.fiscalYear)] as const;
  const chartOptions = { currentLabel: years[0], previousLabel: years[1], showTitle: false };
  const months = { fresh: byId.get('monthsNew')!, closed: byId.get('monthsClosed')! };

  // Drawn one after another before the document is built (docx builds synchronously; each holds a bitmap).
  const charts = new Map<string, Chart>();
  for (const t of tables) {
    if (t === months.closed) continue;
    const svg =
      t === months.fresh
        ? monthsChartSvg(months.fresh, months.closed, { ...chartOptions, width: CHART_UNITS, height: MONTHS_HEIGHT })
        : barChartSvg(t, {
            ...chartOptions,
            width: CHART_UNITS,
            height: barChartHeight(t, CHART_UNITS, chartOptions),
            idPrefix: t.id,
          });
    const title = t === months.fresh ? '月別の新規登録と終結' : t.title;
    charts.set(t.id, { title, picture: await boardPicture(svg, CHART_PAGE_PX, 900) });
  }

  const title = statsTitle(cmp);
  const body: (Paragraph | Table)[] = [
    new Paragraph({ alignment: AlignmentType.CENTER, children: [run(title, { bold: true, size: 32 })] }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 200 },
      children: [
        run(
          `対象期間 ${formatDate(cmp.current.from, 'wareki')}〜${formatDate(cmp.current.to, 'wareki')}（前年度 ${years[1]} と比べています）`,
          { size: 20 },
        ),
      ],
    }),
    new Paragraph({ children: [run('件数はすべて集計値です。個人を特定する情報は含みません。', { size: 18 })] }),
  ];
  if (options.threshold !== null)
    body.push(new Paragraph({ children: [run(hiddenNote(options.threshold), { size: 18 })] }));

  for (const t of tables) {
    if (t === months.closed) continue;
    const chart = charts.get(t.id)!;
    body.push(t.note ? headingWithNote(chart.title, t.note) : heading(chart.title));
    body.push(chartParagraph(chart));
    if (t === months.fresh) {
      body.push(
        caption(months.fresh.title),
        grid(months.fresh, years),
        caption(months.closed.title),
        grid(months.closed, years),
      );
    } else body.push(grid(t, years));
  }
  body.push(
    new Paragraph({
      spacing: { before: 300 },
      children: [
        run('本資料は会議資料です。取扱いに注意し、目的外の複製・持ち出しはしないでください。', {
          size: 18,
          color: NOTICE_COLOR,
        }),
      ],
    }),
  );

  const doc = new Document({
    creator: 'Tsunagu',
    lastModifiedBy: 'Tsunagu',
    title,
    subject: STATS_NOTICE,
    keywords: STATS_NOTICE,
    description: '要保護児童対策地域協議会の年度実績（集計値のみ）の報告資料です。',
    styles: DOCUMENT_STYLES,
    sections: [noticeSection(STATS_NOTICE, title, body)],
  });
  return Packer.toBuffer(doc);
}

function chartParagraph(chart: Chart): Paragraph {
  return new Paragraph({
    keepNext: true,
    alignment: AlignmentType.CENTER,
    spacing: { before: 80, after: 120 },
    children: [
      new ImageRun({
        type: 'svg',
        data: chart.picture.svg,
        fallback: { type: 'png', data: chart.picture.png },
        transformation: chart.picture.display,
        altText: { name: 'グラフ', title: chart.title, description: `${chart.title}のグラフ（表は下にあります）` },
      }),
    ],
  });
}

/**
 * A heading and its note as ONE paragraph: LibreOffice let a heading → note → picture chain of "keep with next"
 * break after the heading, leaving it alone at the foot of a page.
 */
function headingWithNote(title: string, note: string): Paragraph {
  return new Paragraph({
    keepNext: true,
    keepLines: true,
    spacing: { before: 360, after: 80 },
    children: [run(title, { bold: true, size: 28 }), new TextRun({ break: 1 }), run(note, { size: 18 })],
  });
}

function caption(text: string): Paragraph {
  return new Paragraph({ keepNext: true, spacing: { before: 160, after: 60 }, children: [run(text, { bold: true })] });
}

function grid(table: ShownTable, years: readonly [string, string]): Table {
  const unit = `（${table.unit}）`;
  const head = [table.rowHead, `${years[0]}${unit}`, `${years[1]}${unit}`, '増減'];
  const rows = [...table.rows, ...(table.total ? [table.total] : [])];
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [...WIDTHS],
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        keepNext: true,
        children: head.map((h, i) => cellOf(h, i, 'head')),
      }),
      // Kept on one page with its chart: a table is at most 13 rows.
      ...rows.map(
        (r, i) =>
          new TableRow({
            cantSplit: true,
            keepNext: i < rows.length - 1,
            children: values(r).map((v, i) => cellOf(v, i, r === table.total ? 'total' : 'body')),
          }),
      ),
    ],
  });
}

function values(row: ShownRow): string[] {
  return [row.label, shownText(row.current), shownText(row.previous), diffText(row.diff)];
}

/** A table cell: the label column left, the counts right-aligned so digits line up. */
function cellOf(text: string, column: number, kind: 'head' | 'body' | 'total'): TableCell {
  return new TableCell({
    width: { size: WIDTHS[column]!, type: WidthType.DXA },
    margins: { top: 40, bottom: 40, left: 100, right: 100 },
    ...(kind !== 'body' ? { shading: { type: ShadingType.CLEAR, fill: HEAD_FILL, color: 'auto' } } : {}),
    children: [
      new Paragraph({
        alignment: column === 0 || kind === 'head' ? AlignmentType.LEFT : AlignmentType.RIGHT,
        children: [run(text, kind === 'body' ? {} : { bold: true })],
      }),
    ],
  });
}
