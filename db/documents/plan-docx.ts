// The サポートプラン as the Word file handed to the family: the 様式例's order (作成日, the family's rows, their
// wishes in their words, 一緒に解決を目指していくこと, 対象時期, the supports, 次回相談時期, the centre's contacts)
// and at the end the consent with 同意日 and signature lines. The words come from planPrintModel (shared/), built
// from one version's content only, so nothing internal can reach the page; this file only lays them out, on the
// page every Word file of the app shares (docx-parts.ts: A4, Yu Gothic ja-JP, 取扱注意 in every page's header).
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableLayoutType,
  TableRow,
  WidthType,
} from 'docx';
import type { ExportedFile } from '../../shared/contract';
import {
  planPrintModel,
  type PlanPrintModel,
  type PlanPrintOptions,
  type PrintField,
  type PrintTable,
  SIGNATURE_LINE,
} from '../../shared/plan/plan-print';
import type { PlanVersion } from '../../shared/plan/support-plan';
import { cell, DOCUMENT_STYLES, DOCX_MIME, lines, noticeSection, run, subheading, TEXT_WIDTH } from './docx-parts';

const LABEL_WIDTH = 2600;
const SUPPORT_WIDTHS = [2300, 1600, 2238, 1900, 1600] as const;
const CONTACT_WIDTHS = [1800, 4438, 3400] as const;

export async function writePlanDocx(model: PlanPrintModel): Promise<Buffer> {
  const doc = new Document({
    creator: 'Tsunagu',
    lastModifiedBy: 'Tsunagu',
    title: model.title,
    subject: model.notice,
    keywords: model.notice,
    description: 'ご家庭と一緒に作成したサポートプランです。',
    styles: DOCUMENT_STYLES,
    sections: [noticeSection(model.notice, model.title, body(model))],
  });
  return Packer.toBuffer(doc);
}

/** サポートプラン_第2版_手交2026-12-01.docx: no name and no 登録番号 in the file name (it shows in folders and mail). */
export function planFileName(planId: number, version: PlanVersion): string {
  const handed = version.handedOverOn ? `_手交${version.handedOverOn}` : '_作成中';
  return `サポートプラン_${planId}_第${version.version}版${handed}.docx`;
}

export async function planDocxFile(
  planId: number,
  version: PlanVersion,
  options: PlanPrintOptions = {},
): Promise<ExportedFile> {
  const bytes = await writePlanDocx(planPrintModel(version, options));
  return { fileName: planFileName(planId, version), mimeType: DOCX_MIME, dataBase64: bytes.toString('base64') };
}

function body(model: PlanPrintModel): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 120 },
      children: [run(model.title, { bold: true, size: 36 })],
    }),
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      spacing: { after: 160 },
      children: [run(model.dates.map((d) => `${d.label}　${d.text || '　　年　　月　　日'}`).join('　　'))],
    }),
  ];
  for (const people of model.people) out.push(subheading(people.heading), table(people, evenWidths(people.columns)));
  if (model.pregnancy.length > 0) out.push(subheading('出産について'), fieldTable(model.pregnancy));
  for (const field of model.fields) out.push(subheading(field.label), box(field.text));
  out.push(subheading(model.supports.heading), table(model.supports, SUPPORT_WIDTHS));
  out.push(subheading(model.nextConsultation.label), box(model.nextConsultation.text));
  out.push(subheading(model.contacts.heading), table(model.contacts, CONTACT_WIDTHS));
  out.push(...consent(model.consent));
  return out;
}

function evenWidths(columns: readonly string[]): number[] {
  const w = Math.floor(TEXT_WIDTH / columns.length);
  return columns.map((_, i) => (i === columns.length - 1 ? TEXT_WIDTH - w * (columns.length - 1) : w));
}

/** A table with at least one empty row, so a blank part of the form can be written in by hand. */
function table(t: PrintTable, widths: readonly number[]): Table {
  const rows = t.rows.length > 0 ? t.rows : [t.columns.map(() => '')];
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [...widths],
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({ tableHeader: true, children: t.columns.map((c, i) => cell(c, widths[i]!, true)) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((v, i) => cell(v, widths[i]!, false)) })),
    ],
  });
}

function fieldTable(fields: readonly PrintField[]): Table {
  const widths = [LABEL_WIDTH, TEXT_WIDTH - LABEL_WIDTH];
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: fields.map(
      (f) =>
        new TableRow({ cantSplit: true, children: [cell(f.label, widths[0]!, true), cell(f.text, widths[1]!, false)] }),
    ),
  });
}

/** The family's words in a bordered box; an empty one is left tall enough to write in. */
function box(text: string): Paragraph {
  const border = { style: BorderStyle.SINGLE, size: 4, color: '808080', space: 4 };
  return new Paragraph({
    border: { top: border, bottom: border, left: border, right: border },
    spacing: { after: 120 },
    children: text ? lines(text, { size: 22 }) : lines('\n\n', {}),
  });
}

function consent(c: PlanPrintModel['consent']): Paragraph[] {
  return [
    new Paragraph({ keepNext: true, spacing: { before: 480, after: 240 }, children: [run(c.text, { size: 22 })] }),
    new Paragraph({
      keepNext: true,
      spacing: { after: 360 },
      children: [run(`同意日　${c.date || '　　　　年　　月　　日'}`, { size: 22 })],
    }),
    ...c.signatures.map(
      (label, i) =>
        new Paragraph({
          keepNext: i < c.signatures.length - 1,
          spacing: { after: 360 },
          children: [run(`${label}　${SIGNATURE_LINE}`, { size: 22 })],
        }),
    ),
  ];
}
