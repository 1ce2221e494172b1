// A case's whiteboard as board.* returns it: the stored document and its frozen snapshots.
import type { BoardDoc } from './types';

/** A frozen copy of a case's board; the document itself is fetched with board.snapshotGet. */
export interface SnapshotInfo {
  id: number;
  caseNo: string;
  meetingId: number | null;
  label: string;
  createdAt: string;
}

export interface BoardState {
  doc: BoardDoc | null;
  updatedAt: string | null;
  /** Newest first. */
  snapshots: SnapshotInfo[];
}
