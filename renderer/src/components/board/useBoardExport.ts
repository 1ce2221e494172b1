// PNG and SVG export and 印刷. The SVG (exported or printed) draws what the view shows: the canvas's
// notation, masked on the projector. The PNG is that same SVG rasterised (svg-raster.ts), so the two files
// show the same things. The print view stays mounted (hidden on screen) so printing again needs
// no second render first.
import { useEffect, useState } from 'react';
import type { BoardEditor } from '../../../../shared/board/editor';
import type { NotationProfile } from '../../../../shared/board/notation';
import { boardToSvg } from '../../../../shared/board/svg';
import { downloadBlob } from '../../lib/files';
import { svgToPng } from './svg-raster';

interface Options {
  editor: BoardEditor;
  caseNo: string;
  today: string;
  /** The day ages are counted to (the meeting's date in a meeting). */
  asOf: string;
  notation: NotationProfile;
  masked: boolean;
  run(edit: () => void): void;
}

export function useBoardExport({ editor, caseNo, today, asOf, notation, masked, run }: Options) {
  const [print, setPrint] = useState<{ svg: string; masked: boolean; n: number } | null>(null);
  const svgOf = () => boardToSvg(editor.doc, { notation, masked, meetingDate: asOf });

  const exportPng = () =>
    run(() => {
      svgToPng(svgOf()).then(
        (png) => downloadBlob(`ホワイトボード_${caseNo}_${today}.png`, png),
        (e: unknown) =>
          run(() => {
            throw e;
          }),
      );
    });
  const exportSvg = () =>
    run(() => {
      downloadBlob(`ホワイトボード_${caseNo}_${today}.svg`, new Blob([svgOf()], { type: 'image/svg+xml' }));
    });
  const printBoard = () =>
    run(() => {
      const svg = svgOf();
      setPrint((prev) => ({ svg, masked, n: (prev?.n ?? 0) + 1 }));
    });
  useEffect(() => {
    if (print) window.print();
  }, [print]);

  return { exportPng, exportSvg, printBoard, print };
}
