// The genogram layout: a pure function from the document to a position per person.
// 1. Generations: partners share a row, children sit one row below the union or parent they hang from.
// 2. Blocks: the persons of a row joined by unions form one block in a fixed order (a remarried person between
//    the former partner on the left and the current one on the right), so a couple always moves as a unit.
// 3. Order: rows top-down, each block sorted under the parents it comes from, siblings oldest left; connected
//    families are kept apart (one family after another in every row).
// 4. Position: alternating sweeps — children centred under their union, parents centred over their children —
//    each solved per row as a weighted isotonic regression (pool-adjacent-violators), which keeps the order,
//    keeps the minimum spacing and moves everything as little as possible. Pinned persons get a weight that
//    nothing can outvote and keep their exact position at the end.
// 5. Households: a couple whose child lives in a 同居 without either of them (with the grandparents, say)
//    stands a corridor apart, so the household's outline can pass between them (household-outline.ts).
// 6. Agencies: on a ring around the family (layout-ecomap.ts).
import { birthOrderKey } from './age';
import { GRID_X, GRID_Y, SYMBOL_SIZE, type Command } from './commands';
import { isotonic } from './isotonic';
import { familyGraph, generations, rowBlocks, type Block } from './layout-graph';
import { layoutAgencies } from './layout-ecomap';
import type { Rect } from './geometry';
import type { BoardDoc, Id, Point } from './types';

export interface LayoutOptions {
  /** Distance between neighbouring symbols in a row (the row height scales with it). */
  spacing?: number;
  /** Areas no agency may be placed on (the Signs-of-Safety columns of the canvas). */
  avoid?: readonly Rect[];
}

/** The extra room between two partners for a household outline to pass between them to their child. */
export const CORRIDOR_GAP = 80;

const PINNED_WEIGHT = 1e9;
const FREE_WEIGHT = 0.01;
const SWEEPS = 6;

