// PNG and SVG export and 印刷. The SVG (exported or printed) draws what the view shows: the canvas's
// notation, masked on the projector. The print view stays mounted (hidden on screen) so printing again needs
// no second render first.
import type Konva from 'konva';
import { useEffect, useState, type RefObject } from 'react';
import type { BoardEditor } from '../../../../shared/board/editor';
import type { NotationProfile } from '../../../../shared/board/notation';
import { boardToSvg } from '../../../../shared/board/svg';
import { contentBounds } from '../../../../shared/board/viewport';
import { downloadBlob } from '../../lib/files';
import { dataUrlToBlob } from './downloads';
import { ALL_COLUMNS_BOX } from './sos-columns';
import { stageToPng } from './viewport';

const EXPORT_MARGIN = 40;

interface Options {
  editor: BoardEditor;
  stageRef: RefObject<Konva.Stage | null>;
  caseNo: string;
  today: string;
  /** The day ages are counted to (the meeting's date in a meeting). */
  asOf: string;
  notation: NotationProfile;
  masked: boolean;
  run(edit: () => void): void;
}

export function useBoardExport({ editor, stageRef, caseNo, today, asOf, notation, masked, run }: Options) {
  const [print, setPrint] = useState<{ svg: string; masked: boolean; n: number } | null>(null);
  const svgOf = () => boardToSvg(editor.doc, { notation, masked, meetingDate: asOf });

  const exportPng = () => {
    const stage = stageRef.current;
    const box = contentBounds(editor.doc, [ALL_COLUMNS_BOX]);
    if (!stage || !box) return;
    downloadBlob(`ホワイトボード_${caseNo}_${today}.png`, dataUrlToBlob(stageToPng(stage, box, EXPORT_MARGIN)));
  };
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
