// What the minutes say about each case: the outcome of a case taken up (with its decision lines, roles and time
// spent) and of every case carried over. Only RECORDED decisions count: a draft typed in the room was never agreed.
import { formatDate } from '../ledger/dates';
import type { DateStyle } from '../time/date-style';
import type { Decision, RoleAssignment } from './decision';
import { NONE } from './handout-types';
import type { LiveState } from './live';
import type {
  CarriedOverCase,
  CaseOutcome,
  MinutesCase,
  MinutesInput,
  MinutesLine,
  MinutesRole,
} from './minutes-types';
import { GROUP_LABELS, type AgendaItem } from './types';

/** How each outcome reads in the minutes; a meeting still running has not "failed" to reach anything yet. */
export function outcomeLabel(outcome: CaseOutcome, draft: boolean): string {
  switch (outcome) {
    case 'decided':
      return '協議のうえ決定';
    case 'confirmed':
      return '事務局案どおり確認';
    case 'noDecision':
      return draft ? '取り上げたが決定は未記録' : '取り上げたが決定に至らず';
    case 'notReached':
      return draft ? 'まだ取り上げていない' : '時間内に取り上げられなかった';
    case 'held':
      return '保留として次回へ';
  }
}

/** A case's timer under this is a case clicked past, not a case taken up. */
export const TAKEN_UP_MS = 500;

export function byOrder(a: AgendaItem, b: AgendaItem): number {
  return a.order - b.order || (a.caseNo < b.caseNo ? -1 : a.caseNo > b.caseNo ? 1 : 0);
}

/** Time counted on a case, with the running stretch when its timer is on now (draft minutes of a running meeting). */
export function spentOn(live: LiveState, caseNo: string, now: Date): number {
  const counted = live.timer.spentMs[caseNo] ?? 0;
  const since = live.timer.runningSince;
  return since !== null && live.current === caseNo ? counted + Math.max(0, now.getTime() - Date.parse(since)) : counted;
}

function timeSpent(input: MinutesInput, caseNo: string): string | null {
  const ms = spentOn(input.live, caseNo, input.now);
  return ms >= TAKEN_UP_MS ? duration(ms) : null;
}

/**
 * A case the meeting took up: with its recorded decision, or (d = null) taken up without one, which the
 * minutes say as such with the time spent and no decision lines (a draft typed in the room was never agreed).
 */
export function minutesCase(
  item: AgendaItem,
  no: number,
  d: Decision | null,
  label: string,
  input: MinutesInput,
  style: DateStyle,
  scrub: (text: string) => string,
): MinutesCase {
  const group = item.group === 'deep' ? 'deep' : 'quick';
  const draftMinutes = input.live.endedAt === null;
  const outcome = d === null ? 'noDecision' : d.outcome === 'confirmed' ? 'confirmed' : 'decided';
  const time = timeSpent(input, item.caseNo);
  const result = `${outcomeLabel(outcome, draftMinutes)}${time ? `（所要 ${time}）` : ''}`;
  const draftNote = item.draft?.note?.trim() ? scrub(item.draft.note) : null;
  // Decisions confirmed before the note had its own heading carry it as their 状況: it is not one.
  const ownSituation =
    d?.situation && !(outcome === 'confirmed' && d.situation === item.draft?.note) ? d.situation : null;
  const situation = ownSituation ? scrub(ownSituation) : NONE;
  const discussion = d?.discussion ? scrub(d.discussion) : NONE;
  const decisions = d === null ? [] : decisionLines(d, style, scrub);
  const lines: MinutesLine[] = [
    { label: '区分', value: GROUP_LABELS[group] },
    { label: '結果', value: result },
    ...(draftNote !== null ? [{ label: '事務局案', value: draftNote }] : []),
    ...(d === null ? [] : [{ label: '状況', value: situation }]),
    ...(d !== null && group === 'deep' ? [{ label: '協議内容', value: discussion }] : []),
    ...decisions,
  ];
  return {
    no,
    caseNo: item.caseNo,
    label,
    group,
    outcome,
    result,
    draftNote,
    situation,
    discussion,
    decisions,
    summary: [result, ...decisions.map((l) => `${l.label}：${l.value}`)].join('\n'),
    lines,
    roles: d === null ? [] : d.roles.map((r) => role(r, style, scrub)),
    time,
    boardSvg: group === 'deep' ? (input.boards?.[item.caseNo] ?? null) : null,
  };
}

