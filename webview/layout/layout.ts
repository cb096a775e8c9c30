/**
 * Graph layout, pure and DOM-free (runs in the layout worker, on the main thread as a fallback,
 * and in bench/topology.mjs). Two levels, like kube-ops-view and Headlamp's grouped map:
 *  - a group (a cluster node, a ReplicaSet in the Application view) packs its children in a
 *    grid of slots. A child keeps its slot for as long as it exists and new children take the
 *    first free slot, so scaling never moves the pods that were already there (no jumping);
 *  - the top-level items (groups and free nodes) are laid out by dagre (layered, left to right)
 *    over the edges lifted to their top-level ends. When that coarse graph is unchanged (pods
 *    added inside a node), the previous coarse positions are reused and dagre does not run; when
 *    only a group grew or shrank, the items below / right of it are nudged by the difference.
 */
import dagre from '@dagrejs/dagre';

export interface LayoutNode {
  readonly id: string;
  readonly kind: string;
  readonly parent?: string;
}
export interface LayoutEdge {
  readonly source: string;
  readonly target: string;
}
export interface LayoutInput {
  readonly nodes: readonly LayoutNode[];
  readonly edges: readonly LayoutEdge[];
}
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}
/** Carried from one layout of a view to the next (structured-clone friendly). */
export interface LayoutMemory {
  slots: Record<string, Record<string, number>>;
  cols: Record<string, number>;
  coarseKey?: string;
  coarse?: Record<string, { x: number; y: number }>;
  /** Sizes of the top-level items the coarse positions were computed for. */
  coarseSizes?: Record<string, { w: number; h: number }>;
}
export interface LayoutResult {
  readonly boxes: Record<string, Box>;
  readonly width: number;
  readonly height: number;
  readonly memory: LayoutMemory;
  /** Whether dagre ran (false: the coarse graph was unchanged and its positions reused or nudged). */
  readonly ranDagre: boolean;
}

export const MARGIN = 20;
const GROUP_HEADER = 40;
const GROUP_PAD = 10;
const CELL_GAP = 8;

export function leafSize(kind: string): { w: number; h: number } {
  switch (kind) {
    case 'pod':
      return { w: 176, h: 46 };
    case 'component':
      return { w: 176, h: 36 };
    case 'layer':
      return { w: 240, h: 46 };
    case 'port':
      return { w: 190, h: 36 };
    default:
      return { w: 200, h: 54 };
  }
}

export function emptyMemory(): LayoutMemory {
  return { slots: {}, cols: {} };
}

/** Keeps existing slots, frees the slots of children that are gone, gives new ones the first free slot. */
function assignSlots(previous: Record<string, number> | undefined, children: readonly string[]): Record<string, number> {
  const present = new Set(children);
  const slots: Record<string, number> = {};
  const used = new Set<number>();
  for (const [id, slot] of Object.entries(previous ?? {})) {
    if (present.has(id) && !used.has(slot)) {
      slots[id] = slot;
      used.add(slot);
    }
  }
  let next = 0;
  for (const id of children) {
    if (Object.prototype.hasOwnProperty.call(slots, id)) continue;
    while (used.has(next)) next++;
    slots[id] = next;
    used.add(next);
  }
  return slots;
}

/** Columns grow only when the group gets much taller than wide, so small changes keep the grid. */
function columnsFor(previous: number | undefined, count: number): number {
  const ideal = Math.max(2, Math.ceil(Math.sqrt(count)));
  if (previous === undefined) return ideal;
  if (count > previous * previous * 2) return ideal;
  return previous;
}

