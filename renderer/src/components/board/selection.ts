import type { Id } from '../../../../shared/board/types';

/** What the side panel edits and Delete removes. */
export type Selection = { kind: 'person' | 'union' | 'agency' | 'note'; id: Id } | null;

export const FONT = '"Noto Sans CJK JP", "Hiragino Sans", "Yu Gothic UI", "Meiryo", sans-serif';
