// The editing screen's 投影用表示 draws the board as the room may see it, through the same masking policy as the
// projector display and the masked files: role labels, ages instead of birth dates, and sticky notes, agencies
// and scales with every name and birth date of the case scrubbed. Only the drawing is masked: edits go through
// the editor's own document, so a scrubbed text is never written back.
import { useMemo, useRef } from 'react';
import { maskBoardForRoom } from '../../../../shared/board/mask';
import type { BoardDoc } from '../../../../shared/board/types';
import { makeMaskPolicy } from '../../../../shared/mask/policy';
import { useBackendQuery } from '../../hooks/useBackendQuery';

export function useRoomView(
  doc: BoardDoc,
  caseNo: string,
  projector: boolean,
  asOf: string,
  staff: string | null,
): BoardDoc {
  // A board started blank may have no ledger row; its own persons are then the only names to hide.
  const ledger = useBackendQuery('ledger.get', { caseNo }, { enabled: projector });
  const ledgerCase = ledger.failure ? null : (ledger.data?.case ?? null);
  const persons = useSameWhileNamesAre(doc.persons);
  const policy = useMemo(
    () =>
      projector
        ? makeMaskPolicy({ cases: ledgerCase ? [ledgerCase] : [], boards: [{ persons }], staff: [staff] })
        : null,
    [projector, ledgerCase, staff, persons],
  );
  return useMemo(() => (policy ? maskBoardForRoom(doc, policy.scrub, asOf) : doc), [policy, doc, asOf]);
}

/**
 * The persons as last seen with these names and birth dates: the policy reads only those, so it is rebuilt when
 * a name or birth date changes, not on every frame of a drag (which gives new person objects with new positions).
 */
function useSameWhileNamesAre(persons: BoardDoc['persons']): BoardDoc['persons'] {
  const key = persons.map((p) => `${p.label}\u0000${p.birthDate ?? ''}`).join('\u0001');
  const last = useRef({ key, persons });
  if (last.current.key !== key) last.current = { key, persons };
  return last.current.persons;
}
