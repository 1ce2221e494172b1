// board.*: the case whiteboard and its snapshots. Every document is checked and migrated by parseBoard on the
// way in and on the way out, so a board saved by an older build opens as the current version.
import { AppError } from '../../shared/contract';
import { parseBoard, serializeBoard } from '../../shared/board/serialize';
import type { BoardDoc } from '../../shared/board/types';
import { MEETING_NOT_FOUND } from '../repos/meetings';
import { requireCase } from '../services/guards';
import { refuseIfEnded } from '../services/meeting-status';
import type { HandlerContext, HandlersFor } from './context';
import { japaneseMessageOr } from '../../shared/text/japanese';

export function boardHandlers(ctx: HandlerContext): HandlersFor<'board'> {
  const changed = (caseNo: string) => ctx.emit({ name: 'board.changed', payload: { caseNo } });

  return {
    'board.get': ({ caseNo }) => {
      const store = ctx.store();
      requireCase(store, caseNo);
      const stored = store.boards.get(caseNo);
      return {
        doc: stored ? readDoc(stored.doc) : null,
        updatedAt: stored?.updatedAt ?? null,
        snapshots: store.boards.snapshots(caseNo),
      };
    },
    'board.save': ({ caseNo, doc }) => {
      const board = checkDoc(doc);
      if (board.caseNo !== caseNo) {
        throw new AppError(
          'invalid_input',
          `このホワイトボードは登録番号「${board.caseNo}」のものです。「${caseNo}」には保存できません。`,
        );
      }
      const updatedAt = ctx.at();
      // The board is one document the autosave writes whole; the case check and the write are one transaction.
      ctx.tx((store) => {
        requireCase(store, caseNo);
        store.boards.save(caseNo, board.version, serializeBoard(board), updatedAt);
        changed(caseNo);
      });
      return { caseNo, updatedAt };
    },
    'board.snapshot': ({ caseNo, meetingId, label }) => {
      const info = ctx.tx((store) => {
        requireCase(store, caseNo);
        if (meetingId !== null && !store.meetings.exists(meetingId)) throw new AppError('not_found', MEETING_NOT_FOUND);
        // An ended meeting's record of the board (the picture in its minutes) is final until it is reopened.
        if (meetingId !== null) refuseIfEnded(store, meetingId);
        return store.boards.snapshot(caseNo, meetingId, label, ctx.at());
      });
      if (!info)
        throw new AppError('not_found', 'このケースのホワイトボードはまだ保存されていません。先に作成してください。');
      changed(caseNo);
      return info;
    },
    'board.snapshotGet': ({ id }) => {
      const { info, doc } = ctx.store().boards.snapshotGet(id);
      return { info, doc: readDoc(doc) };
    },
  };
}

/** A document from the renderer: anything parseBoard refuses is the user's input, not an internal error. */
function checkDoc(doc: unknown): BoardDoc {
  try {
    return parseBoard(doc);
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError('invalid_input', japaneseMessageOr(err, 'ホワイトボードの内容が正しくありません。'));
  }
}

function readDoc(text: string): BoardDoc {
  return parseBoard(JSON.parse(text) as unknown);
}
