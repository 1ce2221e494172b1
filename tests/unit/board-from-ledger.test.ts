import { describe, expect, it } from 'vitest';
import { boardFromCase, ledgerAgencyNames, readGuardianRelation } from '../../shared/board/from-ledger';
import { parseBoard } from '../../shared/board/serialize';
import { emptyCase, type LedgerCase } from '../../shared/ledger/case';

function ledgerCase(patch: Partial<LedgerCase>): LedgerCase {
  return { ...emptyCase('R7-0123'), ...patch };
}

describe('boardFromCase', () => {
  it('places the child as 本人 under the guardian, both in one household, laid out, valid', () => {
    const doc = boardFromCase(
      ledgerCase({
        name: '架空 花子',
        sex: 'female',
        birthDate: '2018-05-05',
        guardianName: '架空 美咲',
        guardianRelation: '実母',
      }),
    );
    expect(doc.caseNo).toBe('R7-0123');
    const [child, mother] = doc.persons;
    expect(child).toMatchObject({
      label: '架空 花子',
      sex: 'female',
      index: true,
      role: '本人',
      birthDate: '2018-05-05',
    });
    expect(mother).toMatchObject({ label: '架空 美咲', sex: 'female', role: '実母' });
    expect(doc.children).toEqual([
      expect.objectContaining({ child: child!.id, parent: mother!.id, union: null, kind: 'biological' }),
    ]);
    expect(doc.households[0]!.members.sort()).toEqual([child!.id, mother!.id].sort());
    expect(child!.position.y).toBeGreaterThan(mother!.position.y);
    expect(parseBoard(JSON.stringify(doc))).toEqual(doc);
  });

  it('a grandmother as guardian sits two rows up, above an unknown parent', () => {
    const doc = boardFromCase(ledgerCase({ name: '架空 太郎', guardianName: '架空 トメ', guardianRelation: '祖母' }));
    expect(doc.persons).toHaveLength(3);
    const [child, grandmother, parent] = doc.persons;
    expect(grandmother).toMatchObject({ sex: 'female', role: '祖母' });
    expect(parent).toMatchObject({ sex: 'unknown', role: '親' });
    expect(child!.position.y - grandmother!.position.y).toBe(2 * (child!.position.y - parent!.position.y));
  });

  it('only the child when no guardian is recorded; a 特定妊婦 case without birth date is a pregnancy', () => {
    const doc = boardFromCase(ledgerCase({ classification: '特定妊婦' }));
    expect(doc.persons).toHaveLength(1);
    expect(doc.persons[0]).toMatchObject({ label: '本人', pregnancy: 'pregnancy', sex: 'unknown' });
    expect(doc.households).toEqual([]);
  });

  it('reads the guardian relation text', () => {
    expect(readGuardianRelation('養父')).toMatchObject({ sex: 'male', kind: 'adopted', grand: false });
    expect(readGuardianRelation('里母')).toMatchObject({ sex: 'female', kind: 'foster' });
    expect(readGuardianRelation(' 父 ')).toMatchObject({ sex: 'male', kind: 'biological', role: '父' });
    expect(readGuardianRelation('施設長')).toBeNull();
    expect(readGuardianRelation(null)).toBeNull();
  });

  it('lists the ledger agencies for the ecomap, lead agency first, once each', () => {
    expect(
      ledgerAgencyNames(
        ledgerCase({ leadAgency: '子ども家庭センター', agencies: ['〇〇小学校', '子ども家庭センター', ' '] }),
      ),
    ).toEqual(['子ども家庭センター', '〇〇小学校']);
  });
});
