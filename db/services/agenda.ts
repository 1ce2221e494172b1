// The agenda of a meeting: suggest (rules over the ledger, merged into what the secretariat already
// arranged), read, move a card, edit drafts. Each change reads and writes the one agenda row inside
// one transaction, so two windows moving cards at once cannot lose a move.
import { AppError, type Agenda } from '../../shared/contract';
import { registrationOf, type LedgerCase } from '../../shared/ledger/case';
import { defaultDraft } from '../../shared/meeting/draft';
import { mergeAgenda, moveItem, suggestAgenda } from '../../shared/meeting/suggest';
import {
  draftDecisionSchema,
  type AgendaItem,
  type DraftDecision,
  type Group,
  type Meeting,
} from '../../shared/meeting/types';
import type { Store } from '../repos/store';
import { keepProgram, programOf } from './agenda-program';
import { refuseIfEnded } from './meeting-status';
import { buildSuggestionContext, type ContextOptions } from './suggestion-context';

type MeetingKey = Pick<Meeting, 'kind' | 'subcommittee' | 'date' | 'scope'> & { id?: number };

/** The suggestion for a meeting that may not exist yet (the CLI's ad-hoc meeting): nothing is written. */
export function computeSuggestion(
  store: Store,
  meeting: MeetingKey,
  options: ContextOptions = {},
): { since: string | null; items: AgendaItem[]; cases: LedgerCase[] } {
  return suggestFromCases(store, meeting, candidates(store, meeting), options);
}

/**
 * The cases a meeting's suggestion looks at. A 合同ケース会議 takes the cases on its standing list (名簿), whatever
 * their 登録区分 (a 臨時開催 narrows them with hand-picked cases in its scope); every other meeting is a 要対協
 * meeting and looks only at 要対協登録 cases (a family the centre supports outside the 要対協 is not its case).
 */
function candidates(store: Store, meeting: Pick<Meeting, 'kind'>): LedgerCase[] {
  if (meeting.kind === '合同ケース会議') {
    const out: LedgerCase[] = [];
    for (const caseNo of store.joint.caseNos()) {
      const c = store.cases.get(caseNo);
      if (c) out.push(c);
    }
    return out;
  }
  return store.cases.all().filter((c) => registrationOf(c) === '要対協登録');
}

/** The suggestion over a ledger already read: the context from the database, then the rules. */
export function suggestFromCases(
  store: Store,
  meeting: MeetingKey,
  cases: LedgerCase[],
  options: ContextOptions = {},
): { since: string | null; items: AgendaItem[]; cases: LedgerCase[] } {
  const ctx = buildSuggestionContext(store, meeting, cases, store.settings.triage(), options);
  return { since: ctx.since, items: suggestAgenda(cases, meeting.scope, ctx), cases };
}

export class AgendaService {
  constructor(private readonly store: Store) {}

  suggest(meetingId: number, options: ContextOptions, at: string): Agenda {
    return this.store.tx(() => {
      const meeting = this.store.meetings.get(meetingId);
      refuseIfEnded(this.store, meetingId);
      const { since, items, cases } = computeSuggestion(this.store, meeting, options);
      const existing = this.store.meetings.agenda(meetingId)?.items ?? [];
      const merged = mergeAgenda(existing, items);
      this.store.meetings.saveAgenda(meetingId, { since, items: merged }, at);
      keepProgram(this.store, meetingId, at);
      const byNo = new Map(cases.map((c) => [c.caseNo, c]));
      return this.agendaOf(meetingId, since, merged, (caseNo) => byNo.get(caseNo) ?? null, true);
    });
  }

  get(meetingId: number): Agenda {
    const meeting = this.store.meetings.get(meetingId);
    const stored = this.store.meetings.agenda(meetingId);
    if (!stored) {
      // Not suggested yet: still say which date the suggestion would count from.
      return this.agendaOf(meetingId, this.store.meetings.previous(meeting)?.date ?? null, [], () => null, false);
    }
    return this.agendaOf(meetingId, stored.since, stored.items, (caseNo) => this.caseOf(caseNo), true);
  }

