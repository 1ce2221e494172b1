// 印刷: the board on paper. The page is the same SVG as the SVG export (boardToSvg, masked when the projector
// view is on), under 取扱注意. It is rendered beside #root and shown only in print media (board.css), so the
// window's own print (Chromium and Electron alike; its dialog also saves a PDF) prints it and nothing else.
import { createPortal } from 'react-dom';

interface Props {
  /** The standalone SVG document from boardToSvg. */
  svg: string;
  masked: boolean;
}

export function BoardPrint({ svg, masked }: Props) {
  // The XML declaration is for the standalone file; inline in HTML it must go.
  const markup = svg.replace(/^<\?xml[^>]*\?>\s*/, '');
  return createPortal(
    <div className="board-print" aria-hidden="true" data-masked={masked ? 'true' : 'false'}>
      <p className="board-print-caution">取扱注意{masked ? '（匿名表示）' : '・会議終了後回収'}</p>
      {/* Our own SVG: every text in it went through escapeXml. */}
      <div className="board-print-sheet" dangerouslySetInnerHTML={{ __html: markup }} />
    </div>,
    document.body,
  );
}