/** Only what the meeting decided: an empty field means "no change" and is not listed, except the three basics. */
function decisionLines(d: Decision, style: DateStyle, scrub: (text: string) => string): MinutesLine[] {
  const lines: MinutesLine[] = [];
  if (d.judgement) {
    const grounds = d.judgement.grounds?.trim();
    lines.push({ label: '判定', value: grounds ? `${d.judgement.kind}（${scrub(grounds)}）` : d.judgement.kind });
  }
  if (d.leadFunction) lines.push({ label: '主担当機能', value: d.leadFunction });
  lines.push(
    { label: '支援方針', value: d.policy ? scrub(d.policy) : NONE },
    { label: '主担当機関', value: d.leadAgency ?? NONE },
    { label: '次回確認時期', value: d.nextReview ? formatDate(d.nextReview, style) : NONE },
  );
  if (d.riskLevel) lines.push({ label: '重症度の変更', value: d.riskLevel });
  if (d.classification) lines.push({ label: '種別の変更', value: d.classification });
  if (d.closure) {
    const handOver = d.handOverToMaternal ? '（母子保健で継続支援）' : '';
    lines.push({ label: '終結', value: `${formatDate(d.closure.date, style)}　${scrub(d.closure.reason)}${handOver}` });
  }
  if (d.services.length > 0)
    lines.push({ label: '支援サービス', value: d.services.map((s) => `${s.service}（${s.mode}）`).join('、') });
  if (d.supportPlan) {
    const plan = [`サポートプランの${d.supportPlan.action}`];
    if (d.supportPlan.by) plan.push(`担当：${d.supportPlan.by}`);
    if (d.supportPlan.due) plan.push(`期限：${formatDate(d.supportPlan.due, style)}`);
    lines.push({ label: 'サポートプラン', value: plan.join('　') });
  }
  if (d.listAction) lines.push({ label: '名簿', value: d.listAction });
  if (d.jiso) {
    lines.push({
      label: '児童相談所',
      value: d.jiso.note ? `${d.jiso.involvement}（${scrub(d.jiso.note)}）` : d.jiso.involvement,
    });
  }
  return lines;
}

function role(r: RoleAssignment, style: DateStyle, scrub: (text: string) => string): MinutesRole {
  const task = r.staff ? `${scrub(r.task)}（担当：${r.staff}）` : scrub(r.task);
  return { agency: r.agency, task, due: r.due ? formatDate(r.due, style) : NONE };
}

export function duration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  if (minutes === 0) return `${rest}秒`;
  return rest === 0 ? `${minutes}分` : `${minutes}分${rest}秒`;
}

/**
 * Every case without a recorded decision, with what happened to it: taken up without a decision (with the
 * time spent), not reached, or 保留. An ended meeting carries them to the next one (次回へ).
 */
export function carriedOver(
  input: MinutesInput,
  recorded: ReadonlyMap<string, Decision>,
  label: (caseNo: string) => string,
  draft: boolean,
): CarriedOverCase[] {
  const out: CarriedOverCase[] = [];
  const seen = new Set<string>();
  const add = (caseNo: string, outcome: CarriedOverCase['outcome'], group: string) => {
    if (seen.has(caseNo)) return;
    seen.add(caseNo);
    const time = outcome === 'noDecision' ? timeSpent(input, caseNo) : null;
    const reason = `${outcomeLabel(outcome, draft)}（${time ? `${group}・所要 ${time}` : group}）`;
    out.push({ caseNo, label: label(caseNo), outcome, reason });
  };
  const open = (['quick', 'deep'] as const)
    .flatMap((group) => input.agenda.filter((i) => i.group === group).sort(byOrder))
    .filter((i) => !recorded.has(i.caseNo));
  const taken = (caseNo: string) => spentOn(input.live, caseNo, input.now) >= TAKEN_UP_MS;
  for (const item of open) add(item.caseNo, taken(item.caseNo) ? 'noDecision' : 'notReached', GROUP_LABELS[item.group]);
  for (const item of input.agenda.filter((i) => i.group === 'hold').sort(byOrder))
    add(item.caseNo, 'held', GROUP_LABELS[heldFrom(item)]);
  // Carried over when the meeting ended but no longer on the agenda.
  for (const caseNo of input.live.carriedOver) add(caseNo, taken(caseNo) ? 'noDecision' : 'notReached', '議題外');
  return out;
}

/** The group a 保留 card was in before it was held (the override's origin, else the rules'). */
function heldFrom(item: AgendaItem): 'quick' | 'deep' {
  const from = item.override?.from;
  return from === 'quick' || from === 'deep' ? from : item.ruleGroup;
}
