// The 協議 cases' whiteboards as the 事前配布資料 draws them: each case's current board (what the members will
// discuss), as SVG, masked by the same policy as the handout's words when the handout is masked. An empty
// board (nothing drawn yet) is left out rather than printed as an empty frame.
import { DEFAULT_NOTATION } from '../../shared/board/notation';
import { boardToSvg } from '../../shared/board/svg';
import type { BoardDoc } from '../../shared/board/types';
import type { LedgerCase } from '../../shared/ledger/case';
import { makeMaskPolicy } from '../../shared/mask/policy';
import type { HandoutInput } from '../../shared/meeting/handout';

export const HANDOUT_BOARD_CAPTION = 'ホワイトボード（資料作成時点）';

function drawn(doc: BoardDoc): boolean {
  return doc.persons.length + doc.agencies.length + doc.notes.length + doc.scales.length > 0;
}

/**
 * caseNo → SVG for the 協議 cases with a board. `boards` lists each case's current board before any snapshot
 * (db/services/mask-boards.ts), so the first board of a case is the one drawn.
 */
export function handoutBoardSvgs(data: Omit<HandoutInput, 'copies'>): Map<string, string> {
  const out = new Map<string, string>();
  const deep = new Set(data.agenda.filter((i) => i.group === 'deep').map((i) => i.caseNo));
  const boards = data.boards ?? [];
  const onAgenda = new Set(data.agenda.map((i) => i.caseNo));
  const scrub = data.masked
    ? makeMaskPolicy({
        cases: data.cases.filter((c: LedgerCase) => onAgenda.has(c.caseNo)),
        boards,
        staff: [data.meeting.facilitator],
      }).scrub
    : undefined;
  for (const doc of boards) {
    if (!deep.has(doc.caseNo) || out.has(doc.caseNo) || !drawn(doc)) continue;
    out.set(
      doc.caseNo,
      boardToSvg(doc, {
        notation: DEFAULT_NOTATION,
        masked: data.masked,
        meetingDate: data.meeting.date,
        ...(scrub ? { scrub } : {}),
      }),
    );
  }
  return out;
}
