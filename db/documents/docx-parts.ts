// What every Word file of the app shares (the 事前配布資料 and the 議事録): A4 with the same margins, Yu Gothic
// marked ja-JP as the default run, a centred page number, headings, table cells, and text cleaned of the
// characters XML 1.0 forbids.
import {
  AlignmentType,
  Footer,
  Header,
  PageNumber,
  Paragraph,
  ShadingType,
  Tab,
  Table,
  TableCell,
  TabStopType,
  TextRun,
  WidthType,
  type IRunOptions,
} from 'docx';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A4 portrait in twips with 2 cm side margins: the text block is 9638 twips wide. */
export const PAGE = { width: 11906, height: 16838 };
export const MARGIN = { top: 1418, bottom: 1134, left: 1134, right: 1134, header: 567, footer: 567 };
export const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
/**
 * Yu Gothic is on every Windows since 8.1 and in Office for Mac; LibreOffice substitutes a Japanese Gothic
 * (Noto Sans CJK JP) because the runs are marked ja-JP.
 */
export const FONT = 'Yu Gothic';
export const HEAD_FILL = 'E8EEF4';
export const NOTICE_COLOR = 'C00000';

export const DOCUMENT_STYLES = {
  default: {
    document: {
      run: {
        font: { ascii: FONT, hAnsi: FONT, eastAsia: FONT, cs: FONT },
        size: 20,
        language: { value: 'ja-JP', eastAsia: 'ja-JP' },
      },
      paragraph: { spacing: { after: 40 } },
    },
  },
};

export type RunStyle = Omit<IRunOptions, 'text' | 'children' | 'break'>;

export function pageFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        // Only the page's own number: LibreOffice leaves SECTIONPAGES (pages of this copy) blank, which reads "1 /".
        children: [new TextRun({ children: ['- ', PageNumber.CURRENT, ' -'], size: 18 })],
      }),
    ],
  });
}

/** The notice (取扱注意) in red on the left of every page's header, the document's title on the right. */
export function noticeHeader(notice: string, title: string): Header {
  return new Header({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
        children: [
          new TextRun({ text: notice, bold: true, color: NOTICE_COLOR }),
          new TextRun({ children: [new Tab(), clean(title)], size: 18 }),
        ],
      }),
    ],
  });
}

/** One section with the page every Word file of the app has: A4, the margins above, notice header, page number. */
export function noticeSection(notice: string, title: string, children: (Paragraph | Table)[]) {
  return {
    properties: { page: { size: PAGE, margin: MARGIN, pageNumbers: { start: 1 } } },
    headers: { default: noticeHeader(notice, title) },
    footers: { default: pageFooter() },
    children,
  };
}

export function heading(text: string): Paragraph {
  return new Paragraph({
    keepNext: true,
    spacing: { before: 360, after: 120 },
    children: [run(text, { bold: true, size: 28 })],
  });
}

export function subheading(text: string): Paragraph {
  return new Paragraph({
    keepNext: true,
    spacing: { before: 200, after: 80 },
    children: [run(text, { bold: true, size: 22 })],
  });
}

export function cell(text: string, width: number, head: boolean): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    ...(head ? { shading: { type: ShadingType.CLEAR, fill: HEAD_FILL, color: 'auto' } } : {}),
    children: [new Paragraph({ children: lines(text, head ? { bold: true } : {}) })],
  });
}

/** One run per line, so text with line breaks keeps them in Word. */
export function lines(text: string, options: RunStyle): TextRun[] {
  return clean(text)
    .split('\n')
    .map((line, i) => new TextRun({ ...options, text: line, ...(i > 0 ? { break: 1 } : {}) }));
}

export function run(text: string, options: RunStyle = {}): TextRun {
  return new TextRun({ ...options, text: clean(text).replace(/\n/g, ' ') });
}

/**
 * Ledger text pasted from Excel can hold control characters and lone surrogates, which XML 1.0 forbids: one of
 * them would make Word refuse the whole file. Tabs become spaces; CR LF becomes one line break.
 */
export function clean(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '');
}
