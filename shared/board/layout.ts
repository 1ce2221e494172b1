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
import { birthOrderKey } from './age';
import { GRID_X, GRID_Y, SYMBOL_SIZE, type Command } from './commands';
import type { BoardDoc, Id, Point } from './types';

export interface LayoutOptions {
  /** Distance between neighbouring symbols in a row (the row height scales with it). */
  spacing?: number;
}

interface Block {
  members: Id[];
  component: number;
  x: number; // the left member's x
  /** Each member's distance from the left member; a remarried person's unions widen to span their children. */
  offsets: number[];
  sortKey: [number, number, number];
}

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

  const byId = new Map(persons.map((p) => [p.id, p]));
  const docOrder = new Map(persons.map((p, i) => [p.id, i]));
  const unions = doc.unions.filter((u) => byId.has(u.a) && byId.has(u.b) && u.a !== u.b);
  const unionById = new Map(unions.map((u) => [u.id, u]));
  const links = doc.children.filter(
    (c) => byId.has(c.child) && (c.union ? unionById.has(c.union) : c.parent !== null && byId.has(c.parent)),
  );

  // ---- graph ----
  const partnersOf = new Map<Id, { partner: Id; union: Id }[]>();
  for (const u of unions) {
    (partnersOf.get(u.a) ?? partnersOf.set(u.a, []).get(u.a)!).push({ partner: u.b, union: u.id });
    (partnersOf.get(u.b) ?? partnersOf.set(u.b, []).get(u.b)!).push({ partner: u.a, union: u.id });
  }
  const parentsOfLink = (c: (typeof links)[number]): Id[] => {
    if (c.union) {
      const u = unionById.get(c.union)!;
      return [u.a, u.b];
    }
    return [c.parent!];
  };
  const groupKey = (c: (typeof links)[number]) => (c.union ? `u:${c.union}` : `p:${c.parent}`);
  const linksOfChild = new Map<Id, (typeof links)[number][]>();
  const linksOfParent = new Map<Id, (typeof links)[number][]>();
  for (const c of links) {
    (linksOfChild.get(c.child) ?? linksOfChild.set(c.child, []).get(c.child)!).push(c);
    for (const parent of parentsOfLink(c))
      (linksOfParent.get(parent) ?? linksOfParent.set(parent, []).get(parent)!).push(c);
  }

  // ---- 1. generations, per connected family ----
  const gen = new Map<Id, number>();
  const component = new Map<Id, number>();
  const componentMinX: number[] = [];
  let componentCount = 0;
  for (const start of persons) {
    if (gen.has(start.id)) continue;
    const c = componentCount++;
    const queue: Id[] = [start.id];
    const members: Id[] = [];
    gen.set(start.id, 0);
    for (let qi = 0; qi < queue.length; qi++) {
      const id = queue[qi]!;
      members.push(id);
      component.set(id, c);
      const g = gen.get(id)!;
      const visit = (other: Id, otherGen: number) => {
        if (!gen.has(other)) {
          gen.set(other, otherGen);
          queue.push(other);
        }
      };
      for (const { partner } of partnersOf.get(id) ?? []) visit(partner, g);
      for (const link of linksOfParent.get(id) ?? []) visit(link.child, g + 1);
      for (const link of linksOfChild.get(id) ?? []) for (const parent of parentsOfLink(link)) visit(parent, g - 1);
    }
    const minGen = Math.min(...members.map((id) => gen.get(id)!));
    for (const id of members) gen.set(id, gen.get(id)! - minGen);
    componentMinX.push(Math.min(...members.map((id) => byId.get(id)!.position.x)));
  }
  // Families left to right as they stand on the board now.
  const componentRank = new Map(
    componentMinX
      .map((x, c) => [c, x] as const)
      .sort((l, r) => l[1] - r[1] || l[0] - r[0])
      .map(([c], rank) => [c, rank]),
  );

  // ---- 2. blocks: couples and remarriage chains within one row ----
  const rows: Block[][] = [];
  const blockOf = new Map<Id, Block>();
  for (const p of persons) {
    if (blockOf.has(p.id)) continue;
    const g = gen.get(p.id)!;
    const members = chainOrder(p.id, g);
    const offsets = members.map((_, i) => i * spacing);
    const block: Block = {
      members,
      component: componentRank.get(component.get(p.id)!)!,
      x: 0,
      offsets,
      sortKey: [0, 0, 0],
    };
    for (const m of members) blockOf.set(m, block);
    (rows[g] ??= []).push(block);
  }

  function chainOrder(startId: Id, g: number): Id[] {
    // Collect the row's union-connected set, then start from the person with the most unions.
    const set: Id[] = [];
    const seen = new Set<Id>([startId]);
    for (let i = 0, queue = [startId]; i < queue.length; i++) {
      const id = queue[i]!;
      set.push(id);
      for (const { partner } of partnersOf.get(id) ?? []) {
        if (!seen.has(partner) && gen.get(partner) === g) {
          seen.add(partner);
          queue.push(partner);
        }
      }
    }
    if (set.length === 1) return set;
    const sameRow = (id: Id) => (partnersOf.get(id) ?? []).filter((e) => gen.get(e.partner) === g);
    const centre = [...set].sort(
      (l, r) => sameRow(r).length - sameRow(l).length || docOrder.get(l)! - docOrder.get(r)!,
    )[0]!;
    const left: Id[] = [];
    const right: Id[] = [];
    const placed = new Set<Id>([centre]);
    const extend = (id: Id, side: Id[]) => {
      for (const { partner } of sameRow(id)) {
        if (placed.has(partner)) continue;
        placed.add(partner);
        side.push(partner);
        extend(partner, side);
      }
    };
    const centreEdges = sameRow(centre);
    if (centreEdges.length === 1) {
      const { partner, union } = centreEdges[0]!;
      placed.add(partner);
      (unionById.get(union)!.a === centre ? right : left).push(partner);
    } else {
      // Former partners to the left (the earliest farthest out), the last union's partner to the right.
      // The same two persons may marry twice: each partner once, at their latest union.
      const partners = centreEdges.map((e) => e.partner).filter((id, i, all) => all.lastIndexOf(id) === i);
      const former = partners.slice(0, -1).reverse();
      const current = partners.at(-1)!;
      for (const id of [...former, current]) placed.add(id);
      left.push(...former);
      right.push(current);
    }
    for (const id of [...left]) extend(id, left);
    for (const id of [...right]) extend(id, right);
    const rest = set.filter((id) => !placed.has(id)); // only in unusual cycles
    return [...left.reverse(), centre, ...right, ...rest];
  }

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
  const unionBetween = (l: Id, r: Id) => (partnersOf.get(l) ?? []).find((e) => e.partner === r)?.union;
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
        let gap = spacing;
        if (kids) {
          const kidBlocks = new Set(kids.map((k) => blockOf.get(k)!));
          const lo = Math.min(...[...kidBlocks].map((k) => k.x));
          const hi = Math.max(...[...kidBlocks].map((k) => k.x + widthOf(k)));
          gap = Math.max(spacing, hi - lo);
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

/** Weighted least-squares nondecreasing fit (pool adjacent violators). */
function isotonic(values: readonly number[], weights: readonly number[]): number[] {
  const pools: { sum: number; weight: number; count: number }[] = [];
  values.forEach((v, i) => {
    const w = weights[i]!;
    pools.push({ sum: v * w, weight: w, count: 1 });
    while (pools.length > 1) {
      const last = pools[pools.length - 1]!;
      const prev = pools[pools.length - 2]!;
      if (prev.sum / prev.weight <= last.sum / last.weight) break;
      pools.pop();
      prev.sum += last.sum;
      prev.weight += last.weight;
      prev.count += last.count;
    }
  });
  const out: number[] = [];
  for (const pool of pools) for (let i = 0; i < pool.count; i++) out.push(pool.sum / pool.weight);
  return out;
}

/** Moves every unpinned person to its laid-out place (one undo step); persons already there are left out. */
export function relayoutCommand(doc: BoardDoc, opts: LayoutOptions = {}): Command {
  const positions = layoutGenogram(doc, opts);
  const moves = doc.persons
    .filter((p) => !p.pinned)
    .map((p) => ({ from: p.position, id: p.id, position: positions.get(p.id)! }))
    .filter((m) => m.from.x !== m.position.x || m.from.y !== m.position.y)
    .map(({ id, position }) => ({ id, position }));
  return { type: 'movePersons', moves };
}
