// The wizard shows what the parser made of a column in its sample rows, the way the ledger will show it.
import type { PreviewColumn, PreviewSheet } from '../../../shared/contract';
import { displayFieldValue } from '../../../shared/ledger/fields';
import type { DateStyle } from './date-style';

const SAMPLES = 3;

export function sampleText(sample: PreviewSheet['sample'], column: PreviewColumn, dateStyle: DateStyle): string {
  const target = column.target;
  if (target === 'ignore') return '（取り込みません）';
  return sample
    .slice(0, SAMPLES)
    .map(({ case: c }) =>
      target === 'extra' ? (c.extra[column.header] ?? '') : displayFieldValue(c, target, dateStyle),
    )
    .filter((v) => v !== '')
    .join(' / ');
}
