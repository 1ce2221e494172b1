// The whiteboards whose people a masked output must hide: each case's current board and every snapshot the
// meeting took (a person removed from the board since is still in the snapshot a file may draw).
import { parseBoard } from '../../shared/board/serialize';
import type { BoardDoc } from '../../shared/board/types';
import { BoardsRepo } from '../board/boards-repo';
import type { Db } from '../open';

export function maskBoards(db: Db, meetingId: number, caseNos: Iterable<string>): BoardDoc[] {
  const boards = new BoardsRepo(db);
  const docs: string[] = [];
  for (const caseNo of new Set(caseNos)) {
    const stored = boards.get(caseNo);
    if (stored) docs.push(stored.doc);
  }
  docs.push(...(db.prepare('SELECT doc FROM board_snapshots WHERE meeting_id = ?').pluck().all(meetingId) as string[]));
  return docs.map((doc) => parseBoard(JSON.parse(doc) as unknown));
}
