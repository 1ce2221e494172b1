// The triage board's roving focus. Each column is one Tab stop (the card last focused in it, else its
// first card); the arrows move within it (lib/triage-keys.ts). A card that changes column is a new element
// (React remounts it in the other list), so focus on a moved card is a request that waits until the card
// has arrived: after a move by keys, after the reason dialog, after a drag. Without it, focus falls to
// <body> and a keyboard user starts again from the top of the page.
import { useCallback, useEffect, useRef, useState } from 'react';
import { GROUP_LABELS, GROUPS, type AgendaItem, type Group } from '../../../shared/meeting/types';

type Columns = Readonly<Record<Group, readonly AgendaItem[]>>;

interface Request {
  caseNo: string;
  /** Where the card is expected; focused wherever it is once an agenda arrives without it there (a refused move). */
  group: Group;
  /** The agenda seen when asked: a newer one without the card in `group` means the move did not happen. */
  seen: Columns | null;
  /** Say where the card is now (moves by keys; a drag has dnd-kit's own announcements). */
  announce: boolean;
}

// 「入りきらないケースを保留へ」 (MeetingDetail and its HoldOverflowDialog) moves cards one by one from
// outside the board; it asks that focus goes to the last card arriving in 保留 rather than staying on a
// button that disappears with the overflow.
let arriving: { group: Group; until: number } | null = null;
export function focusCardArrivingIn(group: Group): void {
  arriving = { group, until: Date.now() + 15_000 };
}

const cardSelector = (caseNo: string) => `[data-case-no="${CSS.escape(caseNo)}"]`;

/** Focus on the Tab stop of a column, e.g. when the selection bar closes under the focus. */
export function focusColumn(group: Group): void {
  document.querySelector<HTMLElement>(`[data-column="${group}"] [data-case-no][tabindex="0"]`)?.focus();
}

export function useBoardFocus(columns: Columns) {
  const board = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState<Partial<Record<Group, string>>>({});
  const [announcement, setAnnouncement] = useState('');
  const [asked, setAsked] = useState(0);
  const request = useRef<Request | null>(null);
  const groupsBefore = useRef<Map<string, Group>>(new Map());

  const focusCard = useCallback((caseNo: string) => {
    board.current?.querySelector<HTMLElement>(cardSelector(caseNo))?.focus();
  }, []);

  /** Focus on the card once it is in `group` (now if it is there already, e.g. after a cancelled move). */
  const focusWhenIn = useCallback(
    (caseNo: string, group: Group, announce = false) => {
      request.current = { caseNo, group, seen: columns, announce };
      setAsked((n) => n + 1);
    },
    [columns],
  );

  // Runs after the commit that closed a dialog (so the page is no longer inert) and after each agenda.
  useEffect(() => {
    const where = new Map(GROUPS.flatMap((g) => columns[g].map((i) => [i.caseNo, g] as const)));
    const moved = [...where].filter(([caseNo, g]) => (groupsBefore.current.get(caseNo) ?? g) !== g);
    groupsBefore.current = where;
    const r = request.current;
    if (r) {
      const there = where.get(r.caseNo) === r.group;
      if (there || (r.seen !== columns && where.has(r.caseNo))) {
        request.current = null;
        const group = where.get(r.caseNo)!;
        setActive((a) => ({ ...a, [group]: r.caseNo }));
        focusCard(r.caseNo);
        if (r.announce && there) {
          const place = columns[group].findIndex((i) => i.caseNo === r.caseNo) + 1;
          setAnnouncement(`${r.caseNo} は${GROUP_LABELS[group]}の${place}番目になりました。`);
        }
      }
      return;
    }
    if (arriving && arriving.until < Date.now()) arriving = null;
    const into = arriving?.group;
    const last = moved.filter(([, g]) => g === into).at(-1);
    if (last) {
      arriving = null;
      setActive((a) => ({ ...a, [last[1]]: last[0] }));
      focusCard(last[0]);
    }
  }, [columns, asked, focusCard]);

  /** The card of a column that Tab reaches. */
  const stopOf = (group: Group): string | null => {
    const cards = columns[group];
    const chosen = active[group];
    return chosen && cards.some((i) => i.caseNo === chosen) ? chosen : (cards[0]?.caseNo ?? null);
  };

  return {
    board,
    stopOf,
    focusCard,
    focusWhenIn,
    /** A card (or a field in it) got the focus: it is its column's Tab stop from now on. */
    onCardFocus: (group: Group, caseNo: string) =>
      setActive((a) => (a[group] === caseNo ? a : { ...a, [group]: caseNo })),
    announcement,
    announce: setAnnouncement,
  };
}
