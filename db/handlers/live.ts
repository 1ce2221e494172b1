// The running meeting: the live state (item, timers, projector, attendance), decisions, and the projector's
// view. Every change is one transaction and raises live.changed, which both windows (console and projector)
// follow; windows never talk to each other.
import { PLAN_STATUS_LABELS } from '../../shared/plan/support-plan';
import { serviceStatus } from '../../shared/services/family-service';
import { AppError, type LiveSnapshot } from '../../shared/contract';
import { parseBoard } from '../../shared/board/serialize';
import type { LedgerCase } from '../../shared/ledger/case';
import { confirmedDecision, recordProblems } from '../../shared/meeting/decision';
import { defaultDraft } from '../../shared/meeting/draft';
import { applyLiveCommand, itemIdOf, LiveCommandError, runOrder, type LiveCommand } from '../../shared/meeting/live';
import { itemsOf, type ProgramEntry } from '../../shared/meeting/program';
import type { PresentFigures } from '../../shared/meeting/present-program';
import { fiscalYearLabel } from '../../shared/stats/chart-labels';
import { statsReport } from '../../shared/stats/chart-tables';
import { shownTables } from '../../shared/stats/small-counts';
import { buildPresentView } from '../../shared/meeting/present';
import type { AgendaItem, MeetingStatus } from '../../shared/meeting/types';
import type { Store } from '../repos/store';
import { AgendaService } from '../services/agenda';
import { programOf } from '../services/agenda-program';
import { maskBoards } from '../services/mask-boards';
import { refuseIfEnded } from '../services/meeting-status';
import { yearComparison } from '../services/stats';
import type { HandlerContext, HandlersFor } from './context';

const REPORTS_IN_BRIEF = 5;

function snapshot(store: Store, meetingId: number): LiveSnapshot {
  return { state: store.live.state(meetingId), decisions: store.live.decisions(meetingId) };
}

function agendaItems(store: Store, meetingId: number): AgendaItem[] {
  return store.meetings.agenda(meetingId)?.items ?? [];
}

function itemOf(store: Store, meetingId: number, caseNo: string): AgendaItem {
  const item = agendaItems(store, meetingId).find((i) => i.caseNo === caseNo);
  if (!item) throw new AppError('not_found', `登録番号「${caseNo}」はこの会議の議題にありません。`);
  return item;
}

function caseOrThrow(store: Store, caseNo: string): LedgerCase {
  const c = store.cases.get(caseNo);
  if (!c) throw new AppError('not_found', `登録番号「${caseNo}」のケースが台帳にありません。`);
  return c;
}

function setStatus(store: Store, meetingId: number, status: MeetingStatus, when: string): void {
  const { id: _id, createdAt: _createdAt, ...meeting } = store.meetings.get(meetingId);
  if (meeting.status !== status) store.meetings.replace(meetingId, { ...meeting, status }, when);
}

/** Each meeting keeps a snapshot of the boards of its cases, as they were when it ended. */
function snapshotBoards(store: Store, meetingId: number, items: readonly AgendaItem[], when: string): void {
  const title = store.meetings.titleAndDate(meetingId);
  for (const item of items) {
    if (item.group !== 'hold') store.boards.snapshot(item.caseNo, meetingId, `${title} 終了時`, when);
  }
}

export function liveHandlers(ctx: HandlerContext): HandlersFor<'live'> {
  const command = (meetingId: number, cmd: LiveCommand): LiveSnapshot => {
    const when = ctx.at();
    ctx.tx((store) => {
      const { live, meetings } = store;
      meetings.get(meetingId);
      const before = live.state(meetingId);
      const decided = new Set(
        live
          .decisions(meetingId)
          .filter((d) => d.state === 'recorded')
          .map((d) => d.caseNo),
      );
      let after;
      try {
        after = applyLiveCommand(before, cmd, {
          now: when,
          order: runOrder(programOf(store, meetingId), agendaItems(store, meetingId)),
          decided,
        });
      } catch (err) {
        if (err instanceof LiveCommandError) throw new AppError('invalid_input', err.message);
        throw err;
      }
      if (after === before) return;
      live.saveState(after, when);
      if (cmd.type === 'start') setStatus(store, meetingId, '進行中', when);
      if (cmd.type === 'end') {
        setStatus(store, meetingId, '終了', when);
        snapshotBoards(store, meetingId, agendaItems(store, meetingId), when);
      }
    });
    // Raised even when the command changed nothing, so a window that sent it redraws from the stored state.
    if (cmd.type === 'start' || cmd.type === 'end') ctx.emit({ name: 'meetings.changed', payload: { meetingId } });
    ctx.emit({ name: 'live.changed', payload: { meetingId } });
    return snapshot(ctx.store(), meetingId);
  };

  return {
    'live.get': ({ meetingId }) => {
      const store = ctx.store();
      store.meetings.get(meetingId);
      return snapshot(store, meetingId);
    },
    'live.command': ({ meetingId, command: cmd }) => command(meetingId, cmd),
    'live.caseBrief': ({ meetingId, caseNo }) => {
      const store = ctx.store();
      const { meetings, reports, live, marks } = store;
      meetings.get(meetingId);
      const plan = store.plans.list({ caseNo }).find((p) => p.status !== 'closed') ?? null;
      const reviewDays = [marks.planReview(caseNo), plan?.reviewDue ?? null].filter((d) => d !== null).sort();
      return {
        case: caseOrThrow(store, caseNo),
        reports: reports.forCase(caseNo).slice(0, REPORTS_IN_BRIEF),
        lastDecision: live.lastDecision(caseNo, meetingId),
        planReviewDue: reviewDays[0] ?? null,
        plan: plan && `${PLAN_STATUS_LABELS[plan.status]}${plan.owner ? `（担当 ${plan.owner}）` : ''}`,
        services: store.familyServices
          .listByCase(caseNo)
          .map((r) => ({ service: r.service, status: serviceStatus(r.steps) }))
          .filter((r) => r.status !== null && r.status !== '終了')
          .map((r) => `${r.service}（${r.status}）`),
        closureProposed: marks.isClosureProposed(caseNo),
      };
    },
  };
}

