/**
 * Topology webview app. Talks to the host only through `src/shared/protocol.ts`; renders with
 * the modules in render/, lays out in a worker (layout/), keeps its UI state with
 * getState/setState (validated on restore). Every label is user input: set with textContent.
 */
import { applyDelta } from '../src/core/topology/diff';
import { filterGraph, filterOptions } from '../src/core/topology/filter';
import {
  ActionNotification,
  DeltaNotification,
  DetailsNotification,
  ExportNotification,
  parseWebviewState,
  ReadyNotification,
  SelectNodeNotification,
  SetViewNotification,
  SnapshotNotification,
  TrafficNotification,
  type DetailsParams,
  type TopologyAction,
  type TopologyFilter,
  type TopologyGraph,
  type TopologyViewKind,
  type UiStrings,
  type WebviewState,
} from '../src/shared/protocol';
import { ContextMenu } from './contextMenu';
import { DetailsPane } from './details';
import { format, h } from './dom';
import { exportPng, exportSvg } from './export';
import { connectHost } from './host';
import { LayoutClient } from './layout/client';
import { emptyMemory, type LayoutMemory } from './layout/layout';
import { GraphView } from './render/graphView';
import { Viewport } from './render/viewport';
import { TableView } from './table';
import { createToolbar, type Toolbar } from './ui/controls';

const host = connectHost();
let state: WebviewState = parseWebviewState(host.getState());
let view: TopologyViewKind = state.view ?? 'cluster';
let revision = 0;
let graph: TopologyGraph = { nodes: [], edges: [] };
let shown: TopologyGraph = graph;
let details: DetailsParams | undefined;
const memories = new Map<TopologyViewKind, LayoutMemory>();
const layout = new LayoutClient();
const layoutReady = layout.start(document.body.dataset.layoutWorker);
let renderSeq = 0;
let fitPending = state.zoom === undefined;

interface Ui {
  strings: UiStrings;
  toolbar: Toolbar;
  graphView: GraphView;
  viewport: Viewport;
  detailsPane: DetailsPane;
  table: TableView;
  menu: ContextMenu;
  empty: HTMLElement;
  error: HTMLElement;
}
let ui: Ui | undefined;

function saveState(patch: Partial<WebviewState>): void {
  state = { ...state, ...patch };
  host.setState(state);
}

function buildUi(strings: UiStrings): Ui {
  const app = document.getElementById('app')!;
  const heading = h('h1', { class: 'visually-hidden' }, strings.title);
  const toolbar = createToolbar(strings, view, state.filter ?? {}, {
    onView: (v) => {
      view = v;
      saveState({ view: v, selected: undefined });
      fitPending = true;
      host.postMessage(SetViewNotification.create({ view: v }));
    },
    onFilter: (f: TopologyFilter) => {
      saveState({ filter: f });
      void render(false);
    },
    onZoom: (d) => viewportOf().zoomBy(d > 0 ? 1.25 : 0.8),
    onFit: () => fit(),
    onExport: (f) => void doExport(f),
  });
  const graphView = new GraphView(strings, {
    onSelect: select,
    onContextMenu: (id, at) => openMenu(id, at),
    onKey,
  });
  graphView.attachKeyboard();
  const canvas = h('div', { class: 'canvas' });
  const empty = h('p', { class: 'empty', hidden: true }, strings.empty);
  const error = h('p', { class: 'error', role: 'alert', hidden: true });
  canvas.append(graphView.svg, empty, error);
  const detailsPane = new DetailsPane(strings, runAction);
  const area = h('div', { class: 'area' });
  area.append(canvas, detailsPane.element);
  const legend = h('p', { id: 'tt-legend', class: 'legend' }, strings.legend);
  const table = new TableView(strings, (id) => {
    select(id);
    graphView.focus(id);
  });
  app.replaceChildren(heading, toolbar.element, area, legend, table.element);
  const viewport = new Viewport(graphView.svg, graphView.viewport, { zoom: state.zoom ?? 1, panX: state.panX ?? 0, panY: state.panY ?? 0 }, (v) => saveState({ zoom: v.zoom, panX: v.panX, panY: v.panY }));
  const menu = new ContextMenu(strings, runAction);
  return { strings, toolbar, graphView, viewport, detailsPane, table, menu, empty, error };
}

function viewportOf(): Viewport {
  return ui!.viewport;
}

function fit(): void {
  const size = ui!.graphView.size;
  ui!.viewport.fit(size.width, size.height);
}

function select(id: string | undefined): void {
  if (!ui) return;
  saveState({ selected: id });
  ui.graphView.setSelected(id);
  const node = id ? graph.nodes.find((n) => n.id === id) : undefined;
  if (!node || !id) {
    ui.detailsPane.clear();
    return;
  }
  ui.detailsPane.show(node, details?.id === id ? details.details : undefined);
  host.postMessage(SelectNodeNotification.create({ id }));
}

function runAction(action: TopologyAction, id: string): void {
  host.postMessage(ActionNotification.create({ action, id }));
}

function openMenu(id: string, at: { x: number; y: number }): void {
  const node = graph.nodes.find((n) => n.id === id);
  if (node) ui?.menu.open(node, at.x, at.y);
}

