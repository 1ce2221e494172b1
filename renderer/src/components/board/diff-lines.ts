// The difference between two snapshots as sentences for the 「前回との違い」 list.
import { diffBoards, plainLabel, type LabelOf } from '../../../../shared/board/diff';
import type { BoardDoc } from '../../../../shared/board/types';

export function diffLines(before: BoardDoc, after: BoardDoc, label: LabelOf = plainLabel): string[] {
  const d = diffBoards(before, after, label);
  return [
    ...d.addedPersons.map((p) => `追加された人物：${label(after, p.id)}`),
    ...d.removedPersons.map((p) => `いなくなった人物：${label(before, p.id)}`),
    ...d.addedRelations.map((r) => `追加された関係：${r.text}`),
    ...d.removedRelations.map((r) => `なくなった関係：${r.text}`),
    ...d.changedRelations.map((c) => `変わった関係：${c.before.text} → ${c.after.text}`),
    ...d.scaleChanges.map(
      (s) =>
        `安全スケール「${s.question}」：${s.before ?? '（なし）'} → ${s.after ?? '（削除）'}（${s.ratedBy}・${s.ratedAt}）`,
    ),
  ];
}