export function layoutGenogram(doc: BoardDoc, opts: LayoutOptions = {}): Map<Id, Point> {
  // Closer than a symbol plus a little air and the symbols would touch.
  const spacing = Math.max(opts.spacing ?? GRID_X, SYMBOL_SIZE + 12);
  const rowGap = (spacing * GRID_Y) / GRID_X;
  const persons = doc.persons;
  const result = new Map<Id, Point>();
  if (persons.length === 0) return result;

  const graph = familyGraph(doc);
  const { byId, docOrder, links, partnersOf, parentsOfLink, groupKey, linksOfChild, linksOfParent } = graph;
  // ---- 1. generations, per connected family; 2. blocks: couples and remarriage chains within one row ----
  const gens = generations(persons, graph);
  const { gen } = gens;
  const { rows, blockOf } = rowBlocks(persons, graph, gens, spacing);
  const unionBetween = (l: Id, r: Id) => (partnersOf.get(l) ?? []).find((e) => e.partner === r)?.union;
  const extraBetween = (l: Id, r: Id): number => {
    const union = unionBetween(l, r);
    const kids = union ? (groups.get(`u:${union}`) ?? []) : [];
    const through = doc.households.some(
      (h) => !h.members.includes(l) && !h.members.includes(r) && kids.some((k) => h.members.includes(k)),
    );
    return through ? CORRIDOR_GAP : 0;
  };

  // ---- 3. order rows top-down; 4. initial packing ----
  const xOf = new Map<Id, number>();
  const offsetIn = (id: Id) => {
    const b = blockOf.get(id)!;
    return b.offsets[b.members.indexOf(id)]!;
  };
  const widthOf = (b: Block) => b.offsets.at(-1)! + spacing;
  // Unrelated families on one board get a wider gap, so they read as separate families.
  const gapBefore = (row: Block[], i: number) => (i > 0 && row[i - 1]!.component !== row[i]!.component ? spacing : 0);
  const anchorOfGroup = (link: (typeof links)[number]): number | null => {
    const xs = parentsOfLink(link).map((id) => xOf.get(id));
    if (xs.some((x) => x === undefined)) return null;
    return (xs as number[]).reduce((s, x) => s + x, 0) / xs.length;
  };
  const siblingRank = new Map<Id, number>();
  const groups = new Map<string, Id[]>();
  for (const c of links) (groups.get(groupKey(c)) ?? groups.set(groupKey(c), []).get(groupKey(c))!).push(c.child);
  for (const kids of groups.values()) {
    kids.sort(
      (l, r) => birthOrderKey(byId.get(l)!) - birthOrderKey(byId.get(r)!) || docOrder.get(l)! - docOrder.get(r)!,
    );
    kids.forEach((id, i) => {
      if (!siblingRank.has(id)) siblingRank.set(id, i);
    });
  }
  for (const row of rows) {
    for (const b of row ?? []) {
      let offset = 0;
      b.offsets = b.members.map((id, i) => (i === 0 ? 0 : (offset += spacing + extraBetween(b.members[i - 1]!, id))));
    }
  }
  const originX = Math.min(...persons.map((p) => p.position.x));
  const place = (block: Block, x: number) => {
    block.x = x;
    block.members.forEach((id, i) => xOf.set(id, x + block.offsets[i]!));
  };
  for (const row of rows) {
    if (!row) continue;
    for (const block of row) {
      const anchors: { member: Id; x: number }[] = [];
      for (const m of block.members) {
        for (const link of linksOfChild.get(m) ?? []) {
          const a = anchorOfGroup(link);
          if (a !== null) anchors.push({ member: m, x: a });
        }
      }
      if (anchors.length === 0) {
        block.sortKey = [block.component, byId.get(block.members[0]!)!.position.x, 0];
        continue;
      }
      // A couple whose partners both come from drawn families: each partner on the side of their own family.
      if (block.members.length === 2) {
        const [l, r] = block.members as [Id, Id];
        const al = anchors.find((a) => a.member === l);
        const ar = anchors.find((a) => a.member === r);
        if (al && ar && al.x > ar.x) block.members = [r, l];
      }
      const bary = anchors.reduce((s, a) => s + a.x, 0) / anchors.length;
      const rank = Math.min(...anchors.map((a) => siblingRank.get(a.member) ?? 0));
      block.sortKey = [block.component, bary, rank];
    }
    row.sort((l, r) => l.sortKey[0] - r.sortKey[0] || l.sortKey[1] - r.sortKey[1] || l.sortKey[2] - r.sortKey[2]);
    let x = originX;
    row.forEach((block, i) => {
      x += gapBefore(row, i);
      place(block, x);
      x += widthOf(block);
    });
  }

  // ---- 4. sweeps ----
  const pinnedDesire = (block: Block): number | null => {
    const pins = block.members.filter((id) => byId.get(id)!.pinned);
    if (pins.length === 0) return null;
    return pins.reduce((s, id) => s + byId.get(id)!.position.x - offsetIn(id), 0) / pins.length;
  };
  const solveRow = (row: Block[], desire: (b: Block) => { x: number; weight: number }) => {
    const wanted = row.map((b) => {
      const pinned = pinnedDesire(b);
      return pinned === null ? desire(b) : { x: pinned, weight: PINNED_WEIGHT };
    });
    const offsets: number[] = [];
    let offset = 0;
    row.forEach((b, i) => {
      if (i > 0) offset += widthOf(row[i - 1]!) + gapBefore(row, i);
      offsets.push(offset);
    });
    const fitted = isotonic(
      wanted.map((w, i) => w.x - offsets[i]!),
      wanted.map((w) => w.weight),
    );
    row.forEach((b, i) => place(b, fitted[i]! + offsets[i]!));
  };
  const childrenGroupsOfRow = (row: Block[]) => {
    // For every sibling group in this row: how far its centre is from the point under its union.
    const shift = new Map<string, number>();
    const ids = row.flatMap((b) => b.members);
    const seen = new Set<string>();
    for (const id of ids) {
      for (const link of linksOfChild.get(id) ?? []) {
        const key = groupKey(link);
        if (seen.has(key)) continue;
        seen.add(key);
        const anchor = anchorOfGroup(link);
        const xs = groups
          .get(key)!
          .filter((k) => gen.get(k) === gen.get(id))
          .map((k) => xOf.get(k)!);
        if (anchor === null || xs.length === 0) continue;
        shift.set(key, anchor - (Math.min(...xs) + Math.max(...xs)) / 2);
      }
    }
    return shift;
  };
  const downSweep = () => {
    for (let g = 1; g < rows.length; g++) {
      const row = rows[g];
      if (!row) continue;
      const shift = childrenGroupsOfRow(row);
      solveRow(row, (b) => {
        const shifts = b.members
          .flatMap((id) => (linksOfChild.get(id) ?? []).map((l) => shift.get(groupKey(l))))
          .filter((s): s is number => s !== undefined);
        if (shifts.length === 0) return { x: b.x, weight: FREE_WEIGHT };
        return { x: b.x + shifts.reduce((s, v) => s + v, 0) / shifts.length, weight: 1 };
      });
    }
  };
  const widenChains = (row: Block[]) => {
    // In a chain (former partner – person – current partner) each union must span its own children, or the
    // half-sibling groups would crowd each other out from under their unions.
    for (const b of row) {
      if (b.members.length < 3) continue;
      let offset = 0;
      b.offsets = b.members.map((id, i) => {
        if (i === 0) return 0;
        const union = unionBetween(b.members[i - 1]!, id);
        const kids = union ? groups.get(`u:${union}`) : undefined;
        let gap = spacing + extraBetween(b.members[i - 1]!, id);
        if (kids) {
          const kidBlocks = new Set(kids.map((k) => blockOf.get(k)!));
          const lo = Math.min(...[...kidBlocks].map((k) => k.x));
          const hi = Math.max(...[...kidBlocks].map((k) => k.x + widthOf(k)));
          gap = Math.max(gap, hi - lo);
        }
        offset += gap;
        return offset;
      });
      place(b, b.x);
    }
  };
  const upSweep = () => {
    for (let g = rows.length - 2; g >= 0; g--) {
      const row = rows[g];
      if (!row) continue;
      widenChains(row);
      solveRow(row, (b) => {
        const wants: number[] = [];
        const done = new Set<string>();
        for (const id of b.members) {
          for (const link of linksOfParent.get(id) ?? []) {
            const key = groupKey(link);
            if (done.has(key)) continue;
            done.add(key);
            const parents = parentsOfLink(link);
            if (!parents.every((p) => blockOf.get(p) === b)) continue;
            const xs = groups.get(key)!.map((k) => xOf.get(k)!);
            const centre = (Math.min(...xs) + Math.max(...xs)) / 2;
            const mid = parents.reduce((s, p) => s + offsetIn(p), 0) / parents.length;
            wants.push(centre - mid);
          }
        }
        if (wants.length === 0) return { x: b.x, weight: FREE_WEIGHT };
        return { x: wants.reduce((s, v) => s + v, 0) / wants.length, weight: 1 };
      });
    }
  };
  for (let i = 0; i < SWEEPS; i++) {
    upSweep();
    downSweep();
  }
  // Pins decide the frame; without pins, the family stays where it was on the board.
  const anyPinned = persons.some((p) => p.pinned);
  const dx = anyPinned ? 0 : originX - Math.min(...xOf.values());
  const firstPinned = persons.find((p) => p.pinned);
  const originY = firstPinned
    ? firstPinned.position.y - gen.get(firstPinned.id)! * rowGap
    : Math.min(...persons.map((p) => p.position.y));
  for (const p of persons) {
    // Whole pixels: positions are stored and diffed, and fractions from the regression mean nothing on screen.
    const x = Math.round(xOf.get(p.id)! + dx);
    result.set(p.id, p.pinned ? { ...p.position } : { x, y: Math.round(originY + gen.get(p.id)! * rowGap) });
  }
  return result;
}

/**
 * Moves every unpinned person to its laid-out place and every agency onto the ring around the family (one
 * undo step); persons and agencies already there are left out.
 */
export function relayoutCommand(doc: BoardDoc, opts: LayoutOptions = {}): Command {
  const positions = layoutGenogram(doc, opts);
  const moves = doc.persons
    .filter((p) => !p.pinned)
    .map((p) => ({ from: p.position, id: p.id, position: positions.get(p.id)! }))
    .filter((m) => m.from.x !== m.position.x || m.from.y !== m.position.y)
    .map(({ id, position }) => ({ id, position }));
  const agencies = layoutAgencies(doc, (id) => positions.get(id), opts.avoid);
  const agencyMoves: Command[] = doc.agencies
    .filter((a) => {
      const to = agencies.get(a.id);
      return to && (to.x !== a.position.x || to.y !== a.position.y);
    })
    .map((a) => ({ type: 'moveAgency', id: a.id, position: agencies.get(a.id)! }));
  const persons: Command = { type: 'movePersons', moves };
  return agencyMoves.length === 0 ? persons : { type: 'batch', commands: [persons, ...agencyMoves] };
}
