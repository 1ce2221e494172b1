// The contract's methods for the running meeting: the live state (item, timers, projector, attendance),
// decisions, and the projector's view. Every change is one transaction and raises live.changed, which
// both windows (console and projector) follow; windows never talk to each other.
import type { z } from 'zod';
import { AppError, type BackendEvent, type LiveSnapshot, type MethodName, type MethodResults, type methods } from '../../shared/contract';
import { parseBoard } from '../../shared/board/serialize';
import type { LedgerCase } from '../../shared/ledger/case';
import { confirmedDecision, recordProblems } from '../../shared/meeting/decision';
import { defaultDraft } from '../../shared/meeting/draft';
import { applyLiveCommand, LiveCommandError, meetingOrder, type LiveCommand } from '../../shared/meeting/live';
import { buildPresentView } from '../../shared/meeting/present';
import type { AgendaItem, MeetingStatus } from '../../shared/meeting/types';
import { BoardsRepo } from '../board/boards-repo';
import { readSettings } from '../ledger/settings-repo';
import type { Db } from '../open';
import { AgendaService } from './agenda-service';
import { maskBoards } from './mask-boards';
import { refuseIfEnded } from './meeting-status';
import { meetingStore } from './store';
import { readTriageSettings } from './triage-settings';

type LiveMethod = Extract<MethodName, `live.${string}` | `decisions.${string}` | `present.${string}`>;

export type LiveHandlers = {
  [M in LiveMethod]: (input: z.output<(typeof methods)[M]>) => MethodResults[M] | Promise<MethodResults[M]>;
};

export interface LiveDeps {
  now: () => Date;
  emit: (event: BackendEvent) => void;
  open: () => { db: Db };
  /** The host opens the projector window itself (Electron, on the second display); false = it cannot. */
  openPresenter?: (meetingId: number) => boolean;
}

const REPORTS_IN_BRIEF = 5;

