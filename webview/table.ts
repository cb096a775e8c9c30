/** The text alternative: the same objects as a table (screen readers, and anyone who prefers rows). */
import type { TopologyGraph, UiStrings } from '../src/shared/protocol';
import { h } from './dom';

export class TableView {
  readonly element: HTMLDetailsElement;
  private readonly tbody: HTMLTableSectionElement;

  constructor(
    strings: UiStrings,
    private readonly onSelect: (id: string) => void,
  ) {
    this.element = h('details', { class: 'table-alt' });
    this.element.append(h('summary', {}, strings.table));
    const table = h('table', {});
    table.append(h('caption', {}, strings.tableCaption));
    const head = h('thead', {});
    const tr = h('tr', {});
    for (const c of [strings.colKind, strings.colName, strings.colNamespace, strings.colStatus, strings.colParent]) tr.append(h('th', { scope: 'col' }, c));
    head.append(tr);
    this.tbody = h('tbody', {});
    table.append(head, this.tbody);
    this.element.append(table);
    this.element.addEventListener('toggle', () => {
      if (this.element.open) this.fill();
    });
  }

  private graph: TopologyGraph | undefined;
  private stale = true;

  /** Rows are built only while the table is open (a closed table costs nothing per update). */
  update(graph: TopologyGraph): void {
    this.graph = graph;
    this.stale = true;
    if (this.element.open) this.fill();
  }

  private fill(): void {
    if (!this.stale || !this.graph) return;
    this.stale = false;
    const graph = this.graph;
    const labels = new Map(graph.nodes.map((n) => [n.id, n.label]));
    const rows = graph.nodes.map((n) => {
      const tr = h('tr', { 'data-id': n.id });
      const name = h('td', {});
      const button = h('button', { type: 'button', class: 'link-button' }, n.label);
      button.addEventListener('click', () => this.onSelect(n.id));
      name.append(button);
      tr.append(h('td', {}, n.objectKind ?? n.kind), name, h('td', {}, n.namespace ?? ''), h('td', {}, n.status ?? ''), h('td', {}, n.parent ? (labels.get(n.parent) ?? '') : ''));
      return tr;
    });
    this.tbody.replaceChildren(...rows);
  }
}
