// The whiteboard's action registry: one id, one label and one shortcut per action, the same on every
// surface, and the actions themselves driven headless (a real editor, the screen's side effects recorded).
import { describe, expect, it } from 'vitest';
import { makePerson, makeUnion } from '../../shared/board/commands';
import { createEditor } from '../../shared/board/editor';
import { emptyBoard, type BoardDoc } from '../../shared/board/types';
import {
  actionItems,
  actionKeyBindings,
  actionState,
  BOARD_ACTIONS,
  boardAction,
  SURFACES,
  type BoardOps,
} from '../../renderer/src/components/board/actions';
import type { Selection } from '../../renderer/src/components/board/selection';
import { ariaShortcut, chordMatches } from '../../renderer/src/hooks/useKeyBindings';

function family(): BoardDoc {
  const doc = emptyBoard('R7-0003');
  doc.persons.push(makePerson({ id: 'mother', sex: 'female', label: '母', position: { x: 0, y: 0 } }));
  doc.persons.push(makePerson({ id: 'father', sex: 'male', label: '父', position: { x: 120, y: 0 } }));
  doc.unions.push(makeUnion('mother', 'father', { id: 'u1' }));
  return doc;
}

function harness(doc = family()) {
  const editor = createEditor(doc);
  const log: string[] = [];
  let selected: Selection = null;
  const problems: string[] = [];
  const ops: BoardOps = {
    editor,
    run: (edit) => {
      try {
        edit();
      } catch (e) {
        problems.push((e as Error).message);
      }
    },
    select: (s) => {
      selected = s;
    },
    startPick: (id) => log.push(`pick ${id}`),
    focusPair: () => log.push('focusPair'),
    viewCentre: () => ({ x: 500, y: 300 }),
    fit: () => log.push('fit'),
    fitColumns: () => log.push('fitColumns'),
    exportPng: () => log.push('png'),
    exportSvg: () => log.push('svg'),
    print: () => log.push('print'),
  };
  const state = (target: Selection, at: { x: number; y: number } | null = null, pair: string[] | null = null) =>
    actionState(editor.doc, target, editor.history, pair, at);
  return { editor, ops, log, problems, state, selected: () => selected };
}

