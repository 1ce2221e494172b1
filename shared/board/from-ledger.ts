// Starting a board from the ledger: the case's child as 本人 and the guardian placed by the recorded
// relationship (実母 → mother, 養父 → adoptive father, 祖母 → grandmother above an unknown parent), both in
// one household, laid out. Everything else is drawn at the meeting.
import { makeChildLink, makePerson, type ChildKind } from './commands';
import { layoutGenogram } from './layout';
import { emptyBoard, type BoardDoc, type BoardSex, type Person } from './types';
import type { LedgerCase } from '../ledger/case';

interface GuardianReading {
  sex: BoardSex;
  kind: ChildKind;
  grand: boolean;
  role: string;
}

/** Reads the free-text 続柄 of the guardian; null when it names no family relationship we can draw. */
export function readGuardianRelation(text: string | null): GuardianReading | null {
  const t = (text ?? '').replace(/\s/g, '');
  if (t === '') return null;
  const grand = t.includes('祖');
  const sex: BoardSex = /母|女|妻/.test(t) ? 'female' : /父|男|夫/.test(t) ? 'male' : 'unknown';
  if (!grand && sex === 'unknown' && !/親|保護者/.test(t)) return null;
  const kind: ChildKind = t.includes('養') ? 'adopted' : t.includes('里') ? 'foster' : 'biological';
  return { sex, kind, grand, role: t };
}

export function boardFromCase(c: LedgerCase): BoardDoc {
  const doc = emptyBoard(c.caseNo);
  const child: Person = makePerson({
    sex: c.sex ?? 'unknown',
    label: c.name?.trim() || '本人',
    role: '本人',
    birthDate: c.birthDate,
    index: true,
    // A 特定妊婦 case registers the expected child: drawn as a pregnancy until born.
    pregnancy: c.classification === '特定妊婦' && !c.birthDate ? 'pregnancy' : null,
  });
  doc.persons.push(child);
  const guardianName = c.guardianName?.trim() || null;
  const reading = readGuardianRelation(c.guardianRelation);
  if (guardianName || reading) {
    const guardian = makePerson({
      sex: reading?.sex ?? 'unknown',
      label: guardianName ?? reading?.role ?? '保護者',
      role: reading?.role ?? '保護者',
    });
    doc.persons.push(guardian);
    if (reading?.grand) {
      // The parent between grandparent and child is unknown, but drawing them keeps the generations right.
      const parent = makePerson({ sex: 'unknown', label: '親', role: '親' });
      doc.persons.push(parent);
      doc.children.push(
        makeChildLink(parent.id, { parent: guardian.id }),
        makeChildLink(child.id, { parent: parent.id }),
      );
    } else {
      doc.children.push(makeChildLink(child.id, { parent: guardian.id }, reading?.kind ?? 'biological'));
    }
    doc.households.push({ id: `h-${child.id}`, members: [guardian.id, child.id] });
  }
  const positions = layoutGenogram(doc);
  doc.persons = doc.persons.map((p) => ({ ...p, position: positions.get(p.id)! }));
  return doc;
}

/** The agencies the ledger records for the case (lead agency first, no duplicates), for the ecomap picker. */
export function ledgerAgencyNames(c: LedgerCase): string[] {
  return [...new Set([c.leadAgency, ...c.agencies].map((a) => a?.trim() ?? '').filter((a) => a !== ''))];
}
