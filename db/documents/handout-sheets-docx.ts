// The handout's page per case in the DOCX (shared/meeting/handout-sheets.ts decided every word): a page break,
// the case's title, the merged grid with a column per agency (the header row repeated on a next page), the
// 聞き取り of each worry. Smaller type than the rest of the handout: six agencies must fit A4's width.
import { Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import { HEAD_FILL, lines, run, TEXT_WIDTH } from './docx-parts';
import { SHEET_NOTE, SHEET_TITLE, type HandoutSheet } from '../../shared/meeting/handout';

const SIZE = 16; // half-points: 8 pt
const LABEL_WIDTH = 2600;
const WORRY_FILL = 'FDECEC';

export function sheetPages(sheets: readonly HandoutSheet[]): (Paragraph | Table)[] {
  return sheets.flatMap((sheet) => [
    new Paragraph({
      pageBreakBefore: true,
      keepNext: true,
      spacing: { after: 80 },
      children: [run(`${SHEET_TITLE}　${sheet.label}`, { bold: true, size: 24 })],
    }),
    new Paragraph({ keepNext: true, children: [run(sheet.answered, { size: 18 })] }),
    grid(sheet),
    new Paragraph({ children: [run(SHEET_NOTE, { size: 16 })] }),
    new Paragraph({ keepNext: true, spacing: { before: 160 }, children: [run('聞き取り', { bold: true })] }),
    ...(sheet.hearings.length === 0
      ? [new Paragraph({ children: [run('気がかり（「はい」の回答）はありません。', { size: 18 })] })]
      : sheet.hearings.map((line) => new Paragraph({ children: [run(line, { size: 18 })] }))),
  ]);
}

function grid(sheet: HandoutSheet): Table {
  const n = Math.max(sheet.agencies.length, 1);
  const width = Math.floor((TEXT_WIDTH - LABEL_WIDTH) / n);
  const widths = [LABEL_WIDTH, ...sheet.agencies.map(() => width)];
  const cell = (text: string, w: number, fill: string | null, bold = false) =>
    new TableCell({
      width: { size: w, type: WidthType.DXA },
      margins: { top: 20, bottom: 20, left: 60, right: 60 },
      ...(fill ? { shading: { type: ShadingType.CLEAR, fill, color: 'auto' } } : {}),
      children: [new Paragraph({ children: lines(text, { size: SIZE, bold }) })],
    });
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: [
          cell('項目', LABEL_WIDTH, HEAD_FILL, true),
          ...sheet.agencies.map((a) => cell(a, width, HEAD_FILL, true)),
        ],
      }),
      ...sheet.rows.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            keepNext: row.heading,
            children: row.heading
              ? [
                  new TableCell({
                    columnSpan: widths.length,
                    shading: { type: ShadingType.CLEAR, fill: HEAD_FILL, color: 'auto' },
                    margins: { top: 20, bottom: 20, left: 60, right: 60 },
                    children: [new Paragraph({ children: [run(row.label, { size: SIZE, bold: true })] })],
                  }),
                ]
              : [
                  cell(row.label, LABEL_WIDTH, null),
                  ...row.cells.map((text) => cell(text, width, text.includes('⚑ 聞き取り未') ? WORRY_FILL : null)),
                ],
          }),
      ),
    ],
  });
}