function onKey(e: KeyboardEvent): boolean {
  const g = (e.target as Element).closest?.('g.node') as SVGGElement | null;
  const id = g?.getAttribute('data-id') ?? undefined;
  const arrows: Record<string, [number, number]> = { ArrowRight: [1, 0], ArrowLeft: [-1, 0], ArrowDown: [0, 1], ArrowUp: [0, -1] };
  const dir = arrows[e.key];
  if (dir && id) {
    const next = ui!.graphView.neighbour(id, dir[0], dir[1]);
    if (next) ui!.graphView.focus(next);
    return true;
  }
  if ((e.key === 'Enter' || e.key === ' ') && id) {
    select(id);
    return true;
  }
  if ((e.key === 'ContextMenu' || (e.key === 'F10' && e.shiftKey)) && id) {
    select(id);
    const r = g!.getBoundingClientRect();
    openMenu(id, { x: r.left + 12, y: r.bottom });
    return true;
  }
  if (e.key === 'Escape') {
    select(undefined);
    return true;
  }
  if (e.key === '+' || e.key === '=') viewportOf().zoomBy(1.25);
  else if (e.key === '-') viewportOf().zoomBy(0.8);
  else if (e.key === '0') fit();
  else return false;
  return true;
}

async function doExport(kind: 'svg' | 'png'): Promise<void> {
  const size = ui!.graphView.size;
  const svg = exportSvg(ui!.graphView.svg, size.width, size.height);
  const data = kind === 'svg' ? svg : await exportPng(svg, size.width, size.height);
  host.postMessage(ExportNotification.create({ format: kind, data }));
}

/** Filter, lay out (in the worker), then paint. Only the latest request paints. */
async function render(animate: boolean): Promise<void> {
  if (!ui) return;
  const seq = ++renderSeq;
  const started = performance.now();
  shown = filterGraph(graph, state.filter ?? {});
  const options = filterOptions(graph);
  ui.toolbar.setOptions(options.namespaces, options.kinds);
  ui.toolbar.setCount(shown.nodes.length, graph.nodes.length);
  ui.table.update(shown);
  ui.empty.hidden = graph.nodes.length > 0;
  await layoutReady;
  try {
    const input = { nodes: shown.nodes.map((n) => ({ id: n.id, kind: n.kind, ...(n.parent ? { parent: n.parent } : {}) })), edges: shown.edges.map((e) => ({ source: e.source, target: e.target })) };
    const result = await layout.layout(input, memories.get(view) ?? emptyMemory());
    if (seq !== renderSeq) return;
    memories.set(view, result.memory);
    if (state.selected && !graph.nodes.some((n) => n.id === state.selected)) {
      // The selected object is gone (deleted, scaled away, another sample): clear its details.
      saveState({ selected: undefined });
      ui.detailsPane.clear();
    }
    ui.graphView.setSelected(state.selected);
    ui.graphView.update(shown, result, animate);
    ui.error.hidden = true;
  } catch (error) {
    ui.error.textContent = format(ui.strings.layoutFailed, error instanceof Error ? error.message : String(error));
    ui.error.hidden = false;
    return;
  }
  if (fitPending && shown.nodes.length) {
    fitPending = false;
    fit();
  }
  // Observability for tests and the bench: how the layout ran and how long the update took.
  document.body.dataset.layoutMode = layout.mode;
  if (layout.workerError) document.body.dataset.layoutWorkerError = layout.workerError;
  document.body.dataset.revision = String(revision);
  document.body.dataset.renderMs = (performance.now() - started).toFixed(1);
}

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const message = event.data;
  if (SnapshotNotification.is(message)) {
    const p = message.params;
    if (!ui) ui = buildUi(p.strings);
    if (p.view !== view) fitPending = true;
    view = p.view;
    ui.toolbar.setView(view);
    revision = p.revision;
    graph = p.graph;
    details = undefined;
    void render(false).then(() => {
      if (state.selected && graph.nodes.some((n) => n.id === state.selected)) select(state.selected);
    });
  } else if (DeltaNotification.is(message)) {
    const p = message.params;
    if (p.view !== view || p.revision !== revision + 1) {
      // Out of step (a view switch in flight, a dropped message): ask for a fresh snapshot.
      host.postMessage(ReadyNotification.create({ view }));
      return;
    }
    revision = p.revision;
    // Nothing the learner was looking at survives (another sample, a reset cluster): refit.
    if (graph.nodes.length && p.delta.removedNodes.length >= graph.nodes.length) fitPending = true;
    graph = applyDelta(graph, p.delta);
    void render(true);
  } else if (TrafficNotification.is(message)) {
    message.params.pulses.forEach((pulse, i) => setTimeout(() => ui?.graphView.pulse(pulse.edges), i * 350));
  } else if (DetailsNotification.is(message)) {
    details = message.params;
    const node = graph.nodes.find((n) => n.id === details!.id);
    if (ui && node && state.selected === node.id) ui.detailsPane.show(node, details.details);
  }
});

host.postMessage(ReadyNotification.create({ view }));
