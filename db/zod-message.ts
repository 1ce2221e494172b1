// How a refused input is told to the user: the schema's own message when it is Japanese (ours are);
// zod's English defaults become a summary naming the field.
import type { z } from 'zod';
import { hasJapanese } from '../shared/text/japanese';

export function zodMessage(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return '入力が正しくありません。';
  const where = issue.path.length > 0 ? `（項目: ${issue.path.map(String).join('.')}）` : '';
  if (hasJapanese(issue.message)) return `${issue.message}${where}`;
  return `入力が正しくありません${where}。`;
}
