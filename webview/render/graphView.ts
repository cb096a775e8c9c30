/**
 * Renders a laid-out graph into SVG and keeps it in sync: elements are keyed by node/edge id,
 * so an update only touches what changed. New nodes fade/scale in, removed ones fade out
 * (disabled under prefers-reduced-motion); traffic pulses travel along edges.
 * Every label is set with textContent.
 */
import type { TopologyEdge, TopologyGraph, TopologyNode, UiStrings } from '../../src/shared/protocol';
import type { Box, LayoutResult } from '../layout/layout';
import { h, s, truncate } from '../dom';

export interface GraphViewHandlers {
  onSelect(id: string): void;
  onContextMenu(id: string, anchor: { x: number; y: number }): void;
  onKey(e: KeyboardEvent): boolean;
}

const LEAVE_MS = 350;

function nodeClass(n: TopologyNode, isGroup: boolean): string {
  return `node kind-${n.kind}${isGroup ? ' is-group' : ''} tone-${n.tone ?? 'neutral'}`;
}

export function ariaLabel(n: TopologyNode): string {
  return [n.objectKind ?? n.kind, n.label, n.status, n.namespace ? `namespace ${n.namespace}` : ''].filter(Boolean).join(', ');
}

function edgePath(a: Box, b: Box): string {
  const forward = a.x + a.w / 2 <= b.x + b.w / 2;
  const x1 = forward ? a.x + a.w : a.x;
  const x2 = forward ? b.x : b.x + b.w;
  const y1 = a.y + a.h / 2;
  const y2 = b.y + b.h / 2;
  const dx = Math.max(30, Math.abs(x2 - x1) / 2) * (forward ? 1 : -1);
  return `M${x1},${y1} C${x1 + dx},${y1} ${x2 - dx},${y2} ${x2},${y2}`;
}

export class GraphView {
  readonly svg: SVGSVGElement;
  readonly viewport: SVGGElement;
  private readonly groupLayer: SVGGElement;
  private readonly edgeLayer: SVGGElement;
  private readonly nodeLayer: SVGGElement;
  private readonly pulseLayer: SVGGElement;
  private readonly nodes = new Map<string, SVGGElement>();
  private readonly edges = new Map<string, SVGPathElement>();
  /** What each element was last painted from: unchanged nodes and edges are not touched again. */
  private readonly painted = new Map<string, TopologyNode | TopologyEdge>();
  private readonly paintedBox = new Map<string, string>();
  private graph: TopologyGraph = { nodes: [], edges: [] };
  private layout: LayoutResult | undefined;
  selected: string | undefined;
  /** The node that holds the roving tabindex. */
  private focusId: string | undefined;
  private readonly reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');

  constructor(
    strings: UiStrings,
    private readonly handlers: GraphViewHandlers,
  ) {
    this.svg = s('svg', { id: 'graph', role: 'group', 'aria-label': strings.graphLabel, 'aria-describedby': 'tt-legend' });
    this.viewport = s('g', { class: 'viewport' });
    this.groupLayer = s('g', { class: 'groups' });
    this.edgeLayer = s('g', { class: 'edges', 'aria-hidden': 'true' });
    this.nodeLayer = s('g', { class: 'nodes' });
    this.pulseLayer = s('g', { class: 'pulses', 'aria-hidden': 'true' });
    this.viewport.append(this.groupLayer, this.edgeLayer, this.nodeLayer, this.pulseLayer);
    this.svg.append(this.viewport);
  }

  get current(): TopologyGraph {
    return this.graph;
  }

  get size(): { width: number; height: number } {
    return { width: this.layout?.width ?? 0, height: this.layout?.height ?? 0 };
  }

  box(id: string): Box | undefined {
    return this.layout?.boxes[id];
  }

