// The editing screen's 投影用表示 draws the board as the room may see it, through the same masking policy as the
// projector display and the masked files: role labels, ages instead of birth dates, and sticky notes, agencies
// and scales with every name and birth date of the case scrubbed. Only the drawing is masked: edits go through
// the editor's own document, so a scrubbed text is never written back.
import { useEffect, useMemo, useState } from 'react';
import { maskBoardForRoom } from '../../../../shared/board/mask';
import type { BoardDoc } from '../../../../shared/board/types';
import type { LedgerCase } from '../../../../shared/ledger/case';
import { makeMaskPolicy } from '../../../../shared/mask/policy';
import { useApi } from '../../api-context';

export function useRoomView(doc: BoardDoc, caseNo: string, projector: boolean, asOf: string, staff: string | null): BoardDoc {
  const api = useApi();
  const [ledgerCase, setLedgerCase] = useState<LedgerCase | null>(null);
  useEffect(() => {
    if (!projector) return;
    let live = true;
    // A board started blank may have no ledger row; its own persons are then the only names to hide.
    api.call('ledger.get', { caseNo }).then((detail) => live && setLedgerCase(detail.case), () => live && setLedgerCase(null));
    return () => {
      live = false;
    };
  }, [api, caseNo, projector]);

  // The policy depends on the names only, not on positions: rebuilt when a person's name or birth date changes,
  // not on every frame of a drag.
  const names = doc.persons.map((p) => `${p.label}\u0000${p.birthDate ?? ''}`).join('\u0001');
  const policy = useMemo(
    () => (projector ? makeMaskPolicy({ cases: ledgerCase ? [ledgerCase] : [], boards: [doc], staff: [staff] }) : null),
    // `names` stands for the parts of doc the policy reads.
    [projector, ledgerCase, staff, names],
  );
  return useMemo(() => (policy ? maskBoardForRoom(doc, policy.scrub, asOf) : doc), [policy, doc, asOf]);
}
