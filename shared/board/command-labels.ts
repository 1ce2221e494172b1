// The undo/redo menu's names for commands.
import type { Command, CommandType } from './command-types';

const LABELS: Record<CommandType, string> = {
  addPerson: '人物の追加',
  removePerson: '人物の削除',
  updatePerson: '人物の編集',
  movePersons: '人物の移動',
  addUnion: '婚姻の追加',
  removeUnion: '婚姻の削除',
  updateUnion: '婚姻の編集',
  addChild: '子どもの追加',
  removeChild: '親子関係の削除',
  updateChild: '親子関係の編集',
  addHousehold: '同居の追加',
  removeHousehold: '同居の削除',
  updateHousehold: '同居の編集',
  addRelation: '関係線の追加',
  removeRelation: '関係線の削除',
  addAgency: '関係機関の追加',
  removeAgency: '関係機関の削除',
  moveAgency: '関係機関の移動',
  addAgencyLink: 'つながりの追加',
  removeAgencyLink: 'つながりの削除',
  updateAgencyLink: 'つながりの編集',
  addNote: '付箋の追加',
  removeNote: '付箋の削除',
  updateNote: '付箋の編集',
  moveNote: '付箋の移動',
  addScale: 'スケールの追加',
  removeScale: 'スケールの削除',
  updateScale: 'スケールの編集',
  batch: 'まとめて変更',
};

/** A Japanese label for the undo/redo menu when the caller gives none. */
export function commandLabel(cmd: Command): string {
  if (cmd.type === 'batch' && cmd.commands.length > 0) return commandLabel(cmd.commands[0]!);
  return LABELS[cmd.type];
}
