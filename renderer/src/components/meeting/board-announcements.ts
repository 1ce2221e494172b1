// What a screen reader hears while a card is moved by keyboard or mouse (dnd-kit's live region), in Japanese.
import type { Announcements, ScreenReaderInstructions } from '@dnd-kit/core';
import { GROUP_LABELS, type Group } from '../../../../shared/meeting/types';

export const SCREEN_READER_INSTRUCTIONS: ScreenReaderInstructions = {
  draggable:
    'カードを持ち上げるにはスペースキーかEnterキーを押します。矢印キーで移動し、もう一度スペースキーかEnterキーで置きます。Escキーで取り消します。',
};

/** Where a pointer or the keyboard is over: a card (its group and index) or an empty part of a column. */
export interface DropTarget {
  group: Group;
  index: number | null;
}

/** Outlives re-renders of the board during a drag (the announcements object is rebuilt on each). */
export interface AnnouncementMemory {
  lastOver: string | number | undefined;
}

export function makeAnnouncements(
  targetOf: (overId: string | number) => DropTarget | null,
  memory: AnnouncementMemory,
): Announcements {
  const place = (overId: string | number | undefined) => {
    const target = overId === undefined ? null : targetOf(overId);
    if (!target) return null;
    const label = GROUP_LABELS[target.group];
    return { label, text: target.index === null ? `${label}の末尾` : `${label}の${target.index + 1}番目` };
  };
  // dnd-kit reports the card itself as "over" right after lifting it; saying where it already is would
  // drown the 「持ち上げました」, so only a change of place is announced.
  return {
    onDragStart: ({ active }) => {
      memory.lastOver = active.id;
      const p = place(active.id);
      return `${active.id} を持ち上げました。${p ? `${p.text}にあります。` : ''}`;
    },
    onDragOver: ({ over }) => {
      if (over?.id === memory.lastOver) return undefined;
      memory.lastOver = over?.id;
      const p = place(over?.id);
      return p ? `${p.text}に移動しました。` : '置ける場所の外です。';
    },
    onDragEnd: ({ active, over }) => {
      const p = place(over?.id);
      return p
        ? `${active.id} を${p.label}に置きました。`
        : `移動を取り消しました。${active.id} は元の場所に戻りました。`;
    },
    onDragCancel: ({ active }) => `移動を取り消しました。${active.id} は元の場所に戻りました。`,
  };
}
