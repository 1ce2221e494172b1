// 議事録 as a Word file, laid out like the handout (db/documents/handout-docx.ts: A4, Yu Gothic marked ja-JP, the
// notice in the header of every page). The words come from buildMinutes (shared/); this file only lays them out.
// A 協議 case's board (the snapshot this meeting took) goes in as the real drawing: a PNG at print resolution
// (board-png.ts) that Word 2016/2019 and LibreOffice show, with the SVG beside it for Word versions that draw SVG.
import { AlignmentType, Document, Packer, Paragraph, Table, TableLayoutType, TableRow, WidthType } from 'docx';
import {
  PROGRAM_LIST_COLUMNS,
  rolesByAgency,
  ROLE_COLUMNS,
  type MinutesCase,
  type MinutesItem,
  type MinutesLine,
  type MinutesModel,
  type MinutesSection,
} from '../../shared/meeting/minutes';
import {
  cell,
  clean,
  DOCUMENT_STYLES,
  noticeSection,
  heading,
  NOTICE_COLOR,
  run,
  subheading,
  TEXT_WIDTH,
} from './docx-parts';
import { boardParagraphs, drawBoards, type BoardPictures } from './docx-board';

const LINE_COLUMNS = [2200, TEXT_WIDTH - 2200] as const;
const ROLE_WIDTHS = [2600, 5038, 2000] as const;
const CARRIED_WIDTHS = [3600, 6038] as const;
const PROGRAM_WIDTHS = [800, 1300, 4138, 2200, 1200] as const;

export async function writeMinutesDocx(model: MinutesModel): Promise<Buffer> {
  const pictures = await drawBoards(
    model.groups.flatMap((g) => g.items.flatMap((item) => (item.boardSvg ? [item.boardSvg] : []))),
  );
  const doc = new Document({
    creator: 'Tsunagu',
    lastModifiedBy: 'Tsunagu',
    title: clean(`${model.title} ${model.meetingTitle}`),
    subject: model.notice,
    keywords: '取扱注意',
    description: '要保護児童対策地域協議会の議事録です。取扱いに注意してください。',
    styles: DOCUMENT_STYLES,
    sections: [noticeSection(model.notice, `${model.title}　${model.meetingTitle}`, body(model, pictures))],
  });
  return Packer.toBuffer(doc);
}

function body(model: MinutesModel, pictures: BoardPictures): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [
    new Paragraph({ alignment: AlignmentType.CENTER, children: [run(model.title, { bold: true, size: 32 })] }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 200 },
      children: [run(model.meetingTitle, { bold: true, size: 26 })],
    }),
  ];
  if (model.masked)
    out.push(
      new Paragraph({
        children: [
          run('氏名等は伏せ、登録番号とふりがなのイニシャルで表示しています（ふりがながないケースは登録番号のみ）。', {
            size: 18,
          }),
        ],
      }),
    );
  out.push(linesTable([...model.meetingLines, { label: '作成日', value: model.createdOn }]));

  if (model.program.length > 0) {
    out.push(heading('次第'));
    out.push(
      grid(
        PROGRAM_LIST_COLUMNS,
        PROGRAM_WIDTHS,
        model.program.map((r) => [String(r.no), r.kind, r.title, r.presenter, r.time]),
      ),
    );
  }
  for (const section of model.sections) out.push(...sectionBlock(section, pictures));
  if (!model.caseless) out.push(...caseLists(model));

  out.push(heading('次回の会議'));
  out.push(new Paragraph({ children: [run(model.nextMeeting)] }));
  out.push(
    new Paragraph({
      spacing: { before: 300 },
      children: [
        run(
          '本議事録には個人情報が含まれます。取扱いに注意し、目的外の複製・持ち出しはしないでください（児童福祉法第25条の5）。',
          { size: 18, color: NOTICE_COLOR },
        ),
      ],
    }),
  );
  return out;
}

