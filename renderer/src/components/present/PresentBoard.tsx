// The case's whiteboard on the projector, drawn by the same SVG writer as the board's export. The view
// has already replaced names with role labels unless the case is revealed; masked is asked again here
// anyway, so a name can only reach the room through the facilitator's reveal. Inline SVG (its text is
// escaped by boardToSvg) so it uses the page's bundled font, which an <img> could not load.
import { useLayoutEffect, useMemo, useRef } from 'react';
import { DEFAULT_NOTATION } from '../../../../shared/board/notation';
import { boardToSvg } from '../../../../shared/board/svg';
import type { BoardDoc } from '../../../../shared/board/types';

/** Room around the drawing once it is cropped, in the SVG's units. */
const CROP_MARGIN = 24;

export function PresentBoard({
  doc,
  revealed,
  meetingDate,
}: {
  doc: BoardDoc;
  revealed: boolean;
  meetingDate: string;
}) {
  const ref = useRef<HTMLElement>(null);
  const svg = useMemo(() => {
    const text = boardToSvg(doc, { notation: DEFAULT_NOTATION, masked: !revealed, meetingDate });
    // The XML declaration means nothing inside an HTML page.
    return text.slice(text.indexOf('<svg'));
  }, [doc, revealed, meetingDate]);

  // The export's page keeps a title, a legend and a minimum width, which would leave a small family in a
  // corner. The room needs the drawing itself as large as the area allows: the view is cropped to it
  // (family, agencies, notes and scales), so the words grow with it.
  useLayoutEffect(() => {
    const root = ref.current?.querySelector('svg');
    if (!root) return;
    const parts = [...root.querySelectorAll<SVGGraphicsElement>(':scope > g:not(.legend)')];
    const boxes = parts.map((g) => g.getBBox()).filter((b) => b.width > 0 && b.height > 0);
    if (boxes.length === 0) return;
    const left = Math.min(...boxes.map((b) => b.x)) - CROP_MARGIN;
    const top = Math.min(...boxes.map((b) => b.y)) - CROP_MARGIN;
    const right = Math.max(...boxes.map((b) => b.x + b.width)) + CROP_MARGIN;
    const bottom = Math.max(...boxes.map((b) => b.y + b.height)) + CROP_MARGIN;
    root.setAttribute('viewBox', `${left} ${top} ${right - left} ${bottom - top}`);
  }, [svg]);

  return (
    <figure ref={ref} className="present-board" aria-label="ホワイトボード" dangerouslySetInnerHTML={{ __html: svg }} />
  );
}
