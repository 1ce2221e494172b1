// What the side panel edits and the actions act on: one selected shape, optionally a second person making a
// pair (Shift+click, or 「関係を追加」 then a click on the other person), which the pair panel relates.
import { useCallback, useState } from 'react';
import type { BoardDoc } from '../../../../shared/board/types';
import type { Selection } from './selection';

export function useBoardSelection(doc: BoardDoc) {
  const [selection, setSelectionOnly] = useState<Selection>(null);
  const [second, setSecond] = useState<string | null>(null);
  // 「関係を追加」 from the context menu: the next click on a person picks the other end.
  const [pickFor, setPickFor] = useState<string | null>(null);

  /** Selecting anything else ends a pair; a click while picking makes the pair instead. */
  const select = useCallback(
    (next: Selection) => {
      if (pickFor && next?.kind === 'person' && next.id !== pickFor) {
        setSelectionOnly({ kind: 'person', id: pickFor });
        setSecond(next.id);
        setPickFor(null);
        return;
      }
      setPickFor(null);
      setSecond(null);
      setSelectionOnly(next);
    },
    [pickFor],
  );

  const shiftSelectPerson = useCallback(
    (id: string) => {
      if (selection?.kind === 'person' && selection.id !== id) {
        setSecond(id);
        setPickFor(null);
      } else {
        select({ kind: 'person', id });
      }
    },
    [selection, select],
  );

  const cancelPick = useCallback(() => setPickFor(null), []);
  const endPair = useCallback(() => setSecond(null), []);

  const find = <T extends { id: string }>(kind: NonNullable<Selection>['kind'], list: readonly T[]) =>
    selection?.kind === kind ? list.find((x) => x.id === selection.id) : undefined;
  const person = find('person', doc.persons);
  const pair: [string, string] | null =
    person && second && doc.persons.some((p) => p.id === second) ? [person.id, second] : null;

  return {
    selection,
    select,
    shiftSelectPerson,
    pickFor,
    startPick: setPickFor,
    cancelPick,
    pair,
    endPair,
    person,
    union: find('union', doc.unions),
    agency: find('agency', doc.agencies),
    note: find('note', doc.notes),
  };
}

export type BoardSelection = ReturnType<typeof useBoardSelection>;
