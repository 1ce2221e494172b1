// The whiteboards whose people a masked output must hide: each case's current board and every snapshot the
// meeting took (a person removed from the board since is still in the snapshot a file may draw).
import { parseBoard } from '../../shared/board/serialize';
import type { BoardDoc } from '../../shared/board/types';
import type { Store } from '../repos/store';

export function maskBoards(store: Store, meetingId: number, caseNos: Iterable<string>): BoardDoc[] {
  const docs: string[] = [];
  for (const caseNo of new Set(caseNos)) {
    const stored = store.boards.get(caseNo);
    if (stored) docs.push(stored.doc);
  }
  docs.push(...store.boards.meetingSnapshotDocs(meetingId));
  return docs.map((doc) => parseBoard(JSON.parse(doc) as unknown));
}
