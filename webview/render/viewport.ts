/** Zoom and pan of the graph's viewport group (wheel zooms at the pointer, drag pans). */
import { MAX_ZOOM, MIN_ZOOM } from '../../src/shared/protocol';

export interface ViewportState {
  zoom: number;
  panX: number;
  panY: number;
}

export class Viewport {
  private dragging: { x: number; y: number; panX: number; panY: number; id: number } | undefined;
  /** Set by fit(), cleared by any manual zoom or pan: while set, a resize fits again. */
  private fitted: { width: number; height: number } | undefined;

  constructor(
    private readonly svg: SVGSVGElement,
    private readonly group: SVGGElement,
    readonly state: ViewportState,
    private readonly onChange: (state: ViewportState) => void,
  ) {
    svg.addEventListener('wheel', (e) => this.onWheel(e), { passive: false });
    svg.addEventListener('pointerdown', (e) => this.onDown(e));
    svg.addEventListener('pointermove', (e) => this.onMove(e));
    svg.addEventListener('pointerup', (e) => this.onUp(e));
    svg.addEventListener('pointercancel', (e) => this.onUp(e));
    new ResizeObserver(() => {
      if (this.fitted) this.fit(this.fitted.width, this.fitted.height);
    }).observe(svg);
    this.apply();
  }

  private apply(): void {
    // An SVG attribute, not an inline style: nothing here needs CSP 'unsafe-inline'.
    this.group.setAttribute('transform', `translate(${this.state.panX} ${this.state.panY}) scale(${this.state.zoom})`);
    // Level of detail: text smaller than ~4 px is unreadable and costs most of the paint.
    this.svg.classList.toggle('lod-low', this.state.zoom < 0.45);
    this.svg.classList.toggle('lod-min', this.state.zoom < 0.25);
  }

  set(zoom: number, panX: number, panY: number): void {
    this.state.zoom = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom));
    this.state.panX = panX;
    this.state.panY = panY;
    this.apply();
    this.onChange(this.state);
  }

  /** Zooms by `factor` around a point in SVG pixel coordinates (the centre by default). */
  zoomBy(factor: number, cx?: number, cy?: number): void {
    this.fitted = undefined;
    const rect = this.svg.getBoundingClientRect();
    const x = cx ?? rect.width / 2;
    const y = cy ?? rect.height / 2;
    const zoom = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, this.state.zoom * factor));
    const k = zoom / this.state.zoom;
    this.set(zoom, x - (x - this.state.panX) * k, y - (y - this.state.panY) * k);
  }

  fit(width: number, height: number): void {
    const rect = this.svg.getBoundingClientRect();
    if (!rect.width || !rect.height || !width || !height) return;
    const zoom = Math.min(1.25, Math.min(rect.width / width, rect.height / height) * 0.96);
    this.fitted = { width, height };
    this.set(zoom, (rect.width - width * zoom) / 2, (rect.height - height * zoom) / 2);
  }

  panBy(dx: number, dy: number): void {
    this.fitted = undefined;
    this.set(this.state.zoom, this.state.panX + dx, this.state.panY + dy);
  }

  private onWheel(e: WheelEvent): void {
    e.preventDefault();
    const rect = this.svg.getBoundingClientRect();
    this.zoomBy(Math.exp(-e.deltaY * 0.0015), e.clientX - rect.left, e.clientY - rect.top);
  }

  private onDown(e: PointerEvent): void {
    if (e.button !== 0 || (e.target as Element).closest('g.node:not(.kind-node):not(.kind-group):not(.kind-workload-group)')) return;
    this.dragging = { x: e.clientX, y: e.clientY, panX: this.state.panX, panY: this.state.panY, id: e.pointerId };
  }

  private onMove(e: PointerEvent): void {
    const d = this.dragging;
    if (!d || d.id !== e.pointerId) return;
    const dx = e.clientX - d.x;
    const dy = e.clientY - d.y;
    if (Math.abs(dx) + Math.abs(dy) > 3) {
      this.svg.setPointerCapture(e.pointerId);
      this.svg.classList.add('panning');
      this.fitted = undefined;
      this.set(this.state.zoom, d.panX + dx, d.panY + dy);
    }
  }

  private onUp(e: PointerEvent): void {
    if (this.dragging?.id !== e.pointerId) return;
    this.dragging = undefined;
    this.svg.classList.remove('panning');
    if (this.svg.hasPointerCapture(e.pointerId)) this.svg.releasePointerCapture(e.pointerId);
  }
}
