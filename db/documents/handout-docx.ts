// The 事前配布資料 as a Word file: one section per numbered copy, so every page of every copy carries its copy
// number and 取扱注意・会議終了後回収 in the header and restarts its page numbers. The content comes from
// buildHandout (shared/), which already decided every word and what masking hides; a 協議 case's board comes
// from handout-boards.ts, masked by the same policy.
import {
  AlignmentType,
  Document,
  FileChild,
  Header,
  Packer,
  Paragraph,
  Tab,
  Table,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
  type IContext,
  type IXmlableObject,
} from 'docx';
import {
  cell,
  clean,
  DOCUMENT_STYLES,
  DOCX_MIME,
  heading,
  MARGIN,
  NOTICE_COLOR,
  PAGE,
  pageFooter,
  run,
  subheading,
  TEXT_WIDTH,
} from './docx-parts';
import type { BoardPicture } from './board-png';
import { boardParagraphs, drawBoards } from './docx-board';
import { HANDOUT_BOARD_CAPTION, handoutBoardSvgs } from './handout-boards';
import { sheetPages } from './handout-sheets-docx';
import type { ExportedFile } from '../../shared/contract';
import {
  AGENDA_COLUMNS,
  agendaRows,
  buildHandout,
  caseDetailLines,
  copyLabel,
  HANDOUT_NOTICE,
  HOLD_COLUMNS,
  PROGRAM_COLUMNS,
  REPORT_COLUMNS,
  reportRows,
  type HandoutCase,
  type HandoutGroup,
  type HandoutInput,
  type HandoutModel,
} from '../../shared/meeting/handout';
import { GROUP_LABELS } from '../../shared/meeting/types';

/** Everything but the export options: the backend loads it for the meeting. */
export type HandoutData = Omit<HandoutInput, 'masked' | 'copies'>;

/** The 'handout.export' handler body: the backend loads `data` for input.meetingId and calls this. */
export async function exportHandout(
  input: { masked: boolean; copies: number },
  data: HandoutData,
): Promise<ExportedFile> {
  const model = buildHandout({ ...data, masked: input.masked, copies: input.copies });
  const bytes = await writeHandoutDocx(model, handoutBoardSvgs({ ...data, masked: input.masked }));
  return { fileName: model.fileName, mimeType: DOCX_MIME, dataBase64: bytes.toString('base64') };
}

// Widths in twentieths of a point for the shared column titles (the content width of A4 is 9638).
const withWidths = (titles: readonly string[], widths: readonly number[]) =>
  titles.map((title, i) => ({ title, width: widths[i] ?? 1000 }));
const AGENDA_TABLE = withWidths(AGENDA_COLUMNS, [600, 2300, 1200, 700, 1000, 1600, 2238]);
const HOLD_TABLE = withWidths(HOLD_COLUMNS, [3000, 6638]);
const PROGRAM_TABLE = withWidths(PROGRAM_COLUMNS, [900, 1100, 4238, 2500, 900]);
const DETAIL_COLUMNS = [
  { title: '項目', width: 2000 },
  { title: '内容', width: 7638 },
] as const;
const REPORT_TABLE = withWidths(REPORT_COLUMNS, [2150, 1500, 1250, 650, 850, 3238]);

/** `boards`: caseNo → SVG of the 協議 cases' boards (handoutBoardSvgs). */
export async function writeHandoutDocx(
  model: HandoutModel,
  boards: ReadonlyMap<string, string> = new Map(),
): Promise<Buffer> {
  const pictures = await drawBoards(boards.values());
  const pictureOf = (caseNo: string) => {
    const svg = boards.get(caseNo);
    return svg === undefined ? undefined : pictures.get(svg);
  };
  const shared = body(model, pictureOf).map((block) => (block instanceof PictureSlot ? block : new SharedBlock(block)));
  // The picture paragraphs are made anew for each copy (a drawing's id is its own); the PNG is stored once.
  const content = (): FileChild[] =>
    shared.flatMap((block): FileChild[] =>
      block instanceof PictureSlot ? boardParagraphs(block.picture, HANDOUT_BOARD_CAPTION) : [block],
    );
  const sections = Array.from({ length: model.copies }, (_, i) => ({
    properties: {
      page: {
        size: PAGE,
        margin: MARGIN,
        pageNumbers: { start: 1 },
      },
    },
    headers: { default: copyHeader(i + 1, model.copies) },
    footers: { default: pageFooter() },
    children: content(),
  }));
  const doc = new Document({
    creator: 'Tsunagu',
    lastModifiedBy: 'Tsunagu',
    title: clean(`${model.title} ${model.meetingTitle}`),
    subject: HANDOUT_NOTICE,
    keywords: '取扱注意',
    description: '要保護児童対策地域協議会の事前配布資料です。会議終了後に回収します。',
    styles: DOCUMENT_STYLES,
    sections,
  });
  return Packer.toBuffer(doc);
}

function copyHeader(copy: number, copies: number): Header {
  return new Header({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
        children: [
          new TextRun({ text: HANDOUT_NOTICE, bold: true, color: NOTICE_COLOR }),
          new TextRun({ children: [new Tab(), copyLabel(copy, copies)], bold: true }),
        ],
      }),
    ],
  });
}

