/**
 * Topology webview. Talks to the host only through `src/shared/protocol.ts`.
 * Every label is user input: it is set with `textContent`, never parsed as HTML.
 */
import {
  ReadyNotification,
  SelectNodeNotification,
  SnapshotNotification,
  parseWebviewState,
  type SnapshotParams,
  type TopologyGraph,
  type TopologyNode,
  type WebviewState,
} from '../src/shared/protocol';

interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
let state: WebviewState = parseWebviewState(vscode.getState());
const SVG_NS = 'http://www.w3.org/2000/svg';

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
}

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

const COMPONENT_W = 190;
const COMPONENT_H = 44;
const GAP = 14;
const PAD = 20;

/** A simple nested grid: nodes hold their components and pods. */
function layout(graph: TopologyGraph): Map<string, Box> {
  const boxes = new Map<string, Box>();
  const children = new Map<string, TopologyNode[]>();
  for (const n of graph.nodes) {
    if (!n.parent) continue;
    const list = children.get(n.parent) ?? [];
    list.push(n);
    children.set(n.parent, list);
  }
  const clusterNodes = graph.nodes.filter((n) => n.kind === 'node');
  let x = PAD + GAP;
  const top = PAD + 40;
  let maxH = 0;
  for (const node of clusterNodes) {
    const inner = children.get(node.id) ?? [];
    const cols = 2;
    const rows = Math.max(1, Math.ceil(inner.length / cols));
    const w = cols * COMPONENT_W + (cols + 1) * GAP;
    const h = 44 + rows * (COMPONENT_H + GAP) + GAP;
    boxes.set(node.id, { x, y: top, w, h });
    inner.forEach((child, i) => {
      boxes.set(child.id, {
        x: x + GAP + (i % cols) * (COMPONENT_W + GAP),
        y: top + 44 + Math.floor(i / cols) * (COMPONENT_H + GAP),
        w: COMPONENT_W,
        h: COMPONENT_H,
      });
    });
    x += w + GAP;
    maxH = Math.max(maxH, h);
  }
  boxes.set('cluster', { x: PAD, y: PAD, w: x - PAD, h: maxH + 40 + GAP });
  return boxes;
}

function statusClass(status: string | undefined): string {
  return `status-${(status ?? 'unknown').toLowerCase().replace(/[^a-z]/g, '')}`;
}

function render(params: SnapshotParams): void {
  const { graph, strings } = params;
  const root = document.getElementById('app')!;
  root.replaceChildren();

  const heading = document.createElement('h1');
  heading.textContent = strings.title;
  root.append(heading);

  if (graph.nodes.length === 0) {
    const empty = document.createElement('p');
    empty.textContent = strings.empty;
    root.append(empty);
    return;
  }

  const boxes = layout(graph);
  const cluster = boxes.get('cluster') ?? { x: 0, y: 0, w: 400, h: 200 };
  const canvas = svg('svg', {
    id: 'graph',
    role: 'group',
    'aria-label': strings.graphLabel,
    width: cluster.x + cluster.w + PAD,
    height: cluster.y + cluster.h + PAD,
    viewBox: `0 0 ${cluster.x + cluster.w + PAD} ${cluster.y + cluster.h + PAD}`,
  });

  const edgeLayer = svg('g', { class: 'edges' });
  const nodeLayer = svg('g', { class: 'nodes' });
  canvas.append(edgeLayer, nodeLayer);

  for (const edge of graph.edges) {
    const a = boxes.get(edge.source);
    const b = boxes.get(edge.target);
    if (!a || !b) continue;
    edgeLayer.append(
      svg('line', {
        class: `edge edge-${edge.kind}`,
        x1: a.x + a.w / 2,
        y1: a.y + a.h / 2,
        x2: b.x + b.w / 2,
        y2: b.y + b.h / 2,
      }),
    );
  }

  const focusables: SVGGElement[] = [];
  const ordered = [...graph.nodes].sort((a, b) => depth(graph, a) - depth(graph, b));
  for (const node of ordered) {
    const box = boxes.get(node.id);
    if (!box) continue;
    const g = svg('g', {
      class: `node kind-${node.kind} ${statusClass(node.status)}`,
      'data-id': node.id,
      tabindex: 0,
      role: 'button',
      'aria-label': `${node.kind} ${node.label}${node.status ? `, ${node.status}` : ''}`,
    });
    if (state.selected === node.id) g.classList.add('selected');
    g.append(svg('rect', { x: box.x, y: box.y, width: box.w, height: box.h, rx: 6 }));
    const label = svg('text', { x: box.x + 10, y: box.y + 20, class: 'label' });
    label.textContent = node.label;
    g.append(label);
    if (node.status) {
      const badge = svg('text', { x: box.x + 10, y: box.y + 36, class: 'badge' });
      badge.textContent = node.status;
      g.append(badge);
    }
    g.addEventListener('click', () => select(node.id));
    g.addEventListener('keydown', (event) => onKey(event, focusables, g, node.id));
    nodeLayer.append(g);
    focusables.push(g);
  }
  root.append(canvas);

  const legend = document.createElement('p');
  legend.className = 'legend';
  legend.textContent = strings.legend;
  root.append(legend);

  // Text alternative for screen readers: the same objects as a list.
  const list = document.createElement('ul');
  list.className = 'visually-hidden';
  list.setAttribute('aria-label', strings.graphLabel);
  for (const node of graph.nodes) {
    const item = document.createElement('li');
    item.textContent = `${node.kind}: ${node.label}${node.status ? ` (${node.status})` : ''}`;
    list.append(item);
  }
  root.append(list);
}

function depth(graph: TopologyGraph, node: TopologyNode): number {
  let d = 0;
  let current: TopologyNode | undefined = node;
  while (current?.parent && d < 16) {
    const parentId: string = current.parent;
    current = graph.nodes.find((n) => n.id === parentId);
    d++;
  }
  return d;
}

function select(id: string): void {
  state = { ...state, selected: id };
  vscode.setState(state);
  document.querySelectorAll('g.node.selected').forEach((el) => el.classList.remove('selected'));
  document.querySelector(`g.node[data-id="${CSS.escape(id)}"]`)?.classList.add('selected');
  vscode.postMessage(SelectNodeNotification.create({ id }));
}

function onKey(event: KeyboardEvent, all: SVGGElement[], el: SVGGElement, id: string): void {
  if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault();
    select(id);
    return;
  }
  const step = event.key === 'ArrowRight' || event.key === 'ArrowDown' ? 1 : event.key === 'ArrowLeft' || event.key === 'ArrowUp' ? -1 : 0;
  if (!step) return;
  event.preventDefault();
  const i = all.indexOf(el);
  all[(i + step + all.length) % all.length]?.focus();
}

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const message = event.data;
  if (SnapshotNotification.is(message)) render(message.params);
});

vscode.postMessage(ReadyNotification.create({}));
