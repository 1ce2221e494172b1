// board.*: a case's whiteboard (genogram, ecomap) and its snapshots.
import { z } from 'zod';
import { caseNoSchema } from '../ledger/case-no';
import type { BoardDoc } from '../board/types';
import type { BoardState, SnapshotInfo } from '../board/state';
import { method, result } from './method';

/** Only the shape here: parseBoard (shared/board) checks every part, and migrates older versions. */
const boardDocInput = z.custom<BoardDoc>(
  (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
  { message: 'ホワイトボードの内容が正しくありません' },
);

export const boardMethods = {
  /** The case's whiteboard (null before the first save) and its snapshots, newest first. */
  'board.get': method(z.object({ caseNo: caseNoSchema }).strict(), result<BoardState>()),
  /** Replaces the stored board; the backend validates (and migrates) the whole document with parseBoard. */
  'board.save': method(
    z.object({ caseNo: caseNoSchema, doc: boardDocInput }).strict(),
    result<{ caseNo: string; updatedAt: string }>(),
  ),
  /** Freezes the stored board as a snapshot, of a meeting or on its own. */
  'board.snapshot': method(
    z
      .object({
        caseNo: caseNoSchema,
        meetingId: z.number().int().positive().nullable(),
        label: z.string().trim().min(1, 'スナップショットの名前を入力してください').max(200),
      })
      .strict(),
    result<SnapshotInfo>(),
  ),
  'board.snapshotGet': method(
    z.object({ id: z.number().int().positive() }).strict(),
    result<{ info: SnapshotInfo; doc: BoardDoc }>(),
  ),
} as const;
