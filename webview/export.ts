/**
 * Export the current graph as a standalone SVG (theme colours resolved and inlined, since
 * `--vscode-*` variables do not exist outside VS Code) or as a PNG drawn from that SVG.
 */
import { SVG_NS } from './dom';

const PROPS = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-opacity', 'opacity', 'font-family', 'font-size', 'font-weight', 'text-anchor'] as const;

function inlineStyles(source: Element, target: Element): void {
  const cs = getComputedStyle(source);
  for (const p of PROPS) {
    const v = cs.getPropertyValue(p);
    if (v) target.setAttribute(p, v);
  }
  const a = Array.from(source.children);
  const b = Array.from(target.children);
  a.forEach((child, i) => b[i] && inlineStyles(child, b[i]!));
}

export function exportSvg(svg: SVGSVGElement, width: number, height: number): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, clone);
  clone.setAttribute('xmlns', SVG_NS);
  clone.setAttribute('width', String(Math.ceil(width)));
  clone.setAttribute('height', String(Math.ceil(height)));
  clone.setAttribute('viewBox', `0 0 ${Math.ceil(width)} ${Math.ceil(height)}`);
  clone.querySelector('g.viewport')?.removeAttribute('transform');
  clone.querySelectorAll('.leaving, .pulses > *').forEach((el) => el.remove());
  clone.querySelectorAll('[tabindex]').forEach((el) => el.removeAttribute('tabindex'));
  const bg = document.createElementNS(SVG_NS, 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('fill', getComputedStyle(document.body).backgroundColor || '#ffffff');
  clone.insertBefore(bg, clone.firstChild);
  return new XMLSerializer().serializeToString(clone);
}

export async function exportPng(svgText: string, width: number, height: number, scale = 2): Promise<string> {
  const max = 8192;
  const k = Math.min(scale, max / Math.max(width, 1), max / Math.max(height, 1));
  const img = new Image();
  const bytes = new TextEncoder().encode(svgText);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  img.src = `data:image/svg+xml;base64,${btoa(binary)}`;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.ceil(width * k));
  canvas.height = Math.max(1, Math.ceil(height * k));
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.scale(k, k);
  ctx.drawImage(img, 0, 0, width, height);
  return canvas.toDataURL('image/png');
}
