// What a person without a name is called wherever the board names them (panels, menus, the change list).
export const UNNAMED = '（名前なし）';

/** The label to show for a person: their label, or 「（名前なし）」 when it is empty. */
export const nameOrUnnamed = (label: string | null | undefined): string => label || UNNAMED;
