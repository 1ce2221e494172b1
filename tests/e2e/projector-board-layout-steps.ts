// The boards of projector-board-layout.spec.ts, laid out by the real 自動配置 (relayoutCommand) as the room
// gets them: people 136 apart rather than the hand-placed 210 of projector-room's family, agencies on a ring.
import { applyCommand } from '../../shared/board/commands';
import { relayoutCommand } from '../../shared/board/layout';
import type { BoardDoc } from '../../shared/board/types';
import { householdFamilies } from '../unit/board-families';
import { familyBoard } from './projector-room-steps';

/** The board as 自動配置 leaves it. */
export const autoLaid = (doc: BoardDoc): BoardDoc => applyCommand(doc, relayoutCommand(doc)).doc;

/**
 * Three generations: a deceased grandfather, the grandmother, the divorced father outside the household, the
 * mother with her partner, the child and her half-brother (the partner's son); three agencies, two notes and
 * a safety scale.
 */
export function threeGenerations(caseNo: string): BoardDoc {
  const doc = familyBoard();
  doc.caseNo = caseNo;
  doc.notes.push({
    id: 'n2',
    column: null,
    text: '父は月に一度の面会を希望している',
    position: { x: 600, y: 0 },
  });
  return autoLaid(doc);
}

/** Names on the eight-agency board: hidden from the room unless the case is revealed. */
export const EIGHT_NAMES = ['仮名たける', '仮名みゆき', '仮名あおい', '仮名ことね'];
const PEOPLE: Record<string, { label: string; role: string }> = {
  father: { label: EIGHT_NAMES[0]!, role: '実父' },
  mother: { label: EIGHT_NAMES[1]!, role: '実母' },
  index: { label: EIGHT_NAMES[2]!, role: '本人' },
  sister: { label: EIGHT_NAMES[3]!, role: '妹' },
};
export const EIGHT_AGENCIES = [
  '架空市立第一小学校',
  '放課後児童クラブ',
  'ひまわり保育園',
  '保健センター',
  '架空警察署',
  'こども家庭センター',
  '児童相談所',
  '民生委員・児童委員',
];
const EIGHT_ROLES = ['登校確認', null, '登園確認', '母の通院', null, '家庭訪問', '一時保護の検討', null];

/** A family of four round which eight agencies stand (one linked to nobody), and a free note. */
export function eightAgencies(caseNo: string): BoardDoc {
  const doc = householdFamilies.eightAgencies!();
  doc.caseNo = caseNo;
  doc.persons = doc.persons.map((p) => ({ ...p, ...PEOPLE[p.id]! }));
  doc.agencies = doc.agencies.map((a, i) => ({ ...a, name: EIGHT_AGENCIES[i]! }));
  doc.agencyLinks = doc.agencyLinks.map((l) => ({
    ...l,
    role: EIGHT_ROLES[doc.agencies.findIndex((a) => a.id === l.agency)] ?? null,
  }));
  doc.notes = doc.notes.map((n) => ({ ...n, text: '週末は母方祖母が来ている' }));
  return autoLaid(doc);
}
