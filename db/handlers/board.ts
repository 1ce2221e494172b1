// The contract's board methods (the case whiteboard and its snapshots), spread into the backend's
// handler table. Every document is checked and migrated by parseBoard on the way in and on the way out,
// so a board saved by an older build opens as the current version.
import type { z } from 'zod';
import { AppError, type BackendEvent, type MethodName, type MethodResults, type methods } from '../../shared/contract';
import { parseBoard, serializeBoard } from '../../shared/board/serialize';
import type { BoardDoc } from '../../shared/board/types';
import type { Db } from '../open';
import { BoardsRepo } from './boards-repo';
import { refuseIfEnded } from '../meeting/meeting-status';

type BoardMethod = Extract<MethodName, `board.${string}`>;

export type BoardHandlers = {
  [M in BoardMethod]: (input: z.output<(typeof methods)[M]>) => MethodResults[M] | Promise<MethodResults[M]>;
};

export interface BoardDeps {
  now: () => Date;
  emit: (event: BackendEvent) => void;
  /** Throws 'locked' when the database is closed. */
  open: () => { db: Db };
}

const repos = new WeakMap<Db, BoardsRepo>();

export function boardHandlers({ now, emit, open }: BoardDeps): BoardHandlers {
  const repo = () => {
    const { db } = open();
    let found = repos.get(db);
    if (!found) {
      found = new BoardsRepo(db);
      repos.set(db, found);
    }
    return found;
  };
  const requireCase = (caseNo: string) => {
    if (!open().db.prepare('SELECT 1 FROM cases WHERE case_no = ?').get(caseNo)) {
      throw new AppError('not_found', `登録番号「${caseNo}」のケースが台帳にありません。`);
    }
  };
  const requireMeeting = (id: number) => {
    if (!open().db.prepare('SELECT 1 FROM meetings WHERE id = ?').get(id)) {
      throw new AppError('not_found', '会議が見つかりません。一覧を開き直してください。');
    }
  };
  const changed = (caseNo: string) => emit({ name: 'board.changed', payload: { caseNo } });

  return {
    'board.get': ({ caseNo }) => {
      requireCase(caseNo);
      const stored = repo().get(caseNo);
      return {
        doc: stored ? readDoc(stored.doc) : null,
        updatedAt: stored?.updatedAt ?? null,
        snapshots: repo().snapshots(caseNo),
      };
    },
    'board.save': ({ caseNo, doc }) => {
      const board = checkDoc(doc);
      if (board.caseNo !== caseNo) {
        throw new AppError('invalid_input', `このホワイトボードは登録番号「${board.caseNo}」のものです。「${caseNo}」には保存できません。`);
      }
      const updatedAt = now().toISOString();
      // The board is one document the autosave writes whole; the case check and the write are one transaction.
      open().db.transaction(() => {
        requireCase(caseNo);
        repo().save(caseNo, board.version, serializeBoard(board), updatedAt);
      }).immediate();
      changed(caseNo);
      return { caseNo, updatedAt };
    },
    'board.snapshot': ({ caseNo, meetingId, label }) => {
      const info = open().db.transaction(() => {
        requireCase(caseNo);
        if (meetingId !== null) requireMeeting(meetingId);
        // An ended meeting's record of the board (the picture in its minutes) is final until it is reopened.
        if (meetingId !== null) refuseIfEnded(open().db, meetingId);
        return repo().snapshot(caseNo, meetingId, label, now().toISOString());
      }).immediate();
      if (!info) throw new AppError('not_found', 'このケースのホワイトボードはまだ保存されていません。先に作成してください。');
      changed(caseNo);
      return info;
    },
    'board.snapshotGet': ({ id }) => {
      const { info, doc } = repo().snapshotGet(id);
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
    const message = err instanceof Error && /[\u3040-\u30ff\u3400-\u9fff]/.test(err.message)
      ? err.message
      : 'ホワイトボードの内容が正しくありません。';
    throw new AppError('invalid_input', message);
  }
}

function readDoc(text: string): BoardDoc {
  return parseBoard(JSON.parse(text) as unknown);
}
