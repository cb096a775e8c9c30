/** The context menu of a node (right click, Shift+F10 or the Menu key): its actions as a menu. */
import type { TopologyAction, TopologyNode, UiStrings } from '../src/shared/protocol';
import { format, h } from './dom';

export class ContextMenu {
  private element: HTMLElement | undefined;
  private returnFocus: HTMLElement | SVGElement | undefined;

  constructor(
    private readonly strings: UiStrings,
    private readonly onAction: (action: TopologyAction, id: string) => void,
  ) {
    document.addEventListener('pointerdown', (e) => {
      if (this.element && !this.element.contains(e.target as Node)) this.close(false);
    });
  }

  open(node: TopologyNode, x: number, y: number): void {
    this.close(false);
    if (!node.actions?.length) return;
    this.returnFocus = document.activeElement as HTMLElement | undefined;
    const menu = h('div', { class: 'context-menu', role: 'menu', 'aria-label': format(this.strings.actionsFor, node.label) });
    const items = node.actions.map((a) => {
      const item = h('button', { type: 'button', role: 'menuitem', tabindex: -1, class: 'menu-item', 'data-action': a }, this.strings[`action.${a}`]);
      item.addEventListener('click', () => {
        this.close(true);
        this.onAction(a, node.id);
      });
      return item;
    });
    menu.append(...items);
    menu.addEventListener('keydown', (e) => {
      const i = items.indexOf(document.activeElement as HTMLButtonElement);
      if (e.key === 'ArrowDown') items[(i + 1) % items.length]!.focus();
      else if (e.key === 'ArrowUp') items[(i - 1 + items.length) % items.length]!.focus();
      else if (e.key === 'Home') items[0]!.focus();
      else if (e.key === 'End') items[items.length - 1]!.focus();
      else if (e.key === 'Escape' || e.key === 'Tab') this.close(true);
      else return;
      e.preventDefault();
    });
    document.body.append(menu);
    const maxX = window.innerWidth - menu.offsetWidth - 4;
    const maxY = window.innerHeight - menu.offsetHeight - 4;
    // Positioned through the CSSOM (allowed by the CSP; a style attribute would not be).
    menu.style.left = `${Math.max(4, Math.min(x, maxX))}px`;
    menu.style.top = `${Math.max(4, Math.min(y, maxY))}px`;
    this.element = menu;
    items[0]!.focus();
  }

  close(restoreFocus: boolean): void {
    this.element?.remove();
    this.element = undefined;
    if (restoreFocus) (this.returnFocus as HTMLElement | undefined)?.focus?.();
  }
}
