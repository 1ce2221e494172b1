// Where a history row came from, as the screen says it. Field and enum labels live in shared/ledger/fields.ts.
import type { HistorySource } from '../../../shared/ledger/case';

export const SOURCE_LABELS: Record<HistorySource, string> = { import: '取り込み', edit: '手入力', meeting: '会議' };
