// 「回答のお願い（督促）一覧」: for the secretariat to phone or mail each agency that has not (fully) sent its
// assessment sheets back — the agency, how many it answered, and its cases without an answer by 登録番号 and
// 氏名 (so it names children: 取扱注意 on every page, and the file name holds neither names nor numbers).
import { AlignmentType, Document, Packer, Paragraph, Table, TableLayoutType, TableRow, WidthType } from 'docx';
import type { ExportedFile } from '../../shared/contract';
import { formatDate } from '../../shared/ledger/dates';
import type { ReminderData } from '../services/returns';
import { cell, DOCUMENT_STYLES, DOCX_MIME, noticeSection, run, subheading, TEXT_WIDTH } from './docx-parts';

export const REMINDER_TITLE = '回答のお願い（督促）一覧';
export const REMINDER_NOTICE = '取扱注意';
const WIDTHS = [2000, 3400, TEXT_WIDTH - 5400] as const;

export async function reminderDocxFile(data: ReminderData): Promise<ExportedFile> {
  const doc = new Document({
    creator: 'Tsunagu',
    lastModifiedBy: 'Tsunagu',
    title: REMINDER_TITLE,
    subject: REMINDER_NOTICE,
    styles: DOCUMENT_STYLES,
    sections: [noticeSection(REMINDER_NOTICE, REMINDER_TITLE, body(data))],
  });
  const bytes = await Packer.toBuffer(doc);
  return {
    fileName: `督促一覧_依頼${data.request.id}_${data.today}.docx`,
    mimeType: DOCX_MIME,
    dataBase64: bytes.toString('base64'),
  };
}

function body(data: ReminderData): (Paragraph | Table)[] {
  const day = (iso: string) => formatDate(iso, data.dateStyle);
  const { status } = data;
  const waiting = status.agencies.filter((a) => a.state !== '回答済');
  const out: (Paragraph | Table)[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 160 },
      children: [run(REMINDER_TITLE, { bold: true, size: 32 })],
    }),
    line(`依頼番号　${data.request.id}`),
    line(`回答期限　${day(status.dueDate)}${status.overdue ? '（期限超過）' : ''}`),
    ...(data.meeting ? [line(`会議　${data.meeting.title}（${day(data.meeting.date)}）`)] : []),
    line(`作成日　${day(data.today)}`),
    line(`未回答・一部回答の機関　${waiting.length}機関（依頼した${status.agencies.length}機関のうち）`),
  ];
  if (waiting.length === 0) out.push(subheading('すべての機関から回答がありました。'));
  for (const a of waiting) {
    const last = a.lastImportedAt ? `最終受信 ${day(a.lastImportedAt.slice(0, 10))}` : '受信なし';
    out.push(subheading(`${a.agency}　${a.state}（回答 ${a.answered}／依頼 ${a.asked}件・${last}）`));
    out.push(
      new Table({
        width: { size: TEXT_WIDTH, type: WidthType.DXA },
        columnWidths: [...WIDTHS],
        layout: TableLayoutType.FIXED,
        rows: [
          new TableRow({
            tableHeader: true,
            children: ['登録番号', '氏名', '所属'].map((h, i) => cell(h, WIDTHS[i]!, true)),
          }),
          ...a.unanswered.map((caseNo) => {
            const c = data.cases.get(caseNo);
            return new TableRow({
              cantSplit: true,
              children: [caseNo, c?.name ?? '', c?.affiliation ?? ''].map((t, i) => cell(t, WIDTHS[i]!, false)),
            });
          }),
        ],
      }),
    );
  }
  return out;
}

function line(text: string): Paragraph {
  return new Paragraph({ spacing: { after: 60 }, children: [run(text)] });
}
