import { describe, expect, it } from 'vitest';
import { addChildCommand, addPartnerCommand, makePerson } from '../../shared/board/commands';
import { createEditor } from '../../shared/board/editor';
import { emptyBoard } from '../../shared/board/types';

function editorWithMother() {
  const editor = createEditor(emptyBoard('R7-0002'));
  editor.execute({ type: 'addPerson', person: makePerson({ id: 'mother', sex: 'female', label: '母' }) });
  return editor;
}

describe('createEditor', () => {
  it('executes, undoes and redoes step by step, with Japanese labels', () => {
    const editor = editorWithMother();
    const empty = emptyBoard('R7-0002');
    expect(editor.canUndo).toBe(true);
    expect(editor.undoLabel).toBe('人物の追加');
    editor.execute(addPartnerCommand(editor.doc, 'mother'), 'パートナーを追加');
    const withPartner = editor.doc;
    expect(editor.doc.persons).toHaveLength(2);
    expect(editor.undoLabel).toBe('パートナーを追加');

    expect(editor.undo()).toBe(true);
    expect(editor.doc.persons.map((p) => p.id)).toEqual(['mother']);
    expect(editor.redoLabel).toBe('パートナーを追加');
    expect(editor.undo()).toBe(true);
    expect(editor.doc).toEqual(empty);
    expect(editor.canUndo).toBe(false);
    expect(editor.undo()).toBe(false);

    expect(editor.redo()).toBe(true);
    expect(editor.redo()).toBe(true);
    expect(editor.doc).toEqual(withPartner);
    expect(editor.canRedo).toBe(false);
    expect(editor.redo()).toBe(false);
  });

  it('a new command after undo drops the redo stack', () => {
    const editor = editorWithMother();
    editor.undo();
    expect(editor.canRedo).toBe(true);
    editor.execute({ type: 'addNote', note: { id: 'n1', column: 'worries', text: '心配', position: { x: 0, y: 0 } } });
    expect(editor.canRedo).toBe(false);
  });

  it('a group (one drag) is one undo step; nested groups join the outer one; empty groups leave nothing', () => {
    const editor = editorWithMother();
    const before = editor.doc;
    editor.beginGroup('移動');
    for (let i = 1; i <= 20; i++)
      editor.execute({ type: 'movePersons', moves: [{ id: 'mother', position: { x: i * 5, y: i } }] });
    editor.beginGroup('内側');
    editor.execute({ type: 'updatePerson', id: 'mother', patch: { pinned: true } });
    editor.endGroup();
    expect(editor.inGroup).toBe(true);
    expect(editor.undo()).toBe(false); // not in the middle of a drag
    editor.endGroup();
    expect(editor.doc.persons[0]!.position).toEqual({ x: 100, y: 20 });
    expect(editor.undoLabel).toBe('移動');
    editor.undo();
    expect(editor.doc).toEqual(before);
    editor.redo();
    expect(editor.doc.persons[0]).toMatchObject({ position: { x: 100, y: 20 }, pinned: true });

    editor.beginGroup('何もしない');
    editor.endGroup();
    expect(editor.undoLabel).toBe('移動');
  });

  it('cancelGroup reverts the group and leaves no step', () => {
    const editor = editorWithMother();
    const before = editor.doc;
    editor.beginGroup('移動');
    editor.execute({ type: 'movePersons', moves: [{ id: 'mother', position: { x: 50, y: 50 } }] });
    editor.cancelGroup();
    expect(editor.doc).toEqual(before);
    expect(editor.inGroup).toBe(false);
    expect(editor.undoLabel).toBe('人物の追加');
  });

  it('a failing command changes nothing and records nothing', () => {
    const editor = editorWithMother();
    const before = editor.doc;
    const revision = editor.revision;
    expect(() => editor.execute({ type: 'removePerson', id: 'ghost' })).toThrow(/見つかりません/);
    expect(editor.doc).toBe(before);
    expect(editor.revision).toBe(revision);
    expect(editor.undoLabel).toBe('人物の追加');
  });

  it('notifies subscribers with the new document until they unsubscribe; revision counts changes', () => {
    const editor = editorWithMother();
    const seen: number[] = [];
    const stop = editor.subscribe((doc) => seen.push(doc.persons.length));
    const revision = editor.revision;
    editor.execute(addChildCommand(editor.doc, 'mother'));
    editor.undo();
    stop();
    editor.redo();
    expect(seen).toEqual([2, 1]);
    expect(editor.revision).toBe(revision + 3);
  });

  it('reset loads another board and clears the history', () => {
    const editor = editorWithMother();
    const other = emptyBoard('R7-0003');
    editor.reset(other);
    expect(editor.doc).toBe(other);
    expect(editor.canUndo).toBe(false);
    expect(editor.canRedo).toBe(false);
  });

  it('tells history subscribers when undo/redo or the group changes, even without a new document', () => {
    const editor = editorWithMother();
    const docs: number[] = [];
    const states: string[] = [];
    editor.subscribe((doc) => docs.push(doc.persons.length));
    const stop = editor.subscribeHistory(() =>
      states.push(`${editor.history.canUndo}/${editor.history.canRedo}/${editor.history.inGroup}`),
    );
    // An empty group (a click without a move): no new document, but the undo button is off, then on again.
    editor.beginGroup('移動');
    editor.endGroup();
    expect(docs).toEqual([]);
    expect(states).toEqual(['false/false/true', 'true/false/false']);
    const before = editor.history;
    editor.undo();
    expect(editor.history).not.toBe(before);
    expect(editor.history).toMatchObject({ canUndo: false, canRedo: true, redoLabel: '人物の追加' });
    expect(states.at(-1)).toBe('false/true/false');
    stop();
    editor.redo();
    expect(states).toHaveLength(3);
  });
});
