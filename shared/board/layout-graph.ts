// The layout's first two steps (see layout.ts): the family graph (partners, child links by child and by
// parent), the generations of each connected family, and the row blocks (couples and remarriage chains).
import type { BoardDoc, ChildLink, Id, Person } from './types';

export interface Block {
  members: Id[];
  component: number;
  x: number; // the left member's x
  /** Each member's distance from the left member; a remarried person's unions widen to span their children. */
  offsets: number[];
  sortKey: [number, number, number];
}

export interface FamilyGraph {
  byId: Map<Id, Person>;
  docOrder: Map<Id, number>;
  unionById: Map<Id, BoardDoc['unions'][number]>;
  links: ChildLink[];
  partnersOf: Map<Id, { partner: Id; union: Id }[]>;
  parentsOfLink(c: ChildLink): Id[];
  groupKey(c: ChildLink): string;
  linksOfChild: Map<Id, ChildLink[]>;
  linksOfParent: Map<Id, ChildLink[]>;
}

export function familyGraph(doc: BoardDoc): FamilyGraph {
  const persons = doc.persons;
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
  const parentsOfLink = (c: ChildLink): Id[] => {
    if (c.union) {
      const u = unionById.get(c.union)!;
      return [u.a, u.b];
    }
    return [c.parent!];
  };
  const groupKey = (c: ChildLink) => (c.union ? `u:${c.union}` : `p:${c.parent}`);
  const linksOfChild = new Map<Id, ChildLink[]>();
  const linksOfParent = new Map<Id, ChildLink[]>();
  for (const c of links) {
    (linksOfChild.get(c.child) ?? linksOfChild.set(c.child, []).get(c.child)!).push(c);
    for (const parent of parentsOfLink(c))
      (linksOfParent.get(parent) ?? linksOfParent.set(parent, []).get(parent)!).push(c);
  }
  return { byId, docOrder, unionById, links, partnersOf, parentsOfLink, groupKey, linksOfChild, linksOfParent };
}

export interface Generations {
  gen: Map<Id, number>;
  component: Map<Id, number>;
  componentRank: Map<number, number>;
}

export function generations(persons: readonly Person[], graph: FamilyGraph): Generations {
  const { byId, partnersOf, parentsOfLink, linksOfChild, linksOfParent } = graph;
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
  return { gen, component, componentRank };
}

export function rowBlocks(
  persons: readonly Person[],
  graph: FamilyGraph,
  { gen, component, componentRank }: Generations,
  spacing: number,
): { rows: Block[][]; blockOf: Map<Id, Block> } {
  const { docOrder, unionById, partnersOf } = graph;
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
  return { rows, blockOf };
}
