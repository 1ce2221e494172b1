// Moving to another item (次へ, 前へ, a rail click, the keys, another window) must show that item from its top:
// the facilitator had often scrolled down to 役割分担, and the next case's number, timer and name were then
// off-screen. Focus follows for keyboard users only where it would otherwise be lost; a field being typed in
// keeps it.
import { useLayoutEffect, useRef, type RefObject } from 'react';

/** A field that takes typing: moving the focus out of it would swallow what is being typed. */
function isTextEntry(el: Element): boolean {
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) return true;
  if (el instanceof HTMLInputElement) return !['button', 'checkbox', 'radio', 'submit', 'reset'].includes(el.type);
  return el instanceof HTMLElement && el.isContentEditable;
}

/** The nearest ancestor that scrolls vertically, or null when only the page could. */
function scrollParent(el: HTMLElement): HTMLElement | null {
  for (let a = el.parentElement; a; a = a.parentElement) {
    const { overflowY } = getComputedStyle(a);
    if (overflowY === 'auto' || overflowY === 'scroll') return a;
  }
  return null;
}

/** Scrolls `container` (only it, never the page) just enough that `el` is inside it. */
export function revealWithin(container: HTMLElement, el: HTMLElement): void {
  const box = container.getBoundingClientRect();
  const r = el.getBoundingClientRect();
  if (r.top < box.top) container.scrollTop -= box.top - r.top;
  else if (r.bottom > box.bottom) container.scrollTop += Math.min(r.bottom - box.bottom, r.top - box.top);
}

/**
 * When `key` (the current item) changes: the item's own scroller goes back to the top, the whole item comes
 * into view where the console scrolls as one column (narrow windows), and the heading takes the focus if the
 * focus was lost with the previous item's controls or sat inside the item, never out of a text field.
 */
export function useShowItemTop(
  key: string | null,
  section: RefObject<HTMLElement | null>,
  body: RefObject<HTMLElement | null>,
  heading: RefObject<HTMLElement | null>,
): void {
  const shown = useRef(key);
  useLayoutEffect(() => {
    if (shown.current === key) return;
    shown.current = key;
    const item = section.current;
    if (!item) return;
    if (body.current) body.current.scrollTop = 0;
    const outer = scrollParent(item);
    if (outer && item.getBoundingClientRect().top < outer.getBoundingClientRect().top) {
      revealWithin(outer, item);
    }
    const active = document.activeElement;
    const lost = active === null || active === document.body;
    const inItem = active !== null && body.current?.contains(active) === true && !isTextEntry(active);
    if (lost || inItem) heading.current?.focus({ preventScroll: true });
  }, [key, section, body, heading]);
}