/**
 * Every copy has the same body. docx would turn it into XML objects again for each section, which made 30 copies
 * of 60 cases take 20 s, mostly in garbage collection; this block prepares its content once and hands the same
 * objects to every section. Safe for plain paragraphs and tables: nothing in them is numbered per document
 * (no bookmarks, footnotes, images, lists or tables of contents, which docx rewrites after preparing).
 */
class SharedBlock extends FileChild {
  private prepared: IXmlableObject | undefined;

  constructor(private readonly content: Paragraph | Table) {
    super('w:p');
  }

  override prepForXml(context: IContext): IXmlableObject | undefined {
    this.prepared ??= this.content.prepForXml(context);
    return this.prepared;
  }
}

/** Where a board picture goes in the shared body. */
class PictureSlot {
  constructor(readonly picture: BoardPicture) {}
}

type Block = Paragraph | Table | PictureSlot;

function body(model: HandoutModel, pictureOf: (caseNo: string) => BoardPicture | undefined): Block[] {
  const out: Block[] = [
    new Paragraph({ alignment: AlignmentType.CENTER, children: [run(model.title, { bold: true, size: 32 })] }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 200 },
      children: [run(model.meetingTitle, { bold: true, size: 26 })],
    }),
  ];
  if (model.masked) {
    out.push(
      new Paragraph({
        children: [
          run('氏名等は伏せ、登録番号とふりがなのイニシャルで表示しています（ふりがながないケースは登録番号のみ）。', {
            size: 18,
          }),
        ],
      }),
    );
  }
  out.push(detailTable([...model.meetingLines, { label: '作成日', value: model.createdOn }]));
  if (model.program.length > 0) out.push(heading('次第'), table(PROGRAM_TABLE, model.program, true));

  out.push(heading('会議次第'));
  for (const group of model.groups) out.push(...agendaBlock(group));

  const discussed = model.groups.filter((g) => g.group !== 'hold').flatMap((g) => g.items);
  if (discussed.length > 0) {
    out.push(heading('事例の概要'));
    for (const item of discussed) {
      out.push(...caseBlock(item));
      const picture = item.group === 'deep' ? pictureOf(item.caseNo) : undefined;
      if (picture) out.push(new PictureSlot(picture));
    }
  }
  out.push(...sheetPages(model.sheets));
  out.push(
    new Paragraph({
      spacing: { before: 300 },
      children: [
        run('本資料は会議終了後に回収します。複製・持ち出しはしないでください（児童福祉法第25条の5）。', {
          size: 18,
          color: NOTICE_COLOR,
        }),
      ],
    }),
  );
  return out;
}

function agendaBlock(group: HandoutGroup): (Paragraph | Table)[] {
  const title = `${group.label}（${group.items.length}件）`;
  if (group.items.length === 0) return [subheading(title), new Paragraph({ children: [run('該当なし')] })];
  return [subheading(title), table(group.group === 'hold' ? HOLD_TABLE : AGENDA_TABLE, agendaRows(group))];
}

function caseBlock(item: HandoutCase): (Paragraph | Table)[] {
  const lines = caseDetailLines(item);
  const out: (Paragraph | Table)[] = [
    new Paragraph({
      keepNext: true,
      spacing: { before: 240, after: 80 },
      children: [
        run(`${item.no ?? ''}. ${item.label}`, { bold: true, size: 24 }),
        run(`　〔${GROUP_LABELS[item.group]}〕`, { size: 20 }),
      ],
    }),
    detailTable(lines, true),
    new Paragraph({
      keepNext: true,
      spacing: { before: 120 },
      children: [run('関係機関からの報告（新しい順）', { bold: true })],
    }),
  ];
  if (item.reports.length === 0) {
    out.push(new Paragraph({ children: [run('報告なし')] }));
    return out;
  }
  out.push(table(REPORT_TABLE, reportRows(item), true));
  if (item.olderReports > 0)
    out.push(new Paragraph({ children: [run(`ほかに以前の報告が${item.olderReports}件あります。`, { size: 18 })] }));
  return out;
}

/** keepWithNext: the rows stay on one page with what follows (a case's heading, table and reports together). */
function detailTable(lines: readonly { label: string; value: string }[], keepWithNext = false): Table {
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: DETAIL_COLUMNS.map((c) => c.width),
    rows: lines.map(
      (line, i) =>
        new TableRow({
          cantSplit: true,
          keepNext: keepWithNext || i < lines.length - 1,
          children: [cell(line.label, DETAIL_COLUMNS[0].width, true), cell(line.value, DETAIL_COLUMNS[1].width, false)],
        }),
    ),
  });
}

/** keepTogether: the rows stay on one page (a case's few reports); an agenda table may run over pages. */
function table(
  columns: readonly { title: string; width: number }[],
  rows: readonly string[][],
  keepTogether = false,
): Table {
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: columns.map((c) => c.width),
    rows: [
      // Repeated at the top of each page the table runs onto.
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        keepNext: true,
        children: columns.map((c) => cell(c.title, c.width, true)),
      }),
      ...rows.map(
        (values, i) =>
          new TableRow({
            cantSplit: true,
            keepNext: keepTogether && i < rows.length - 1,
            children: columns.map((c, i) => cell(values[i] ?? '', c.width, false)),
          }),
      ),
    ],
  });
}
