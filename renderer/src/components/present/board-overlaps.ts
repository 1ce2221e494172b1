// What overlaps on the projector's drawing once its words are set for the room, sorted by what would
// part it (board-spread.ts `widen`): persons in one row (columns), persons of two rows, agencies and notes
// side by side in their rows, in two rows on one side, or an agency or note on the family.
const hits = (a: DOMRect, b: DOMRect, air: number) =>
  Math.min(a.right, b.right) - Math.max(a.left, b.left) > -air &&
  Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > -air;

/** Room kept between two things on screen, in px, so words never touch. */
const AIR = 6;

export function boardOverlaps(root: SVGSVGElement) {
  const persons = [...root.querySelectorAll<SVGGElement>('g.person')].map((g) => ({
    box: g.getBoundingClientRect(),
    // The symbol's middle: persons of one row share it.
    y: (() => {
      const r = (g.querySelector('g.person-symbol') ?? g).getBoundingClientRect();
      return r.top + r.height / 2;
    })(),
  }));
  const items = [...root.querySelectorAll<SVGGElement>('g.agency, g.note')].map((g) => g.getBoundingClientRect());
  const found = { columns: false, rows: false, rowItems: false, rowStep: false, rowGap: false };
  let count = 0;
  persons.forEach((a, i) =>
    persons.slice(i + 1).forEach((b) => {
      if (!hits(a.box, b.box, AIR)) return;
      count++;
      if (Math.abs(a.y - b.y) < 2) found.columns = true;
      else found.rows = true;
    }),
  );
  items.forEach((a, i) =>
    items.slice(i + 1).forEach((b) => {
      if (!hits(a, b, AIR)) return;
      count++;
      if (Math.abs(a.top + a.height / 2 - (b.top + b.height / 2)) < a.height / 2) found.rowItems = true;
      else found.rowStep = true;
    }),
  );
  for (const item of items) {
    const on = persons.filter((p) => hits(p.box, item, AIR)).length;
    count += on;
    if (on > 0) found.rowGap = true;
  }
  return { ...found, count };
}
