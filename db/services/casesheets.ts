// ケースごとの集約 in the backend: gathers a meeting's requests, their current answers, the 聞き取り and the
// questions, and hands them to the pure merge (shared/assessment/merge.ts). Masking is decided here, per case:
// the masked label, and every free text an agency wrote scrubbed by the case's policy (its ledger row and its
// whiteboard, and the other cases asked about), as the imported reports' list does.
import { casesAsked, mergeCaseSheet, scrubSheet, type MergedSheet } from '../../shared/assessment/merge';
import type { Hearing, HearingInput } from '../../shared/assessment/types';
import type { CaseSheetListRow, CaseSheetView } from '../../shared/contract/casesheets';
import type { LedgerCase } from '../../shared/ledger/case';
import { makeMaskPolicy } from '../../shared/mask/policy';
import { maskedLabel } from '../../shared/meeting/mask';
import type { Store } from '../repos/store';
import { maskBoards } from './mask-boards';

/** A refused 聞き取り: its Japanese reason is the user's message. */
export class CaseSheetRuleError extends Error {}

interface Gathered {
  requests: ReturnType<Store['assessments']['requestsFor']>;
  answers: ReturnType<Store['assessments']['answers']>;
  hearings: Hearing[];
  questions: ReturnType<Store['assessments']['questions']>;
}

function gather(store: Store, meetingId: number): Gathered {
  store.meetings.get(meetingId); // not_found for an unknown meeting
  const requests = store.assessments.requestsFor(meetingId);
  return {
    requests,
    answers: requests.flatMap((r) => store.assessments.answers(r.id)),
    hearings: requests.flatMap((r) => store.assessments.hearings(r.id)),
    questions: store.assessments.questions(meetingId),
  };
}

export function caseLabel(caseNo: string, c: LedgerCase | null, masked: boolean): string {
  if (!c) return caseNo;
  if (masked) return maskedLabel(c);
  return c.name ? `${c.caseNo} ${c.name}` : c.caseNo;
}

/**
 * The merged sheets of the given cases (default: every case asked about), unmasked. A case no request asked
 * about has an empty sheet, still with the questions written for it.
 */
export function mergedSheets(store: Store, meetingId: number, caseNos?: Iterable<string>): Map<string, MergedSheet> {
  const g = gather(store, meetingId);
  const wanted = caseNos ? [...new Set(caseNos)] : casesAsked(g.requests);
  return new Map(wanted.map((caseNo) => [caseNo, mergeCaseSheet({ caseNo, ...g })]));
}

export function caseSheetList(store: Store, meetingId: number, masked: boolean): CaseSheetListRow[] {
  const groups = new Map((store.meetings.agenda(meetingId)?.items ?? []).map((i) => [i.caseNo, i.group]));
  return [...mergedSheets(store, meetingId)].map(([caseNo, sheet]) => ({
    ...sheet.summary,
    label: caseLabel(caseNo, store.cases.get(caseNo), masked),
    group: groups.get(caseNo) ?? null,
  }));
}

export function caseSheet(store: Store, meetingId: number, caseNo: string, masked: boolean): CaseSheetView {
  const sheet = mergedSheets(store, meetingId, [caseNo]).get(caseNo)!;
  const c = store.cases.get(caseNo);
  return {
    ...(masked ? scrubSheet(sheet, maskPolicy(store, meetingId, caseNo).scrub) : sheet),
    label: caseLabel(caseNo, c, masked),
  };
}

/**
 * The policy a masked sheet is scrubbed with: every case asked about in the meeting's requests (an agency's
 * 所見 names a sibling who is a case of its own) and the case's whiteboard (parents, partners).
 */
export function maskPolicy(store: Store, meetingId: number, caseNo: string) {
  const cases = casesAsked(store.assessments.requestsFor(meetingId)).flatMap((n) => store.cases.get(n) ?? []);
  return makeMaskPolicy({ cases, boards: maskBoards(store, meetingId, [caseNo]) });
}

/** Records a 聞き取り; only for a worry the current answer holds, and 済 says who heard and when. */
export function setHearing(
  store: Store,
  input: HearingInput,
  at: string,
  by: string,
): { hearing: Hearing; meetingId: number | null } {
  const request = store.assessments.request(input.requestId);
  if (!request) throw new CaseSheetRuleError('依頼が見つかりません');
  const item = request.items.find((i) => i.id === input.itemId);
  const answer = store.assessments.currentAnswer(input.requestId, input.agency, input.caseNo);
  if (!item || item.kind !== 'check' || answer?.answers[item.id] !== 'はい')
    throw new CaseSheetRuleError('聞き取りは「はい」と回答された項目（気がかり）にだけ記録できます');
  if (input.status === '済' && (!input.by || !input.on))
    throw new CaseSheetRuleError('聞き取り済にするには、誰が・いつ聞き取ったかを入力してください');
  const hearing = store.assessments.saveHearing({ ...input, by: input.by || null, heard: input.heard || null }, at, by);
  return { hearing, meetingId: request.meetingId };
}
