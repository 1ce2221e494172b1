// The canvas's right-click menu: a real DOM menu (role="menu" with menuitems) at the pointer, so screen
// readers and the keyboard reach it. The first item takes focus; arrow keys, Home and End move; Escape, Tab,
// a click elsewhere or choosing an item closes it, and focus goes back to where it was.
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { MenuItems, type MenuAction } from './MenuItems';

interface Props {
  label: string;
  /** Where the pointer was, in the canvas's own pixels (the menu is kept inside the canvas). */
  at: { x: number; y: number };
  bounds: { width: number; height: number };
  actions: MenuAction[];
  onClose(): void;
}

const ITEM_H = 34;
const MENU_W = 200;

export function ContextMenu({ label, at, bounds, actions, onClose }: Props) {
  const menu = useRef<HTMLUListElement>(null);
  const items = () => [
    ...(menu.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]:not([disabled])') ?? []),
  ];
  const close = useRef(onClose);
  close.current = onClose;

  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    items()[0]?.focus();
    // A press anywhere outside closes it (capture: the canvas would otherwise see the press first).
    const away = (e: PointerEvent) => {
      if (!menu.current?.contains(e.target as Node)) close.current();
    };
    document.addEventListener('pointerdown', away, true);
    return () => {
      document.removeEventListener('pointerdown', away, true);
      if (before && document.contains(before)) before.focus();
    };
  }, []);

  const onKeyDown = (e: KeyboardEvent) => {
    const all = items();
    const i = all.indexOf(document.activeElement as HTMLButtonElement);
    const go = (n: number) => all[(n + all.length) % all.length]?.focus();
    if (e.key === 'Escape' || e.key === 'Tab') {
      e.preventDefault();
      onClose();
    } else if (e.key === 'ArrowDown') {
      e.preventDefault();
      go(i + 1);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      go(i - 1);
    } else if (e.key === 'Home') {
      e.preventDefault();
      go(0);
    } else if (e.key === 'End') {
      e.preventDefault();
      go(-1);
    }
  };

  const left = Math.max(0, Math.min(at.x, bounds.width - MENU_W));
  const top = Math.max(0, Math.min(at.y, bounds.height - actions.length * ITEM_H - 8));
  return (
    <ul
      ref={menu}
      role="menu"
      aria-label={label}
      className="board-context-menu"
      style={{ left, top, width: MENU_W }}
      onKeyDown={onKeyDown}
    >
      <MenuItems actions={actions} onChosen={onClose} />
    </ul>
  );
}
