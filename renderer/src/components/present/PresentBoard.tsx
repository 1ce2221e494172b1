// The case's whiteboard on the projector, drawn by the same SVG writer as the board's export. The view
// has already replaced names with role labels unless the case is revealed; masked is asked again here
// anyway, so a name can only reach the room through the facilitator's reveal. Inline SVG (its text is
// escaped by boardToSvg) so it uses the page's bundled font, which an <img> could not load.
// The drawing is fitted to its area with its words at a readable size (board-text.ts) and re-spaced until
// nothing overlaps at that size (board-spread.ts); its safety scales and legend are BoardGuide, beside it.
// Where no spacing parts everything at 24 px beside the guide, it says so (onCramped) and PresentItemBody
// gives it the whole screen, the guide and the facts becoming pages of their own.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { DEFAULT_NOTATION } from '../../../../shared/board/notation';
import { boardToSvg } from '../../../../shared/board/svg';
import type { BoardDoc } from '../../../../shared/board/types';
import { besideBoard, FIRST_BESIDE, measureBoard, widenBeside, type Beside, type Measured } from './board-beside';
import { boardOverlaps } from './board-overlaps';
import { FIRST_SPREAD, spreadBoard, widen, type Spread } from './board-spread';
import { fitBoardText } from './board-text';

/** The smallest a word of the drawing may be on screen: 24 px, with room for the last fitting pass. */
export const BOARD_TEXT_MIN_PX = 25;
/**
 * Re-spacing rounds at most (each widens one kind of distance by 15–35 %); each round redraws and re-fits
 * the board, so more would hold up the projector when a board first appears on a slow machine.
 */
const SPREAD_ROUNDS = 8;
/**
 * Rounds beside the guide when the whole body is there to fall back on: a board that needs more gets the
 * whole body, where it settles in a round or two, rather than holding up the page for eight rounds first.
 */
const SIDE_ROUNDS = 4;
/**
 * Where no spacing parts everything at 24 px, smaller words are tried in turn: a word the room can read at
 * 20 px beats one hidden under an agency box. The last step (0) is the drawing as exported, fitted to the area,
 * which 自動配置 guarantees free of overlaps.
 */
const FALLBACK_PX = [22, 20, 18, 16, 0];

export function PresentBoard({
  doc,
  revealed,
  meetingDate,
  wide = false,
  onCramped,
}: {
  doc: BoardDoc;
  revealed: boolean;
  meetingDate: string;
  /** The drawing has the whole body of the screen: agencies and notes stand beside the family (board-beside.ts). */
  wide?: boolean;
  /** Called instead of drawing smaller words when the area is too small at 24 px: a larger one is coming. */
  onCramped?: () => void;
}) {
  const ref = useRef<HTMLElement>(null);
  // The view arrives anew with every event (the timer, the agenda): the drawing changes only with its content.
  const docKey = useMemo(() => JSON.stringify(doc), [doc]);
  const [area, setArea] = useState('');
  // The view (and so the callback) is new with every timer tick: only whether there is one matters.
  const crampedRef = useRef(onCramped);
  crampedRef.current = onCramped;
  const cramped = onCramped !== undefined;
  const shown = useMemo(() => JSON.parse(docKey) as BoardDoc, [docKey]);
  const draw = useCallback(
    (placed: BoardDoc) => {
      const text = boardToSvg(placed, { notation: DEFAULT_NOTATION, masked: !revealed, meetingDate });
      // The XML declaration means nothing inside an HTML page.
      return text.slice(text.indexOf('<svg'));
    },
    [revealed, meetingDate],
  );
  // Each agency's roles (役割 of its lines), in the order the writer draws the agencies.
  const roles = useMemo(
    () =>
      shown.agencies.map((a) => [
        ...new Set(shown.agencyLinks.filter((l) => l.agency === a.id && l.role).map((l) => l.role!)),
      ]),
    [shown],
  );

  // Drawn here rather than by React: first as 自動配置 left it, then re-spaced round after round with more
  // room where words overlapped. Where no round parts everything (a screen too small for the family at
  // this size), 自動配置's drawing is shown with smaller words, down to the exported size, until nothing overlaps.
  useLayoutEffect(() => {
    const figure = ref.current;
    // Only at the size the area has now: a change of size (the whole body given) brings its own run.
    if (!figure || area !== `${figure.clientWidth}x${figure.clientHeight}`) return;
    // data-text-px: the words' least size once the drawing is settled (for the room's checks and tests).
    delete figure.dataset.textPx;
    let measured: Measured | null = null;
    const show = (placed: BoardDoc, minPx = BOARD_TEXT_MIN_PX) => {
      figure.innerHTML = draw(placed);
      const root = figure.querySelector('svg');
      if (!root || figure.clientWidth === 0 || figure.clientHeight === 0) return null;
      const scale = fitBoardText(root, minPx, roles);
      const found = boardOverlaps(root);
      if (found.count === 0) figure.dataset.textPx = String(minPx);
      else measured = measureBoard(root, scale, figure.clientHeight);
      return found;
    };
    let spread: Spread | null = null;
    let beside: Beside | null = null;
    for (let round = 0; round < (cramped ? SIDE_ROUNDS : SPREAD_ROUNDS); round++) {
      const found = show(beside ? besideBoard(shown, beside) : spread ? spreadBoard(shown, spread) : shown);
      if (!found || found.count === 0) return;
      if (wide && measured) beside = { ...(beside ? widenBeside(beside, found) : FIRST_BESIDE), measured };
      else spread = spread ? widen(spread, found) : FIRST_SPREAD;
    }
    if (cramped) {
      crampedRef.current?.();
      return;
    }
    for (const px of FALLBACK_PX) {
      // 自動配置's own spacing: a spread made for 24 px words only makes the drawing wider at a smaller size.
      const found = show(shown, px);
      if (!found || found.count === 0) return;
    }
  }, [shown, draw, roles, area, cramped, wide]);

  useEffect(() => {
    const figure = ref.current;
    if (!figure) return;
    const observer = new ResizeObserver(() => setArea(`${figure.clientWidth}x${figure.clientHeight}`));
    observer.observe(figure);
    return () => observer.disconnect();
  }, []);

  return <figure ref={ref} className="present-board" aria-label="ホワイトボード" />;
}