describe('the board action registry', () => {
  it('gives every action one id, one label and its own shortcut keys', () => {
    const ids = BOARD_ACTIONS.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    const labels = BOARD_ACTIONS.map((a) => a.label);
    expect(new Set(labels).size).toBe(labels.length);
    for (const a of BOARD_ACTIONS) expect(a.label).toMatch(/[\u3040-\u30ff\u3400-\u9fff]/);
    const chords = BOARD_ACTIONS.flatMap((a) => (a.shortcut ?? []).map((c) => ariaShortcut([c])));
    expect(new Set(chords).size).toBe(chords.length);
  });

  it('names each action in the domain’s words', () => {
    expect(boardAction('addPerson').label).toBe('人物を追加');
    expect(boardAction('addPartner').label).toBe('パートナーを追加');
    expect(boardAction('addNote').label).toBe('付箋を追加');
    expect(ariaShortcut(boardAction('undo').shortcut!)).toBe('Control+Z');
    expect(ariaShortcut(boardAction('redo').shortcut!)).toBe('Control+Y Control+Shift+Z');
    expect(ariaShortcut(boardAction('remove').shortcut!)).toBe('Delete Backspace');
  });

  it('lists the same label for the same id on the toolbar and both menus', () => {
    const h = harness();
    const s = h.state({ kind: 'person', id: 'mother' }, { x: 10, y: 10 });
    const surfaces = [...SURFACES.toolbar, SURFACES.personMenu, SURFACES.contextPerson, SURFACES.contextBoard];
    const seen = new Map<string, string>();
    for (const ids of surfaces) {
      for (const id of ids) expect(() => boardAction(id)).not.toThrow();
      for (const item of actionItems(ids, s, h.ops)) {
        expect(seen.get(item.id) ?? item.label).toBe(item.label);
        seen.set(item.id, item.label);
        expect(item.label).toBe(boardAction(item.id).label);
      }
    }
    expect(actionItems(SURFACES.contextPerson, s, h.ops).map((i) => i.label)).toEqual([
      'パートナーを追加',
      '子を追加',
      '親を追加',
      '関係を追加',
      '固定',
      '削除',
    ]);
    expect(actionItems(SURFACES.contextBoard, h.state(null, { x: 0, y: 0 }), h.ops).map((i) => i.label)).toEqual([
      '人物を追加',
      '付箋を追加',
    ]);
  });

  it('enables person actions only for a person, undo only with history, and shows the pair and pin variants', () => {
    const h = harness();
    const none = actionItems(SURFACES.toolbar.flat(), h.state(null), h.ops);
    const disabled = none.filter((i) => i.disabled).map((i) => i.id);
    expect(disabled).toEqual(['addPartner', 'addChild', 'addParents', 'undo', 'redo']);
    const union = actionItems(['addChild', 'addPartner'], h.state({ kind: 'union', id: 'u1' }), h.ops);
    expect(union.map((i) => i.disabled)).toEqual([false, true]);
    const inPair = actionItems(
      SURFACES.contextPerson,
      h.state({ kind: 'person', id: 'mother' }, null, ['mother', 'father']),
      h.ops,
    );
    expect(inPair.map((i) => i.id)).toContain('relatePair');
    expect(inPair.map((i) => i.id)).not.toContain('relate');
    h.editor.execute({ type: 'updatePerson', id: 'mother', patch: { pinned: true } });
    const pinned = actionItems(SURFACES.contextPerson, h.state({ kind: 'person', id: 'mother' }), h.ops);
    expect(pinned.map((i) => i.label)).toContain('固定解除');
    expect(pinned.map((i) => i.label)).not.toContain('固定');
    const undo = actionItems(['undo'], h.state(null), h.ops)[0]!;
    expect(undo).toMatchObject({ disabled: false, title: '人物の編集', keyshortcuts: 'Control+Z' });
  });

  it('adds a person where the menu was opened (else mid-view) and selects it', () => {
    const h = harness(emptyBoard('R7-0003'));
    boardAction('addPerson').perform(h.ops, h.state(null, { x: 40, y: 60 }));
    boardAction('addPerson').perform(h.ops, h.state(null));
    expect(h.editor.doc.persons.map((p) => p.position)).toEqual([
      { x: 40, y: 60 },
      { x: 500, y: 300 },
    ]);
    expect(h.selected()).toEqual({ kind: 'person', id: h.editor.doc.persons[1]!.id });
    expect(h.editor.undoLabel).toBe('人物の追加');
  });

  it('hangs a child from the person’s latest partnership, or from the selected couple', () => {
    const h = harness();
    boardAction('addChild').perform(h.ops, h.state({ kind: 'person', id: 'mother' }));
    expect(h.editor.doc.children.map((c) => c.union)).toEqual(['u1']);
    boardAction('addChild').perform(h.ops, h.state({ kind: 'union', id: 'u1' }));
    expect(h.editor.doc.children).toHaveLength(2);
    expect(h.editor.undoLabel).toBe('子の追加');
  });

  it('puts a toolbar note in 心配なこと and a right-clicked one where it was asked for', () => {
    const h = harness();
    boardAction('addNote').perform(h.ops, h.state(null));
    boardAction('addNote').perform(h.ops, h.state(null, { x: -500, y: -500 }));
    expect(h.editor.doc.notes.map((n) => n.column)).toEqual(['worries', null]);
    expect(h.selected()).toEqual({ kind: 'note', id: h.editor.doc.notes[1]!.id });
  });

  it('links a new agency to the selected person; removes the target and clears the selection', () => {
    const h = harness();
    boardAction('addAgency').perform(h.ops, h.state({ kind: 'person', id: 'mother' }));
    expect(h.editor.doc.agencyLinks.map((l) => l.target)).toEqual(['mother']);
    boardAction('remove').perform(h.ops, h.state({ kind: 'person', id: 'father' }));
    expect(h.editor.doc.persons.map((p) => p.id)).toEqual(['mother']);
    expect(h.selected()).toBeNull();
  });

  it('reports a rule of the board through run instead of throwing', () => {
    const h = harness();
    boardAction('remove').perform(h.ops, h.state({ kind: 'note', id: 'missing' }));
    expect(h.problems).toHaveLength(1);
  });

  it('leaves the view, export and pair to the screen', () => {
    const h = harness();
    for (const id of ['fit', 'fitColumns', 'exportPng', 'exportSvg', 'print', 'relatePair'])
      boardAction(id).perform(h.ops, h.state(null));
    boardAction('relate').perform(h.ops, h.state({ kind: 'person', id: 'father' }));
    expect(h.log).toEqual(['fit', 'fitColumns', 'png', 'svg', 'print', 'focusPair', 'pick father']);
  });

  it('binds Ctrl+Z, Ctrl+Y and Delete to undo, redo and remove, only while they are enabled', () => {
    const h = harness();
    const key = (k: string, ctrl: boolean, shift = false) => {
      const e = { key: k, ctrlKey: ctrl, metaKey: false, shiftKey: shift, altKey: false };
      return actionKeyBindings(h.state({ kind: 'person', id: 'father' }), h.ops).find(
        (b) => b.chords.some((c) => chordMatches(c, e)) && (b.enabled?.() ?? true),
      );
    };
    expect(key('z', true)).toBeUndefined();
    key('Delete', false)!.run();
    expect(h.editor.doc.persons.map((p) => p.id)).toEqual(['mother']);
    key('z', true)!.run();
    expect(h.editor.doc.persons).toHaveLength(2);
    key('Z', true, true)!.run();
    expect(h.editor.doc.persons).toHaveLength(1);
    key('z', true)!.run();
    key('y', true)!.run();
    expect(h.editor.doc.persons).toHaveLength(1);
  });
});