  /** Draws `graph` at `layout`; `animate` is false for a first paint or a view switch. */
  update(graph: TopologyGraph, layout: LayoutResult, animate: boolean): void {
    this.graph = graph;
    this.layout = layout;
    const groups = new Set(graph.nodes.filter((n) => n.parent).map((n) => n.parent!));
    const seen = new Set<string>();
    for (const n of graph.nodes) {
      const box = layout.boxes[n.id];
      if (!box) continue;
      seen.add(n.id);
      let el = this.nodes.get(n.id);
      const isGroup = groups.has(n.id);
      if (!el || el.classList.contains('leaving')) {
        el?.remove();
        el = this.createNode(n.id);
        this.nodes.set(n.id, el);
        if (animate && !this.reducedMotion.matches) el.classList.add('entering');
      }
      const layer = isGroup ? this.groupLayer : this.nodeLayer;
      if (el.parentNode !== layer) layer.append(el);
      const boxKey = `${box.x},${box.y},${box.w},${box.h},${isGroup}`;
      if (this.painted.get(n.id) !== n || this.paintedBox.get(n.id) !== boxKey) {
        this.paintNode(el, n, box, isGroup);
        this.painted.set(n.id, n);
        this.paintedBox.set(n.id, boxKey);
      }
    }
    for (const [id, el] of this.nodes) {
      if (seen.has(id)) continue;
      this.nodes.delete(id);
      this.painted.delete(id);
      this.paintedBox.delete(id);
      if (animate && !this.reducedMotion.matches) {
        el.classList.add('leaving');
        el.removeAttribute('tabindex');
        setTimeout(() => el.remove(), LEAVE_MS);
      } else el.remove();
    }
    const seenEdges = new Set<string>();
    for (const e of graph.edges) {
      const a = layout.boxes[e.source];
      const b = layout.boxes[e.target];
      if (!a || !b) continue;
      seenEdges.add(e.id);
      let path = this.edges.get(e.id);
      if (!path) {
        path = s('path', {});
        this.edges.set(e.id, path);
        this.edgeLayer.append(path);
      }
      const key = `${a.x},${a.y},${a.w},${a.h}>${b.x},${b.y},${b.w},${b.h}`;
      if (this.painted.get(e.id) !== e || this.paintedBox.get(e.id) !== key) {
        this.paintEdge(path, e, a, b);
        this.painted.set(e.id, e);
        this.paintedBox.set(e.id, key);
      }
    }
    for (const [id, path] of this.edges) {
      if (!seenEdges.has(id)) {
        path.remove();
        this.edges.delete(id);
        this.painted.delete(id);
        this.paintedBox.delete(id);
      }
    }
    this.svg.setAttribute('data-nodes', String(seen.size));
    this.fixRovingFocus();
  }

  private createNode(id: string): SVGGElement {
    const g = s('g', { 'data-id': id, role: 'button', tabindex: '-1' });
    g.append(s('rect', { rx: 6 }), s('text', { class: 'label' }), s('text', { class: 'status' }), s('text', { class: 'detail' }), s('title'));
    g.addEventListener('click', (e) => {
      e.stopPropagation();
      this.handlers.onSelect(id);
    });
    g.addEventListener('contextmenu', (e) => {
      e.preventDefault();
      e.stopPropagation();
      this.handlers.onSelect(id);
      this.handlers.onContextMenu(id, { x: e.clientX, y: e.clientY });
    });
    g.addEventListener('focus', () => {
      this.focusId = id;
    });
    return g;
  }

  private paintNode(el: SVGGElement, n: TopologyNode, box: Box, isGroup: boolean): void {
    el.setAttribute('class', nodeClass(n, isGroup) + (el.classList.contains('entering') ? ' entering' : '') + (this.selected === n.id ? ' selected' : ''));
    el.setAttribute('aria-label', ariaLabel(n));
    el.setAttribute('aria-pressed', String(this.selected === n.id));
    el.setAttribute('transform', `translate(${box.x} ${box.y})`);
    const [rect, label, status, detail, title] = Array.from(el.children) as [SVGRectElement, SVGTextElement, SVGTextElement, SVGTextElement, SVGTitleElement];
    rect.setAttribute('width', String(box.w));
    rect.setAttribute('height', String(box.h));
    const chars = Math.floor((box.w - 20) / 7);
    label.setAttribute('x', '10');
    const compact = box.h < 40;
    label.setAttribute('y', compact ? '15' : '18');
    // The name has priority: the second-line detail (IP, size) only shows when both fit.
    const detailText = box.w > 190 && n.detail && n.kind !== 'layer' && n.label.length + Math.min(n.detail.length, 18) * 0.85 + 3 <= chars ? truncate(n.detail, 18) : '';
    label.textContent = truncate(n.label, chars);
    status.setAttribute('x', '10');
    status.setAttribute('y', compact ? '29' : isGroup ? '32' : '36');
    status.textContent = truncate([n.status ?? '', n.objectKind && n.kind !== 'pod' ? n.objectKind : ''].filter(Boolean).join(' · '), chars);
    detail.setAttribute('x', String(box.w - 10));
    detail.setAttribute('y', compact ? '15' : '18');
    detail.textContent = detailText;
    title.textContent = [n.label, n.status, n.detail].filter(Boolean).join('\n');
  }