export function layoutGraph(input: LayoutInput, memory: LayoutMemory = emptyMemory()): LayoutResult {
  const byId = new Map(input.nodes.map((n) => [n.id, n]));
  const children = new Map<string, string[]>();
  for (const n of input.nodes) {
    if (n.parent && byId.has(n.parent)) {
      const list = children.get(n.parent) ?? [];
      list.push(n.id);
      children.set(n.parent, list);
    }
  }
  const topOf = (id: string): string => {
    let cur = byId.get(id);
    for (let i = 0; cur?.parent && byId.has(cur.parent) && i < 8; i++) cur = byId.get(cur.parent);
    return cur?.id ?? id;
  };

  // 1. Groups: slot grids (one level of nesting: a group's children are laid out as leaves).
  const next: LayoutMemory = { slots: {}, cols: {} };
  const local = new Map<string, Box>(); // child boxes relative to their group
  const sizes = new Map<string, { w: number; h: number }>();
  for (const [group, kids] of children) {
    const slots = assignSlots(memory.slots[group], kids);
    let maxSlot = -1;
    let cellW = 0;
    let cellH = 0;
    for (const id of kids) {
      maxSlot = Math.max(maxSlot, slots[id]!);
      const s = leafSize(byId.get(id)!.kind);
      cellW = Math.max(cellW, s.w);
      cellH = Math.max(cellH, s.h);
    }
    const count = maxSlot + 1;
    const cols = columnsFor(memory.cols[group], count);
    const rows = Math.max(1, Math.ceil(count / cols));
    for (const id of kids) {
      const slot = slots[id]!;
      const s = leafSize(byId.get(id)!.kind);
      local.set(id, { x: GROUP_PAD + (slot % cols) * (cellW + CELL_GAP), y: GROUP_HEADER + Math.floor(slot / cols) * (cellH + CELL_GAP), w: s.w, h: s.h });
    }
    sizes.set(group, { w: Math.max(leafSize('group').w, GROUP_PAD * 2 + cols * cellW + (cols - 1) * CELL_GAP), h: GROUP_HEADER + rows * (cellH + CELL_GAP) - CELL_GAP + GROUP_PAD });
    next.slots[group] = slots;
    next.cols[group] = cols;
  }

  // 2. Coarse graph over top-level items.
  const top = input.nodes.filter((n) => !n.parent || !byId.has(n.parent));
  for (const n of top) if (!sizes.has(n.id)) sizes.set(n.id, leafSize(n.kind));
  const lifted = new Set<string>();
  for (const e of input.edges) {
    const s = topOf(e.source);
    const t = topOf(e.target);
    if (s !== t && byId.has(s) && byId.has(t)) lifted.add(`${s}\u0000${t}`);
  }
  const liftedEdges = [...lifted].sort();
  const key = JSON.stringify([top.map((n) => n.id).sort(), liftedEdges]);

  let coarse: Record<string, { x: number; y: number }>;
  let ranDagre = false;
  if (memory.coarseKey === key && memory.coarse && memory.coarseSizes) {
    coarse = nudge(memory.coarse, memory.coarseSizes, sizes);
  } else {
    const g = new dagre.graphlib.Graph({ multigraph: false });
    g.setGraph({ rankdir: 'LR', nodesep: 28, ranksep: 80, marginx: MARGIN, marginy: MARGIN });
    g.setDefaultEdgeLabel(() => ({}));
    for (const n of top) {
      const s = sizes.get(n.id)!;
      g.setNode(n.id, { width: s.w, height: s.h });
    }
    for (const pair of liftedEdges) {
      const [s, t] = pair.split('\u0000') as [string, string];
      g.setEdge(s, t);
    }
    dagre.layout(g);
    coarse = {};
    for (const n of top) {
      const p = g.node(n.id) as { x: number; y: number };
      const s = sizes.get(n.id)!;
      coarse[n.id] = { x: Math.round(p.x - s.w / 2), y: Math.round(p.y - s.h / 2) };
    }
    ranDagre = true;
  }
  next.coarseSizes = Object.fromEntries(top.map((n) => [n.id, sizes.get(n.id)!]));
  next.coarseKey = key;
  next.coarse = coarse;

  // 3. Absolute boxes.
  const boxes: Record<string, Box> = {};
  let width = 0;
  let height = 0;
  for (const n of top) {
    const p = coarse[n.id]!;
    const s = sizes.get(n.id)!;
    boxes[n.id] = { x: p.x, y: p.y, w: s.w, h: s.h };
    width = Math.max(width, p.x + s.w);
    height = Math.max(height, p.y + s.h);
  }
  for (const [id, box] of local) {
    const group = boxes[byId.get(id)!.parent!];
    if (group) boxes[id] = { x: group.x + box.x, y: group.y + box.y, w: box.w, h: box.h };
  }
  return { boxes, width: width + MARGIN, height: height + MARGIN, memory: next, ranDagre };
}

/**
 * Same items and edges, some groups resized: keep every position and push the items that sit
 * below (same column) or to the right (same row) of a resized group by its change in size.
 */
function nudge(
  positions: Record<string, { x: number; y: number }>,
  before: Record<string, { w: number; h: number }>,
  after: Map<string, { w: number; h: number }>,
): Record<string, { x: number; y: number }> {
  const out: Record<string, { x: number; y: number }> = {};
  for (const [id, p] of Object.entries(positions)) out[id] = { ...p };
  for (const [id, old] of Object.entries(before)) {
    const now = after.get(id);
    const p = positions[id];
    if (!now || !p || (now.w === old.w && now.h === old.h)) continue;
    const dh = now.h - old.h;
    const dw = now.w - old.w;
    for (const [other, q] of Object.entries(positions)) {
      if (other === id) continue;
      const size = before[other] ?? after.get(other)!;
      const overlapsX = q.x < p.x + old.w && q.x + size.w > p.x;
      const overlapsY = q.y < p.y + old.h && q.y + size.h > p.y;
      if (dh && overlapsX && q.y >= p.y + old.h) out[other]!.y += dh;
      if (dw && overlapsY && q.x >= p.x + old.w) out[other]!.x += dw;
    }
  }
  return out;
}
