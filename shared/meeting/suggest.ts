// The agenda: which cases a meeting takes up (suggestAgenda), how a new suggestion is merged into an
// agenda the secretariat has already worked on (mergeAgenda), and moving a card on the board (moveItem).
// suggestAgenda runs over the whole ledger (10,000 cases, 3,000 reports) on every 「案を作成」, so each
// case costs a few comparisons and the two groups are each sorted once, after the loop.
import type { LedgerCase } from '../ledger/case';
import { defaultDraft } from './draft';
import { naturalCompare } from './natural';
import { inScope } from './scope';
import { reasonsFor, triage } from './triage';
import { compareDeep, dangerSignals, type DeepKey } from './triage-order';
import { GROUPS, type AgendaItem, type Group, type MeetingScope, type Override, type SuggestionContext } from './types';

const GROUP_INDEX = new Map<Group, number>(GROUPS.map((g, i) => [g, i]));

/** Items by group (確認, 協議, 保留) and by order inside each, with `order` renumbered 0, 1, 2… per group. */
function normalized(items: readonly AgendaItem[]): AgendaItem[] {
  const sorted = [...items].sort(
    (a, b) => (GROUP_INDEX.get(a.group) ?? 0) - (GROUP_INDEX.get(b.group) ?? 0) || a.order - b.order,
  );
  const next = new Map<Group, number>();
  return sorted.map((item) => {
    const order = next.get(item.group) ?? 0;
    next.set(item.group, order + 1);
    return item.order === order ? item : { ...item, order };
  });
}

/**
 * The cases to take up, with their reasons, grouped by the triage rules: 確認 by caseNo, then 協議 danger
 * first (compareDeep: danger signals, then risk, then caseNo). 確認 items carry a pre-filled draft
 * (defaultDraft); 協議 items none.
 */
export function suggestAgenda(cases: readonly LedgerCase[], scope: MeetingScope, ctx: SuggestionContext): AgendaItem[] {
  const quick: AgendaItem[] = [];
  const deep: { key: DeepKey; item: AgendaItem }[] = [];
  for (const c of cases) {
    if (!inScope(c, scope, ctx.meetingDate)) continue;
    const reasons = reasonsFor(c, ctx);
    if (reasons.length === 0) continue;
    const { group } = triage(reasons, ctx.settings, ctx.carriedOver.get(c.caseNo));
    const item: AgendaItem = {
      caseNo: c.caseNo,
      group,
      ruleGroup: group,
      reasons,
      order: 0,
      deepMinutes: null,
      draft: group === 'quick' ? defaultDraft(c, ctx.meetingDate) : null,
      override: null,
    };
    if (group === 'quick') quick.push(item);
    else {
      const signals = dangerSignals(reasons, c.riskLevel, ctx.settings.dangerReasons).length;
      deep.push({ key: { caseNo: c.caseNo, riskLevel: c.riskLevel, signals }, item });
    }
  }
  quick.sort((a, b) => naturalCompare(a.caseNo, b.caseNo));
  deep.sort((a, b) => compareDeep(a.key, b.key));
  const out: AgendaItem[] = [];
  // The items were made just above and nobody else holds them yet, so numbering them in place is safe.
  for (const group of [quick, deep.map(({ item }) => item)]) {
    group.forEach((item, order) => {
      item.order = order;
      out.push(item);
    });
  }
  return out;
}

/**
 * A new suggestion merged into the agenda as it stands. Items already there keep their group, order,
 * draft, deepMinutes and override, and take the new reasons and rule group — except that an item nobody
 * moved by hand (no override) follows the rules when they now say another group (a new injury report
 * sends a 確認 case to 協議; it goes to the end of that group, and a case arriving in 確認 without a
 * draft gets the suggested one). An override that now agrees with the rules is cleared. New cases are
 * appended at the end of their group, in suggested order. Items no longer suggested are dropped unless
 * they were moved by hand.
 */
export function mergeAgenda(existing: readonly AgendaItem[], suggested: readonly AgendaItem[]): AgendaItem[] {
  const fresh = new Map(suggested.map((item) => [item.caseNo, item]));
  const ordered = normalized(existing);
  const tail = new Map<Group, number>();
  for (const item of ordered) tail.set(item.group, Math.max(tail.get(item.group) ?? 0, item.order + 1));
  const append = (group: Group) => {
    const order = tail.get(group) ?? 0;
    tail.set(group, order + 1);
    return order;
  };

  const out: AgendaItem[] = [];
  const kept = new Set<string>();
  for (const item of ordered) {
    const next = fresh.get(item.caseNo);
    if (!next) {
      if (item.override !== null) out.push(item);
      continue;
    }
    kept.add(item.caseNo);
    const handMoved = item.override !== null;
    const group = handMoved ? item.group : next.ruleGroup;
    const order = group === item.group ? item.order : append(group);
    out.push({
      ...item,
      group,
      order,
      ruleGroup: next.ruleGroup,
      reasons: next.reasons,
      draft: item.draft ?? (group === 'quick' ? next.draft : null),
      override: group === next.ruleGroup ? null : item.override,
    });
  }
  for (const item of suggested) {
    if (!kept.has(item.caseNo)) out.push({ ...item, order: append(item.group) });
  }
  return normalized(out);
}

/**
 * Moves a card to `group` at `index` (clamped to the group's length) and renumbers both groups. Moving
 * against the rules (group ≠ ruleGroup, 保留 included) records who did it, when and why; moving it back
 * to the rule group clears that record; reordering inside a group leaves it as it was. The draft is kept
 * as it is, so a card moved out of 確認 and back keeps its edits. An unknown caseNo changes nothing.
 */
export function moveItem(
  items: readonly AgendaItem[],
  caseNo: string,
  group: Group,
  index: number,
  by: string,
  at: string,
  reason: string | null,
): AgendaItem[] {
  const ordered = normalized(items);
  const moving = ordered.find((item) => item.caseNo === caseNo);
  if (!moving) return ordered;
  let override: Override | null = moving.override;
  if (group === moving.ruleGroup) override = null;
  else if (group !== moving.group || override === null)
    override = { by, at, from: moving.ruleGroup, to: group, reason };

  const rest = ordered.filter((item) => item !== moving);
  const target = rest.filter((item) => item.group === group);
  const position = Math.max(0, Math.min(Math.trunc(index), target.length));
  target.splice(position, 0, { ...moving, group, override });
  return normalized([
    ...rest.filter((item) => item.group !== group),
    ...target.map((item, order) => ({ ...item, order })),
  ]);
}
