// What the plan editor needs besides the rules: the day the review list looks ahead to by default, and which
// of the rows being typed can be saved. A row whose key part (a person's 氏名, a support's サービス・支援) is still
// empty is kept on screen but not sent: the schema refuses it, and one half-typed row must not stop the rest of
// the plan from being saved.
import type { PlanContent } from './support-plan';

/** The last day of the month after `today`'s: the review list's default horizon (「来月末まで」). */
export function endOfNextMonth(today: string): string {
  const y = Number(today.slice(0, 4));
  const m = Number(today.slice(5, 7)); // this month, 1-based; the next is m + 1
  const next = m === 12 ? { y: y + 1, m: 1 } : { y, m: m + 1 };
  // Day 0 of the month after `next` is the last day of `next`.
  const last = new Date(Date.UTC(next.y, next.m, 0)).getUTCDate();
  return `${next.y}-${String(next.m).padStart(2, '0')}-${String(last).padStart(2, '0')}`;
}

const filled = (text: string | null | undefined) => text !== null && text !== undefined && text.trim() !== '';

/** The content as the backend takes it: rows without their key part left out. */
export function savableContent(content: PlanContent): PlanContent {
  return {
    ...content,
    children: content.children.filter((p) => filled(p.name)),
    guardians: content.guardians.filter((p) => filled(p.name)),
    supports: content.supports.filter((s) => filled(s.service)),
  };
}

/** How many typed rows are not saved yet because their key part is empty (for the editor's hint). */
export function unsavedRows(content: PlanContent): number {
  const rows = [...content.children, ...content.guardians];
  const started = (values: (string | null)[]) => values.some(filled);
  return (
    rows.filter((p) => !filled(p.name) && started([p.birthDate, p.affiliation])).length +
    content.supports.filter((s) => !filled(s.service) && started([s.who, s.role, s.monitoring, s.progress])).length
  );
}
