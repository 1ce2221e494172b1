// The ledger table's columns. Age sorts by birth date, reversed, so 年齢 ascending means youngest first.
import type { DateStyle } from './date-style';
import { registrationOf, type LedgerCase } from '../../../shared/ledger/case';
import { ageAt, displayDate, isRealIsoDate } from '../../../shared/ledger/dates';
import { STATUS_LABELS } from '../../../shared/ledger/fields';

export interface CellContext {
  dateStyle: DateStyle;
  today: string;
}

export interface Column {
  id: string;
  label: string;
  /** CSS grid track, e.g. '8rem' or 'minmax(8rem, 1fr)'. */
  width: string;
  sortField: keyof LedgerCase;
  reverseSort?: boolean;
  numeric?: boolean;
  text(c: LedgerCase, ctx: CellContext): string;
}

export const LEDGER_COLUMNS: readonly Column[] = [
  { id: 'caseNo', label: '登録番号', width: '7.5rem', sortField: 'caseNo', text: (c) => c.caseNo },
  {
    id: 'classification',
    label: '種別',
    width: '7rem',
    sortField: 'classification',
    text: (c) => c.classification ?? '',
  },
  {
    id: 'registration',
    label: '登録区分',
    width: '7rem',
    sortField: 'registration',
    text: (c) => registrationOf(c),
  },
  { id: 'name', label: '児童氏名', width: 'minmax(9rem, 1.2fr)', sortField: 'name', text: (c) => c.name ?? '' },
  { id: 'kana', label: 'ふりがな', width: 'minmax(9rem, 1.2fr)', sortField: 'kana', text: (c) => c.kana ?? '' },
  {
    id: 'age',
    label: '年齢',
    width: '4.5rem',
    sortField: 'birthDate',
    reverseSort: true,
    numeric: true,
    text: (c, ctx) => {
      // A stored birth date that is not a real day gives no age (0001-07-13 once showed 2025歳); the
      // case panel shows the stored text and what is wrong with it.
      if (c.birthDate && !isRealIsoDate(c.birthDate)) return '要確認';
      const age = c.birthDate ? ageAt(c.birthDate, ctx.today) : null;
      return age === null ? '' : `${age}歳`;
    },
  },
  { id: 'riskLevel', label: '重症度', width: '6rem', sortField: 'riskLevel', text: (c) => c.riskLevel ?? '' },
  {
    id: 'leadAgency',
    label: '主担当機関',
    width: 'minmax(8rem, 1fr)',
    sortField: 'leadAgency',
    text: (c) => c.leadAgency ?? '',
  },
  {
    id: 'nextReview',
    label: '次回確認時期',
    width: '10rem',
    sortField: 'nextReview',
    text: (c, ctx) => displayDate(c.nextReview, ctx.dateStyle),
  },
  { id: 'status', label: '状態', width: '4.5rem', sortField: 'status', text: (c) => STATUS_LABELS[c.status] },
];
