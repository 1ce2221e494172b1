// What to tell a user whose edit was made on a case another program (a CLI import, a second window, a
// write-back) changed since they loaded it: the edit is refused, and for every field they changed the
// message shows their value and the one stored now, so they can reload or apply theirs again knowingly.
import type { LedgerCase } from './case';
import { serializeFieldValue } from './diff';
import { fieldLabel } from './fields';

export const STALE_EDIT_HEAD = 'ほかの操作で先に変更されました';

type Changes = Partial<Omit<LedgerCase, 'caseNo'>>;

/** The refusal message for `changes` (the fields the editor changed) against the case as stored now. */
export function staleEditMessage(current: LedgerCase, changes: Changes): string {
  const lines: string[] = [];
  for (const [field, yours] of Object.entries(changes) as [keyof Changes, unknown][]) {
    if (field === 'extra') {
      for (const [header, value] of Object.entries((yours ?? {}) as Record<string, string>)) {
        const theirs = current.extra[header] ?? null;
        if ((value || null) !== theirs) lines.push(line(fieldLabel(`extra:${header}`), value || null, theirs));
      }
      continue;
    }
    const mine = serializeFieldValue(yours as string | string[] | null);
    const theirs = serializeFieldValue(current[field] as string | string[] | null);
    if (mine !== theirs) lines.push(line(fieldLabel(field), mine, theirs));
  }
  const detail =
    lines.length > 0
      ? `\n${lines.join('\n')}`
      : '\n（あなたが変えた項目はいまの値と同じですが、ほかの項目が変わっています）';
  return `${STALE_EDIT_HEAD}（登録番号「${current.caseNo}」）。保存していません。${detail}\n最新の内容を読み込むか、あなたの入力をもう一度反映してください。`;
}

function line(label: string, yours: string | null, theirs: string | null): string {
  return `・${label}: あなたの入力「${yours ?? '（空）'}」／いまの値「${theirs ?? '（空）'}」`;
}
