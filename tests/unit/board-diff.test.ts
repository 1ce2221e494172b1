import { describe, expect, it } from 'vitest';
import { addChildCommand, applyCommand } from '../../shared/board/commands';
import { diffBoards } from '../../shared/board/diff';
import { maskedPersonLabel } from '../../shared/board/mask';
import { families } from './board-families';

describe('diffBoards', () => {
  it('an unchanged board (even with moved persons and edited notes) is empty', () => {
    const doc = families.remarriage!();
    const moved = applyCommand(doc, { type: 'movePersons', moves: [{ id: 'father', position: { x: 999, y: 9 } }] }).doc;
    expect(diffBoards(doc, moved).empty).toBe(true);
  });

  it('reports added and removed persons and relations, changed unions and scale changes', () => {
    let before = families.remarriage!();
    before = applyCommand(before, {
      type: 'batch',
      commands: [
        {
          type: 'addScale',
          scale: { id: 's1', question: '家庭の安全', value: 3, ratedBy: '学校', ratedAt: '2026-03-01' },
        },
        { type: 'addScale', scale: { id: 's2', question: '登校', value: 5, ratedBy: '学校', ratedAt: '2026-03-01' } },
        { type: 'addRelation', relation: { id: 'r1', from: 'father', to: 'exWife', kind: 'conflict' } },
      ],
    }).doc;
    let after = applyCommand(before, addChildCommand(before, 'u-now', { label: '新生児', sex: 'male' })).doc;
    after = applyCommand(after, {
      type: 'batch',
      commands: [
        { type: 'removePerson', id: 'half2' },
        { type: 'removeRelation', id: 'r1' },
        { type: 'addRelation', relation: { id: 'r2', from: 'father', to: 'index', kind: 'abuse' } },
        { type: 'updateUnion', id: 'u-now', patch: { separatedYear: 2026 } },
        { type: 'updateScale', id: 's1', patch: { value: 6, ratedAt: '2026-04-01' } },
        { type: 'removeScale', id: 's2' },
        {
          type: 'addScale',
          scale: { id: 's3', question: '母の養育', value: 4, ratedBy: '保健師', ratedAt: '2026-04-01' },
        },
        { type: 'updatePerson', id: 'father', patch: { label: '父（改名）' } },
      ],
    }).doc;
    const diff = diffBoards(before, after);
    expect(diff.empty).toBe(false);
    expect(diff.addedPersons.map((p) => p.label)).toEqual(['新生児']);
    expect(diff.removedPersons.map((p) => p.id)).toEqual(['half2']);
    expect(diff.addedRelations.map((r) => r.text)).toEqual([
      '父（改名）・wife の子 新生児（実子）',
      '父（改名） → index：虐待（矢印の先が被害）',
    ]);
    expect(diff.removedRelations.map((r) => r.id).sort()).toEqual(['c-half2', 'r1']);
    expect(diff.changedRelations.map((c) => [c.before.text, c.after.text])).toEqual([
      ['father ― wife：婚姻', '父（改名） ― wife：別居'],
    ]);
    expect(diff.scaleChanges).toEqual([
      { id: 's1', question: '家庭の安全', before: 3, after: 6, ratedBy: '学校', ratedAt: '2026-04-01' },
      { id: 's3', question: '母の養育', before: null, after: 4, ratedBy: '保健師', ratedAt: '2026-04-01' },
      { id: 's2', question: '登校', before: 5, after: null, ratedBy: '学校', ratedAt: '2026-03-01' },
    ]);
  });

  it('uses the labeller it is given (masked for the projector)', () => {
    const before = families.remarriage!();
    const after = applyCommand(before, {
      type: 'addRelation',
      relation: { id: 'r9', from: 'father', to: 'index', kind: 'dv' },
    }).doc;
    expect(diffBoards(before, after, maskedPersonLabel).addedRelations[0]!.text).toBe(
      '父 → 本人：DV（矢印の先が被害）',
    );
  });
});