  private paintEdge(path: SVGPathElement, e: TopologyEdge, a: Box, b: Box): void {
    path.setAttribute('class', `edge edge-${e.kind}${e.inactive ? ' inactive' : ''}`);
    path.setAttribute('d', edgePath(a, b));
    path.setAttribute('data-id', e.id);
  }

  /** Exactly one node is in the tab order (roving tabindex); it follows focus and selection. */
  private fixRovingFocus(): void {
    const target = (this.focusId && this.nodes.get(this.focusId)) || (this.selected && this.nodes.get(this.selected)) || this.firstNode();
    for (const el of this.nodes.values()) if (el !== target) el.setAttribute('tabindex', '-1');
    target?.setAttribute('tabindex', '0');
  }

  private firstNode(): SVGGElement | undefined {
    for (const n of this.graph.nodes) {
      const el = this.nodes.get(n.id);
      if (el) return el;
    }
    return undefined;
  }

  focus(id: string): void {
    const el = this.nodes.get(id);
    if (!el) return;
    this.focusId = id;
    this.fixRovingFocus();
    el.focus();
  }

  setSelected(id: string | undefined): void {
    if (this.selected) {
      const old = this.nodes.get(this.selected);
      old?.classList.remove('selected');
      old?.setAttribute('aria-pressed', 'false');
    }
    this.selected = id;
    if (id) {
      const el = this.nodes.get(id);
      el?.classList.add('selected');
      el?.setAttribute('aria-pressed', 'true');
    }
  }

  /** The nearest visible node from `id` in an arrow direction (spatial navigation). */
  neighbour(id: string, dx: number, dy: number): string | undefined {
    const from = this.box(id);
    if (!from) return undefined;
    const cx = from.x + from.w / 2;
    const cy = from.y + from.h / 2;
    let best: string | undefined;
    let bestScore = Infinity;
    for (const nid of this.nodes.keys()) {
      if (nid === id) continue;
      const b = this.box(nid)!;
      const x = b.x + b.w / 2 - cx;
      const y = b.y + b.h / 2 - cy;
      const along = x * dx + y * dy;
      if (along <= 1) continue;
      const across = Math.abs(x * dy - y * dx);
      const score = along + across * 2.5;
      if (score < bestScore) {
        bestScore = score;
        best = nid;
      }
    }
    return best;
  }

  /** A dot travelling along each edge of a request's path, one after the other. */
  pulse(edgeIds: readonly string[]): void {
    edgeIds.forEach((id, i) => {
      const path = this.edges.get(id);
      if (!path) return;
      path.classList.add('hit');
      setTimeout(() => path.classList.remove('hit'), 900 + i * 450);
      if (this.reducedMotion.matches) return;
      const dot = s('circle', { r: 5, class: 'pulse' });
      const motion = s('animateMotion', { dur: '0.45s', begin: 'indefinite', fill: 'freeze', path: path.getAttribute('d') ?? '' });
      dot.append(motion);
      this.pulseLayer.append(dot);
      setTimeout(() => (motion as SVGAnimationElement).beginElement(), i * 450);
      setTimeout(() => dot.remove(), 500 + i * 450);
    });
  }

  /** Keyboard: handled here for node navigation; other keys go to the app. */
  attachKeyboard(): void {
    this.svg.addEventListener('keydown', (e) => {
      if (this.handlers.onKey(e)) e.preventDefault();
    });
  }
}

export function emptyMessage(text: string): HTMLElement {
  return h('p', { class: 'empty' }, text);
}
