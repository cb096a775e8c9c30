/**
 * Toolbar, dropdowns and badges: the ONE module that builds form controls, so the component
 * library can be swapped here alone. `@vscode/webview-ui-toolkit` is deprecated upstream
 * (archived January 2025) and not used: these are plain HTML controls themed with the same
 * `--vscode-*` tokens the toolkit used (media/topology.css, "Controls"), which keeps the strict
 * CSP (no 'unsafe-inline' styles) with no extra dependency. Swap for @vscode-elements here.
 */
import type { TopologyFilter, TopologyViewKind, UiStrings } from '../../src/shared/protocol';
import { format, h } from '../dom';

export interface ToolbarHandlers {
  onView(view: TopologyViewKind): void;
  onFilter(filter: TopologyFilter): void;
  onZoom(direction: 1 | -1): void;
  onFit(): void;
  onExport(format: 'svg' | 'png'): void;
}

export interface Toolbar {
  readonly element: HTMLElement;
  setOptions(namespaces: readonly string[], kinds: readonly string[]): void;
  setCount(shown: number, total: number): void;
  setView(view: TopologyViewKind): void;
}

function dropdown(label: string, id: string): { wrap: HTMLElement; select: HTMLSelectElement } {
  const wrap = h('label', { class: 'control', for: id });
  wrap.append(h('span', { class: 'control-label' }, label));
  const select = h('select', { id, class: 'dropdown' });
  wrap.append(select);
  return { wrap, select };
}

function textbox(label: string, id: string, value: string): { wrap: HTMLElement; input: HTMLInputElement } {
  const wrap = h('label', { class: 'control', for: id });
  wrap.append(h('span', { class: 'control-label' }, label));
  const input = h('input', { id, class: 'textbox', type: 'search', spellcheck: 'false', autocomplete: 'off' });
  input.value = value;
  wrap.append(input);
  return { wrap, input };
}

function button(label: string, text: string, cls = 'icon-button'): HTMLButtonElement {
  return h('button', { type: 'button', class: `button ${cls}`, 'aria-label': label, title: label }, text);
}

function setChoices(select: HTMLSelectElement, allLabel: string, values: readonly string[], current: string | undefined): void {
  const options = [h('option', { value: '' }, allLabel), ...values.map((v) => h('option', { value: v }, v))];
  select.replaceChildren(...options);
  // A restored filter value that is not (yet) in the graph stays selectable.
  if (current && !values.includes(current)) select.append(h('option', { value: current }, current));
  select.value = current ?? '';
}

export function badge(text: string, cls = ''): HTMLElement {
  return h('span', { class: `badge ${cls}`.trim() }, text);
}

export function createToolbar(strings: UiStrings, view: TopologyViewKind, filter: TopologyFilter, handlers: ToolbarHandlers): Toolbar {
  const bar = h('div', { class: 'toolbar', role: 'toolbar', 'aria-label': strings.title });
  const viewSel = dropdown(strings.viewLabel, 'tt-view');
  const views: [TopologyViewKind, string][] = [
    ['cluster', strings.viewCluster],
    ['application', strings.viewApplication],
    ['docker', strings.viewDocker],
  ];
  viewSel.select.replaceChildren(...views.map(([v, label]) => h('option', { value: v }, label)));
  viewSel.select.value = view;
  viewSel.select.addEventListener('change', () => handlers.onView(viewSel.select.value as TopologyViewKind));

  const search = textbox(strings.search, 'tt-search', filter.text ?? '');
  const ns = dropdown(strings.filterNamespace, 'tt-namespace');
  const kind = dropdown(strings.filterKind, 'tt-kind');
  const label = textbox(strings.filterLabel, 'tt-label', filter.label ?? '');
  let current: TopologyFilter = filter;
  const emit = () => {
    current = {
      ...(search.input.value ? { text: search.input.value.slice(0, 200) } : {}),
      ...(ns.select.value ? { namespace: ns.select.value } : {}),
      ...(kind.select.value ? { kind: kind.select.value } : {}),
      ...(label.input.value ? { label: label.input.value.slice(0, 200) } : {}),
    };
    handlers.onFilter(current);
  };
  search.input.addEventListener('input', emit);
  label.input.addEventListener('input', emit);
  ns.select.addEventListener('change', emit);
  kind.select.addEventListener('change', emit);

  const zoomOut = button(strings.zoomOut, '−');
  const zoomIn = button(strings.zoomIn, '+');
  const fit = button(strings.fit, '⤢');
  zoomOut.addEventListener('click', () => handlers.onZoom(-1));
  zoomIn.addEventListener('click', () => handlers.onZoom(1));
  fit.addEventListener('click', () => handlers.onFit());
  const svg = button(strings.exportSvg, strings.exportSvg, 'text-button');
  const png = button(strings.exportPng, strings.exportPng, 'text-button');
  svg.addEventListener('click', () => handlers.onExport('svg'));
  png.addEventListener('click', () => handlers.onExport('png'));
  const count = badge('', 'count');
  count.setAttribute('role', 'status');

  const group = (...els: HTMLElement[]) => {
    const g = h('div', { class: 'toolbar-group' });
    g.append(...els);
    return g;
  };
  bar.append(group(viewSel.wrap), group(search.wrap, ns.wrap, kind.wrap, label.wrap), group(zoomOut, zoomIn, fit), group(svg, png), count);

  return {
    element: bar,
    setOptions(namespaces, kinds) {
      setChoices(ns.select, strings.allNamespaces, namespaces, current.namespace);
      setChoices(kind.select, strings.allKinds, kinds, current.kind);
    },
    setCount(shown, total) {
      count.textContent = format(strings.shownCount, shown, total);
    },
    setView(v) {
      viewSel.select.value = v;
    },
  };
}
