// The projector's body under the case bar: the board (if shown) and the facts. The drawing takes the larger
// part and its guide and the facts page beside it; where the drawing cannot keep every word at 24 px in that
// part (a large family on a 1280×720 or 1366×768 projector), it gets the whole body instead and the guide and
// the facts become pages of their own, turning with the board every FACT_PAGE_SECONDS, so nothing waits for
// the console. Which of the two is decided again for a new board or a new window size.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { PresentView } from '../../../../shared/meeting/present';
import { boardGuidePages } from './BoardGuide';
import { PresentBoard } from './PresentBoard';
import { PresentFacts } from './PresentFacts';

const windowSize = () => `${window.innerWidth}x${window.innerHeight}`;

export function PresentItemBody({ view }: { view: Extract<PresentView, { kind: 'item' }> }) {
  const guide = useMemo(() => (view.board ? boardGuidePages(view.board) : undefined), [view.board]);
  const [size, setSize] = useState(windowSize);
  useEffect(() => {
    const resized = () => setSize(windowSize());
    window.addEventListener('resize', resized);
    return () => window.removeEventListener('resize', resized);
  }, []);
  // The board, masked or not, at this window size: what the choice was made for.
  const key = useMemo(
    () => (view.board ? `${size}:${view.revealed}:${JSON.stringify(view.board)}` : ''),
    [size, view.revealed, view.board],
  );
  const [fullFor, setFullFor] = useState<string | null>(null);
  const full = view.board !== null && fullFor === key;
  const cramped = useCallback(() => setFullFor(key), [key]);

  return (
    <div className={`present-body${full ? ' board-full' : ''}`}>
      {view.board && (
        <PresentBoard
          doc={view.board}
          revealed={view.revealed}
          meetingDate={view.meetingDate}
          wide={full}
          onCramped={full ? undefined : cramped}
        />
      )}
      {(view.facts.length > 0 || guide || full) && (
        <PresentFacts facts={view.facts} twoColumns={!view.board || full} lead={guide} board={full} />
      )}
    </div>
  );
}
