/** The details pane: status, labels, events, the equivalent kubectl/docker command and its output, actions. */
import type { DetailsParams, TopologyAction, TopologyNode, UiStrings } from '../src/shared/protocol';
import { h } from './dom';
import { badge } from './ui/controls';

export class DetailsPane {
  readonly element: HTMLElement;
  private readonly body: HTMLElement;

  constructor(
    private readonly strings: UiStrings,
    private readonly onAction: (action: TopologyAction, id: string) => void,
  ) {
    this.element = h('aside', { id: 'details', class: 'details', 'aria-labelledby': 'tt-details-heading' });
    this.element.append(h('h2', { id: 'tt-details-heading' }, strings.details));
    this.body = h('div', { class: 'details-body', 'aria-live': 'polite' });
    this.element.append(this.body);
    this.clear();
  }

  clear(): void {
    this.body.replaceChildren(h('p', { class: 'muted' }, this.strings.noSelection));
  }

  /** Shows what the graph knows at once; the host's details (events, describe) follow. */
  show(node: TopologyNode, details: DetailsParams['details'] | undefined): void {
    const s = this.strings;
    const parts: HTMLElement[] = [];
    parts.push(h('h3', { class: 'details-title' }, node.label));
    const dl = h('dl', { class: 'details-grid' });
    const row = (k: string, v: string) => dl.append(h('dt', {}, k), h('dd', {}, v));
    row(s.colKind, node.objectKind ?? node.kind);
    if (node.namespace) row(s.colNamespace, node.namespace);
    row(s.status, details?.status ?? node.status ?? '');
    if (node.detail) row('', node.detail);
    parts.push(dl);

    const labels = details?.labels ?? node.labels ?? {};
    parts.push(h('h4', {}, s.labels));
    const entries = Object.entries(labels);
    const list = h('div', { class: 'labels' });
    if (entries.length) list.append(...entries.map(([k, v]) => badge(v === '' ? k : `${k}=${v}`, 'label-badge')));
    else list.append(h('span', { class: 'muted' }, s.noLabels));
    parts.push(list);

    if (node.actions?.length) {
      parts.push(h('h4', {}, s.actions));
      const actions = h('div', { class: 'actions', role: 'group', 'aria-label': s.actions });
      for (const a of node.actions) {
        const b = h('button', { type: 'button', class: 'button text-button', 'data-action': a }, s[`action.${a}`]);
        b.addEventListener('click', () => this.onAction(a, node.id));
        actions.append(b);
      }
      parts.push(actions);
    }

    if (details) {
      parts.push(h('h4', {}, s.events));
      if (details.events.length) {
        const ul = h('ul', { class: 'events' });
        for (const e of details.events) {
          const li = h('li', { class: e.type === 'Warning' ? 'warning' : '' });
          li.append(h('strong', {}, `${e.type} ${e.reason}`), document.createTextNode(` ${e.message}`));
          ul.append(li);
        }
        parts.push(ul);
      } else parts.push(h('p', { class: 'muted' }, s.noEvents));
      parts.push(h('h4', {}, s.describe));
      parts.push(h('pre', { class: 'describe', tabindex: 0 }, `$ ${details.command}\n${details.text}`));
    }
    this.body.replaceChildren(...parts);
  }
}
