// The 依頼文 that goes with an agency's request workbook: a short official letter (date, 「○○ 御中」, the
// sender, the subject, a polite request to fill the attached sheet by the due date), the meeting's date, time
// and place when it prepares one, then 「会議で説明をお願いしたいこと」 per case — the per-agency list the
// secretariat prints for the invitation — and the cases in the sheet. Names are in it, so 取扱注意 heads every
// page (docx-parts.ts), as in every Word file of the app.
import { AlignmentType, Document, Packer, Paragraph, Table, TableLayoutType, TableRow, WidthType } from 'docx';
import { CONFIDENTIAL } from '../files/write-xlsx';
import { cell, DOCUMENT_STYLES, lines, noticeSection, run, subheading, TEXT_WIDTH } from './docx-parts';

export const LETTER_SUBJECT = '要保護児童等の状況確認について（依頼）';
/** The council has no name in the settings; the secretariat signs as the 調整機関 every council has. */
export const LETTER_SENDER = '要保護児童対策地域協議会 調整機関（事務局）';
export const QUESTIONS_HEADING = '会議で説明をお願いしたいこと';

export interface RequestLetterData {
  agency: string;
  requestId: number;
  /** Today and the due date, as the council writes dates. */
  dateText: string;
  dueText: string;
  meeting: { title: string; dateText: string; startTime: string; place: string | null } | null;
  /** The cases in the sheet, in its order, each with this agency's questions (maybe none). */
  cases: { caseNo: string; name: string; questions: string[] }[];
}

export async function writeRequestLetter(data: RequestLetterData): Promise<Buffer> {
  const doc = new Document({
    creator: 'Tsunagu',
    lastModifiedBy: 'Tsunagu',
    title: LETTER_SUBJECT,
    subject: CONFIDENTIAL,
    keywords: CONFIDENTIAL,
    styles: DOCUMENT_STYLES,
    sections: [noticeSection(CONFIDENTIAL, LETTER_SUBJECT, body(data))],
  });
  return Packer.toBuffer(doc);
}

const para = (text: string, options: { align?: 'right' | 'center'; bold?: boolean; after?: number } = {}) =>
  new Paragraph({
    alignment:
      options.align === 'right' ? AlignmentType.RIGHT : options.align === 'center' ? AlignmentType.CENTER : undefined,
    spacing: { after: options.after ?? 80 },
    children: lines(text, options.bold ? { bold: true } : {}),
  });

function body(data: RequestLetterData): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [
    para(`依頼番号 ${data.requestId}`, { align: 'right', after: 0 }),
    para(data.dateText, { align: 'right', after: 240 }),
    new Paragraph({ spacing: { after: 240 }, children: [run(`${data.agency}　御中`, { size: 24 })] }),
    para(LETTER_SENDER, { align: 'right', after: 360 }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 240 },
      children: [run(LETTER_SUBJECT, { bold: true, size: 28 })],
    }),
    para('日頃より、要保護児童対策地域協議会の運営にご協力いただき、誠にありがとうございます。'),
    para(
      `${data.meeting ? '標記の会議に先立ち、' : ''}貴機関が関わっておられる児童等の状況について確認させていただきたく、` +
        `お手数ですが、別添のアセスメントシートの黄色の欄にご記入のうえ、${data.dueText}までに事務局へご返送ください。`,
    ),
    para('なお、シートには個人情報が含まれますので、取扱いには十分ご注意ください。', { after: 240 }),
    para('記', { align: 'center', after: 160 }),
    para(`1　回答期限　${data.dueText}`),
  ];
  if (data.meeting) {
    const { title, dateText, startTime, place } = data.meeting;
    out.push(para(`2　会議　${title}　${dateText}　${startTime}〜${place ? `　${place}` : ''}`));
  }
  out.push(para(`${data.meeting ? 3 : 2}　対象のケース　${data.cases.length}件（別添シートのとおり）`));

  const asked = data.cases.filter((c) => c.questions.length > 0);
  if (asked.length > 0) {
    out.push(subheading(QUESTIONS_HEADING));
    out.push(para('会議の場で、次のことについてご説明（ご意見）をお願いいたします。'));
    out.push(
      table(
        ['登録番号', '氏名', '説明してほしいこと'],
        asked.map((c) => [c.caseNo, c.name, c.questions.map((q) => `・${q}`).join('\n')]),
      ),
    );
  }
  out.push(subheading('シートに記載したケース'));
  out.push(
    table(
      ['登録番号', '氏名'],
      data.cases.map((c) => [c.caseNo, c.name]),
      [2200, TEXT_WIDTH - 2200],
    ),
  );
  out.push(para('以上', { align: 'right' }));
  return out;
}

const QUESTION_WIDTHS = [1600, 1800, TEXT_WIDTH - 3400];

function table(headers: string[], rows: string[][], widths = QUESTION_WIDTHS): Table {
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    columnWidths: widths,
    rows: [
      new TableRow({ tableHeader: true, children: headers.map((h, i) => cell(h, widths[i]!, true)) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((v, i) => cell(v, widths[i]!, false)) })),
    ],
  });
}