function sectionBlock(section: MinutesSection, pictures: BoardPictures): (Paragraph | Table)[] {
  if (section.type === 'items') return [heading(section.heading), ...section.items.flatMap(itemBlock)];
  const { group } = section;
  const out: (Paragraph | Table)[] = [heading(`${group.label}（${group.items.length}件）`)];
  if (group.items.length === 0) out.push(new Paragraph({ children: [run('該当なし')] }));
  for (const item of group.items) out.push(...caseBlock(item, pictures));
  return out;
}

/**
 * A 報告 / 研修 … item: its title, then its lines. The record may run for pages (an hour's 研修), so its row
 * may break across pages (a row kept whole but taller than a page is cut off in Word); the short rows stay whole.
 */
function itemBlock(item: MinutesItem): (Paragraph | Table)[] {
  return [
    new Paragraph({
      keepNext: true,
      spacing: { before: 200, after: 80 },
      children: [run(`（${item.no}）${item.title}`, { bold: true, size: 22 })],
    }),
    new Table({
      layout: TableLayoutType.FIXED,
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: [...LINE_COLUMNS],
      rows: item.lines.map((line, i) => {
        const last = i === item.lines.length - 1;
        return new TableRow({
          cantSplit: !last,
          keepNext: !last,
          children: [cell(line.label, LINE_COLUMNS[0], true), cell(line.value, LINE_COLUMNS[1], false)],
        });
      }),
    }),
  ];
}

/** 次回へ持ち越すケース and 機関別の役割分担: only for a meeting that had cases. */
function caseLists(model: MinutesModel): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [heading('次回へ持ち越すケース')];
  out.push(
    model.carriedOver.length === 0
      ? new Paragraph({ children: [run('なし')] })
      : grid(
          ['事例', '理由'],
          CARRIED_WIDTHS,
          model.carriedOver.map((c) => [c.label, c.reason]),
        ),
  );

  out.push(heading('機関別の役割分担'));
  const agencies = rolesByAgency(model);
  if (agencies.length === 0) out.push(new Paragraph({ children: [run('なし')] }));
  for (const a of agencies) {
    out.push(subheading(a.agency));
    out.push(
      grid(
        ['事例', '役割', '期限'],
        ROLE_WIDTHS,
        a.rows.map((r) => [r.caseLabel, r.task, r.due]),
      ),
    );
  }
  return out;
}

function caseBlock(item: MinutesCase, pictures: BoardPictures): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [
    new Paragraph({
      keepNext: true,
      spacing: { before: 240, after: 80 },
      children: [run(`${item.no}. ${item.label}`, { bold: true, size: 24 })],
    }),
    linesTable(item.lines, item.roles.length > 0),
  ];
  if (item.roles.length > 0) {
    out.push(new Paragraph({ keepNext: true, spacing: { before: 80 }, children: [run('役割分担', { bold: true })] }));
    out.push(
      grid(
        [...ROLE_COLUMNS],
        ROLE_WIDTHS,
        item.roles.map((r) => [r.agency, r.task, r.due]),
        true,
      ),
    );
  }
  const picture = item.boardSvg ? pictures.get(item.boardSvg) : undefined;
  if (picture) out.push(...boardParagraphs(picture, 'ホワイトボード（会議終了時）'));
  return out;
}

function linesTable(lines: readonly MinutesLine[], keepWithNext = false): Table {
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [...LINE_COLUMNS],
    rows: lines.map(
      (line, i) =>
        new TableRow({
          cantSplit: true,
          keepNext: keepWithNext || i < lines.length - 1,
          children: [cell(line.label, LINE_COLUMNS[0], true), cell(line.value, LINE_COLUMNS[1], false)],
        }),
    ),
  });
}

function grid(
  titles: readonly string[],
  widths: readonly number[],
  rows: readonly string[][],
  keepTogether = false,
): Table {
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [...widths],
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        keepNext: true,
        children: titles.map((t, i) => cell(t, widths[i] ?? 1000, true)),
      }),
      ...rows.map(
        (values, r) =>
          new TableRow({
            cantSplit: true,
            keepNext: keepTogether && r < rows.length - 1,
            children: titles.map((_, i) => cell(values[i] ?? '', widths[i] ?? 1000, false)),
          }),
      ),
    ],
  });
}
