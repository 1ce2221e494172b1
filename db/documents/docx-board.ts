// A board snapshot in a Word file (議事録 and 事前配布資料): the PNG drawn at print resolution is the picture
// Word 2016/2019 and LibreOffice show, the SVG beside it is what newer Word draws. Every distinct board of a
// document is drawn once, before the document is built (docx builds synchronously).
import { AlignmentType, ImageRun, Paragraph } from 'docx';
import { boardPicture, type BoardPicture } from './board-png';
import { run } from './docx-parts';

/** The board picture's largest size on the page, in pixels at 96 dpi (about 16 cm square). */
export const BOARD_MAX_PX = { width: 600, height: 600 };

export type BoardPictures = ReadonlyMap<string, BoardPicture>;

/** Each distinct SVG drawn once, one after another (each holds a print-size bitmap; the renderer is single-threaded). */
export async function drawBoards(svgs: Iterable<string>): Promise<BoardPictures> {
  const out = new Map<string, BoardPicture>();
  for (const svg of new Set(svgs)) out.set(svg, await boardPicture(svg, BOARD_MAX_PX.width, BOARD_MAX_PX.height));
  return out;
}

/**
 * The picture and its caption, centred, kept on the page with each other. New objects on every call: a picture
 * gets a drawing id of its own in each place it appears (the handout repeats its body once per copy).
 */
export function boardParagraphs(picture: BoardPicture, caption: string): Paragraph[] {
  return [
    new Paragraph({
      keepNext: true,
      alignment: AlignmentType.CENTER,
      spacing: { before: 120 },
      children: [
        new ImageRun({
          type: 'svg',
          data: picture.svg,
          fallback: { type: 'png', data: picture.png },
          transformation: picture.display,
          altText: { name: 'ホワイトボード', title: caption, description: `${caption}のジェノグラム・エコマップ` },
        }),
      ],
    }),
    new Paragraph({ alignment: AlignmentType.CENTER, children: [run(caption, { size: 16 })] }),
  ];
}