export function decisionsHandlers(ctx: HandlerContext): HandlersFor<'decisions'> {
  const changed = (meetingId: number) => ctx.emit({ name: 'live.changed', payload: { meetingId } });
  return {
    'decisions.save': ({ meetingId, caseNo, decision, state }) =>
      ctx.tx((store) => {
        store.meetings.get(meetingId);
        itemOf(store, meetingId, caseNo);
        refuseIfEnded(store, meetingId);
        const problems = state === 'recorded' ? recordProblems(decision) : [];
        if (problems.length > 0) throw new AppError('invalid_input', problems.join('\n'));
        const saved = store.live.saveDecision(meetingId, caseNo, decision, state, ctx.at());
        changed(meetingId);
        return saved;
      }),
    'decisions.confirm': ({ meetingId, caseNos }) => {
      ctx.tx((store) => {
        const meeting = store.meetings.get(meetingId);
        refuseIfEnded(store, meetingId);
        const when = ctx.at();
        for (const caseNo of new Set(caseNos)) {
          const item = itemOf(store, meetingId, caseNo);
          if (item.group !== 'quick') {
            throw new AppError(
              'invalid_input',
              `登録番号「${caseNo}」は確認の議題ではありません。協議の決定は決定欄から記録してください。`,
            );
          }
          const draft = item.draft ?? defaultDraft(caseOrThrow(store, caseNo), meeting.date);
          store.live.saveDecision(meetingId, caseNo, confirmedDecision(draft), 'recorded', when);
        }
        changed(meetingId);
      });
      return snapshot(ctx.store(), meetingId);
    },
    'decisions.remove': ({ meetingId, caseNo }) => {
      ctx.tx((store) => {
        store.meetings.get(meetingId);
        refuseIfEnded(store, meetingId);
        store.live.removeDecision(meetingId, caseNo);
        changed(meetingId);
      });
      return snapshot(ctx.store(), meetingId);
    },
  };
}

/**
 * The year's figures a current 報告 item puts on the projector. The room is not the office: the counts under
 * the small-count threshold are hidden as in a document that leaves it (the 代表者会議 seats outside members).
 */
function figuresFor(store: Store, program: readonly ProgramEntry[], current: string | null): PresentFigures | null {
  const id = itemIdOf(current);
  const item = itemsOf(program).find((e) => e.id === id);
  const year = item?.kind === '報告' ? (item.figuresYear ?? null) : null;
  if (year === null) return null;
  const tables = shownTables(statsReport(yearComparison(store, year)), store.settings.read().smallCountThreshold);
  return {
    fiscalYear: year,
    currentLabel: fiscalYearLabel(year),
    previousLabel: fiscalYearLabel(year - 1),
    tables,
  };
}

/** `openPresenter`: the host opens the projector window itself (Electron, on the second display); false = it cannot. */
export function presentHandlers(
  ctx: HandlerContext,
  openPresenter?: (meetingId: number) => boolean,
): HandlersFor<'present'> {
  return {
    'present.view': ({ meetingId }) => {
      const store = ctx.store();
      const meeting = store.meetings.get(meetingId);
      const state = store.live.state(meetingId);
      const current = state.current;
      const stored = current !== null && state.projector.showBoard ? store.boards.get(current) : null;
      const agenda = new AgendaService(store).get(meetingId);
      const program = programOf(store, meetingId);
      return buildPresentView({
        program,
        figures: figuresFor(store, program, state.current),
        meeting,
        state,
        items: agenda.items,
        maskSources: {
          cases: agenda.cases,
          boards: maskBoards(
            store,
            meetingId,
            agenda.items.map((i) => i.caseNo),
          ),
          staff: [meeting.facilitator],
        },
        decided: new Set(
          store.live
            .decisions(meetingId)
            .filter((d) => d.state === 'recorded')
            .map((d) => d.caseNo),
        ),
        currentCase: current === null ? null : store.cases.get(current),
        board: stored ? parseBoard(JSON.parse(stored.doc) as unknown) : null,
        settings: store.settings.triage(),
        dateStyle: store.settings.read().dateStyle,
      });
    },
    'present.open': ({ meetingId }) => {
      ctx.store().meetings.get(meetingId);
      return { openedByHost: openPresenter?.(meetingId) ?? false };
    },
  };
}