export function liveHandlers({ now, emit, open, openPresenter }: LiveDeps): LiveHandlers {
  const store = () => meetingStore(open().db);
  const at = () => now().toISOString();
  const changed = (meetingId: number) => emit({ name: 'live.changed', payload: { meetingId } });

  const snapshot = (meetingId: number): LiveSnapshot => {
    const { live } = store();
    return { state: live.state(meetingId), decisions: live.decisions(meetingId) };
  };
  const agendaItems = (meetingId: number): AgendaItem[] => store().meetings.agenda(meetingId)?.items ?? [];
  const itemOf = (meetingId: number, caseNo: string): AgendaItem => {
    const item = agendaItems(meetingId).find((i) => i.caseNo === caseNo);
    if (!item) throw new AppError('not_found', `登録番号「${caseNo}」はこの会議の議題にありません。`);
    return item;
  };
  const refuseWhenEnded = (meetingId: number) => refuseIfEnded(open().db, meetingId);
  const setStatus = (meetingId: number, status: MeetingStatus, when: string) => {
    const { meetings } = store();
    const { id: _id, createdAt: _createdAt, ...meeting } = meetings.get(meetingId);
    if (meeting.status !== status) meetings.replace(meetingId, { ...meeting, status }, when);
  };

  const command = (meetingId: number, cmd: LiveCommand): LiveSnapshot => {
    const { db } = open();
    const when = at();
    db.transaction(() => {
      const { live, meetings } = store();
      meetings.get(meetingId);
      const before = live.state(meetingId);
      const decided = new Set(live.decisions(meetingId).filter((d) => d.state === 'recorded').map((d) => d.caseNo));
      let after;
      try {
        after = applyLiveCommand(before, cmd, { now: when, order: meetingOrder(agendaItems(meetingId)), decided });
      } catch (err) {
        if (err instanceof LiveCommandError) throw new AppError('invalid_input', err.message);
        throw err;
      }
      if (after === before) return;
      live.saveState(after, when);
      if (cmd.type === 'start') setStatus(meetingId, '進行中', when);
      if (cmd.type === 'end') {
        setStatus(meetingId, '終了', when);
        snapshotBoards(db, meetingId, agendaItems(meetingId), when);
      }
    }).immediate();
    if (cmd.type === 'start' || cmd.type === 'end') emit({ name: 'meetings.changed', payload: { meetingId } });
    changed(meetingId);
    return snapshot(meetingId);
  };

  return {
    'live.get': ({ meetingId }) => {
      store().meetings.get(meetingId);
      return snapshot(meetingId);
    },
    'live.command': ({ meetingId, command: cmd }) => command(meetingId, cmd),
    'live.caseBrief': ({ meetingId, caseNo }) => {
      const { db } = open();
      const { meetings, reports, live, marks } = store();
      meetings.get(meetingId);
      return {
        case: caseOrThrow(db, caseNo),
        reports: reports.forCase(caseNo).slice(0, REPORTS_IN_BRIEF),
        lastDecision: live.lastDecision(caseNo, meetingId),
        planReviewDue: marks.planReview(caseNo),
        closureProposed: marks.isClosureProposed(caseNo),
      };
    },

    'decisions.save': ({ meetingId, caseNo, decision, state }) => {
      const { db } = open();
      const saved = db.transaction(() => {
        store().meetings.get(meetingId);
        itemOf(meetingId, caseNo);
        refuseWhenEnded(meetingId);
        const problems = state === 'recorded' ? recordProblems(decision) : [];
        if (problems.length > 0) throw new AppError('invalid_input', problems.join('\n'));
        return store().live.saveDecision(meetingId, caseNo, decision, state, at());
      }).immediate();
      changed(meetingId);
      return saved;
    },
    'decisions.confirm': ({ meetingId, caseNos }) => {
      const { db } = open();
      db.transaction(() => {
        const { meetings, live } = store();
        const meeting = meetings.get(meetingId);
        refuseWhenEnded(meetingId);
        const when = at();
        for (const caseNo of new Set(caseNos)) {
          const item = itemOf(meetingId, caseNo);
          if (item.group !== 'quick') {
            throw new AppError('invalid_input', `登録番号「${caseNo}」は確認の議題ではありません。協議の決定は決定欄から記録してください。`);
          }
          const draft = item.draft ?? defaultDraft(caseOrThrow(db, caseNo), meeting.date);
          live.saveDecision(meetingId, caseNo, confirmedDecision(draft), 'recorded', when);
        }
      }).immediate();
      changed(meetingId);
      return snapshot(meetingId);
    },
    'decisions.remove': ({ meetingId, caseNo }) => {
      const { db } = open();
      db.transaction(() => {
        store().meetings.get(meetingId);
        refuseWhenEnded(meetingId);
        store().live.removeDecision(meetingId, caseNo);
      }).immediate();
      changed(meetingId);
      return snapshot(meetingId);
    },

    'present.view': ({ meetingId }) => {
      const { db } = open();
      const { meetings, live } = store();
      const meeting = meetings.get(meetingId);
      const state = live.state(meetingId);
      const current = state.current;
      const stored = current !== null && state.projector.showBoard ? new BoardsRepo(db).get(current) : null;
      const agenda = new AgendaService(db).get(meetingId);
      return buildPresentView({
        meeting,
        state,
        items: agenda.items,
        maskSources: {
          cases: agenda.cases,
          boards: maskBoards(db, meetingId, agenda.items.map((i) => i.caseNo)),
          staff: [meeting.facilitator],
        },
        currentCase: current === null ? null : caseOrNull(db, current),
        board: stored ? parseBoard(JSON.parse(stored.doc) as unknown) : null,
        settings: readTriageSettings(db),
        dateStyle: readSettings(db).dateStyle,
      });
    },
    'present.open': ({ meetingId }) => {
      store().meetings.get(meetingId);
      return { openedByHost: openPresenter?.(meetingId) ?? false };
    },
  };
}

function caseOrNull(db: Db, caseNo: string): LedgerCase | null {
  const data = db.prepare('SELECT data FROM cases WHERE case_no = ?').pluck().get(caseNo) as string | undefined;
  return data === undefined ? null : (JSON.parse(data) as LedgerCase);
}

function caseOrThrow(db: Db, caseNo: string): LedgerCase {
  const c = caseOrNull(db, caseNo);
  if (!c) throw new AppError('not_found', `登録番号「${caseNo}」のケースが台帳にありません。`);
  return c;
}

/** Each meeting keeps a snapshot of the boards of its cases, as they were when it ended. */
function snapshotBoards(db: Db, meetingId: number, items: readonly AgendaItem[], when: string): void {
  const boards = new BoardsRepo(db);
  const title = db.prepare("SELECT json_extract(data, '$.title') || '（' || date || '）' FROM meetings WHERE id = ?").pluck().get(meetingId) as string;
  for (const item of items) {
    if (item.group !== 'hold') boards.snapshot(item.caseNo, meetingId, `${title} 終了時`, when);
  }
}