  move(
    input: { meetingId: number; caseNo: string; group: Group; index: number; reason?: string | null },
    by: string,
    at: string,
  ): Agenda {
    return this.change(input.meetingId, at, (items) => {
      itemOf(items, input.caseNo);
      return moveItem(items, input.caseNo, input.group, input.index, by, at, input.reason?.trim() || null);
    });
  }

  updateItem(
    input: { meetingId: number; caseNo: string; draft?: DraftDecision | null; deepMinutes?: number | null },
    at: string,
  ): Agenda {
    return this.change(input.meetingId, at, (items) => {
      itemOf(items, input.caseNo);
      return items.map((item) =>
        item.caseNo !== input.caseNo
          ? item
          : {
              ...item,
              ...(input.draft !== undefined ? { draft: input.draft } : {}),
              ...(input.deepMinutes !== undefined ? { deepMinutes: input.deepMinutes } : {}),
            },
      );
    });
  }

  /** The same changes to several drafts; a case without a draft starts from the pre-filled one. */
  bulkDraft(input: { meetingId: number; caseNos: string[]; changes: Partial<DraftDecision> }, at: string): Agenda {
    const meeting = this.store.meetings.get(input.meetingId);
    return this.change(input.meetingId, at, (items) => {
      const wanted = new Set(input.caseNos);
      for (const caseNo of wanted) itemOf(items, caseNo);
      return items.map((item) => {
        if (!wanted.has(item.caseNo)) return item;
        const base = item.draft ?? defaultDraft(this.caseOrThrow(item.caseNo), meeting.date);
        return { ...item, draft: draftDecisionSchema.parse({ ...base, ...definedOnly(input.changes) }) };
      });
    });
  }

  private change(meetingId: number, at: string, edit: (items: AgendaItem[]) => AgendaItem[]): Agenda {
    const { since, items } = this.store.tx(() => {
      this.store.meetings.get(meetingId);
      refuseIfEnded(this.store, meetingId);
      const stored = this.store.meetings.agenda(meetingId);
      if (!stored)
        throw new AppError(
          'not_found',
          'この会議の議題はまだ作成されていません。先に「議題の案を作成」を実行してください。',
        );
      const next = { since: stored.since, items: edit(stored.items) };
      this.store.meetings.saveAgenda(meetingId, next, at);
      return next;
    });
    return this.agendaOf(meetingId, since, items, (caseNo) => this.caseOf(caseNo), true);
  }

  /** The agenda as returned: the cases' ledger rows and the 次第 with it. */
  agendaOf(
    meetingId: number,
    since: string | null,
    items: AgendaItem[],
    caseOf: (caseNo: string) => LedgerCase | null,
    suggested: boolean,
  ): Agenda {
    const cases: LedgerCase[] = [];
    for (const item of items) {
      const c = caseOf(item.caseNo);
      if (c) cases.push(c);
    }
    return { meetingId, since, items, cases, suggested, program: programOf(this.store, meetingId) };
  }

  private caseOf(caseNo: string): LedgerCase | null {
    return this.store.cases.get(caseNo);
  }

  private caseOrThrow(caseNo: string): LedgerCase {
    const c = this.caseOf(caseNo);
    if (!c) throw new AppError('not_found', `登録番号「${caseNo}」のケースが台帳にありません。`);
    return c;
  }
}

function itemOf(items: readonly AgendaItem[], caseNo: string): AgendaItem {
  const item = items.find((i) => i.caseNo === caseNo);
  if (!item) throw new AppError('not_found', `登録番号「${caseNo}」はこの会議の議題にありません。`);
  return item;
}

function definedOnly<T extends object>(changes: T): Partial<T> {
  return Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) as Partial<T>;
}
