// The registry's entries: each action's id, label, shortcut, when it shows and what it does (see actions.ts for
// the surfaces that list them). The edits they share (a builder's batch, removal) are here too.
import {
  addChildCommand,
  addParentsCommand,
  addPartnerCommand,
  makePerson,
  newId,
  type Command,
} from '../../../../shared/board/commands';
import { NOTE_H, NOTE_W } from '../../../../shared/board/geometry';
import { relayoutCommand } from '../../../../shared/board/layout';
import type { ActionState, BoardAction, BoardOps } from './actions';
import type { Selection } from './selection';
import { ALL_COLUMNS_BOX, nextSlot, snapNote } from './sos-columns';

/** Executes a builder's batch and selects the first person it adds. */
function executeAndSelect(ops: BoardOps, cmd: Command, label: string): void {
  ops.editor.execute(cmd, label);
  const added = cmd.type === 'batch' ? cmd.commands.find((c) => c.type === 'addPerson') : cmd;
  if (added?.type === 'addPerson') ops.select({ kind: 'person', id: added.person.id });
}

/** A child under a couple (a union's id) or a single parent (a person's id). */
export function addChildTo(ops: BoardOps, unionOrParent: string): void {
  ops.run(() => executeAndSelect(ops, addChildCommand(ops.editor.doc, unionOrParent), '子の追加'));
}

/** Removes the selected shape (or the right-clicked person) and clears the selection. */
export function removeTarget(ops: BoardOps, target: Selection): void {
  if (!target) return;
  const type = ({ person: 'removePerson', union: 'removeUnion', agency: 'removeAgency', note: 'removeNote' } as const)[
    target.kind
  ];
  ops.run(() => ops.editor.execute({ type, id: target.id } as Command));
  ops.select(null);
}

const hasPerson = (s: ActionState) => s.person !== null;

export const BOARD_ACTIONS: readonly BoardAction[] = [
  {
    id: 'addPerson',
    label: '人物を追加',
    perform: (ops, s) =>
      ops.run(() =>
        executeAndSelect(
          ops,
          { type: 'addPerson', person: makePerson({ position: s.at ?? ops.viewCentre() }) },
          '人物の追加',
        ),
      ),
  },
  {
    id: 'addPartner',
    label: 'パートナーを追加',
    enabled: hasPerson,
    perform: (ops, s) =>
      s.person &&
      ops.run(() => executeAndSelect(ops, addPartnerCommand(ops.editor.doc, s.person!.id), 'パートナーの追加')),
  },
  {
    id: 'addChild',
    label: '子を追加',
    enabled: (s) => s.person !== null || s.union !== null,
    perform: (ops, s) => {
      if (s.union) return addChildTo(ops, s.union.id);
      if (!s.person) return;
      // The person's latest partnership, else the person as a single parent.
      const personId = s.person.id;
      const union = [...ops.editor.doc.unions].reverse().find((u) => u.a === personId || u.b === personId);
      addChildTo(ops, union?.id ?? personId);
    },
  },
  {
    id: 'addParents',
    label: '親を追加',
    enabled: hasPerson,
    perform: (ops, s) =>
      s.person && ops.run(() => executeAndSelect(ops, addParentsCommand(ops.editor.doc, s.person!.id), '親の追加')),
  },
  {
    id: 'addAgency',
    label: '関係機関を追加',
    // Beside the selected person and linked to it, else mid-view.
    perform: (ops, s) =>
      ops.run(() => {
        const near = s.person?.position;
        const agency = {
          id: newId('a'),
          name: '関係機関',
          position: near ? { x: near.x - 260, y: near.y + 40 * s.doc.agencies.length } : ops.viewCentre(),
        };
        const commands: Command[] = [{ type: 'addAgency', agency }];
        if (s.person) {
          commands.push({
            type: 'addAgencyLink',
            link: {
              id: newId('l'),
              agency: agency.id,
              target: s.person.id,
              strength: 'normal',
              direction: 'toFamily',
              role: null,
            },
          });
        }
        ops.editor.execute({ type: 'batch', commands }, '関係機関の追加');
        ops.select({ kind: 'agency', id: agency.id });
      }),
  },
  {
    id: 'addNote',
    label: '付箋を追加',
    // Where the board was right-clicked: into a column when that is where, else a free note there. From the
    // toolbar: the next free place in 心配なこと.
    perform: (ops, s) =>
      ops.run(() => {
        const at = s.at;
        const placed = at
          ? snapNote({ x: at.x - NOTE_W / 2, y: at.y - NOTE_H / 2 })
          : { column: 'worries' as const, position: nextSlot(s.doc.notes, 'worries') };
        const note = { id: newId('n'), column: placed.column, text: '', position: placed.position };
        ops.editor.execute({ type: 'addNote', note }, '付箋の追加');
        ops.select({ kind: 'note', id: note.id });
      }),
  },
  {
    id: 'relate',
    label: '関係を追加',
    visible: (s) => hasPerson(s) && !s.inPair,
    perform: (ops, s) => {
      if (!s.person) return;
      ops.select({ kind: 'person', id: s.person.id });
      ops.startPick(s.person.id);
    },
  },
  {
    id: 'relatePair',
    label: '選択中の2人に関係を追加',
    visible: (s) => s.inPair,
    perform: (ops) => ops.focusPair(),
  },
  {
    id: 'pin',
    label: '固定',
    visible: (s) => s.person !== null && !s.person.pinned,
    perform: (ops, s) =>
      s.person &&
      ops.run(() => ops.editor.execute({ type: 'updatePerson', id: s.person!.id, patch: { pinned: true } }, '固定')),
  },
  {
    id: 'unpin',
    label: '固定解除',
    visible: (s) => s.person?.pinned === true,
    perform: (ops, s) =>
      s.person &&
      ops.run(() =>
        ops.editor.execute({ type: 'updatePerson', id: s.person!.id, patch: { pinned: false } }, '固定解除'),
      ),
  },
  {
    id: 'remove',
    label: '削除',
    shortcut: [{ key: 'Delete' }, { key: 'Backspace' }],
    enabled: (s) => s.target !== null,
    perform: (ops, s) => removeTarget(ops, s.target),
  },
  {
    id: 'undo',
    label: '元に戻す',
    shortcut: [{ key: 'z', mod: true, shift: false }],
    enabled: (s) => s.history.canUndo,
    title: (s) => s.history.undoLabel ?? undefined,
    perform: (ops) => ops.editor.undo(),
  },
  {
    id: 'redo',
    label: 'やり直す',
    shortcut: [
      { key: 'y', mod: true },
      { key: 'z', mod: true, shift: true },
    ],
    enabled: (s) => s.history.canRedo,
    title: (s) => s.history.redoLabel ?? undefined,
    perform: (ops) => ops.editor.redo(),
  },
  {
    id: 'relayout',
    label: '自動配置',
    // Agencies go round the family, never into the Signs-of-Safety columns.
    perform: (ops) =>
      ops.run(() => ops.editor.execute(relayoutCommand(ops.editor.doc, { avoid: [ALL_COLUMNS_BOX] }), '自動配置')),
  },
  { id: 'fit', label: '全体を表示', perform: (ops) => ops.fit() },
  { id: 'fitColumns', label: '付箋の列を表示', perform: (ops) => ops.fitColumns() },
  { id: 'exportPng', label: 'PNGで書き出す', perform: (ops) => ops.exportPng() },
  { id: 'exportSvg', label: 'SVGで書き出す', perform: (ops) => ops.exportSvg() },
  { id: 'print', label: '印刷', perform: (ops) => ops.print() },
];
