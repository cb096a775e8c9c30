/**
 * Runs layouts in the worker when the webview can start one, else on the main thread.
 * VS Code serves `dist/layoutWorker.js` from a different origin than the webview document, so a
 * direct `new Worker(url)` is refused; the script is fetched (CSP `connect-src`) and started
 * from a blob URL, which the CSP allows explicitly with `worker-src blob:`.
 */
import { layoutGraph, type LayoutInput, type LayoutMemory, type LayoutResult } from './layout';
import type { LayoutResponse } from './protocol';

export type LayoutMode = 'worker' | 'main-thread';

export class LayoutClient {
  private worker: Worker | undefined;
  private seq = 0;
  private readonly pending = new Map<number, { resolve: (r: LayoutResult) => void; reject: (e: Error) => void }>();
  mode: LayoutMode = 'main-thread';
  /** Why the worker could not start (shown in the diagnostics attribute). */
  workerError = '';

  async start(workerUrl: string | undefined): Promise<LayoutMode> {
    if (!workerUrl || typeof Worker === 'undefined') return this.mode;
    try {
      const response = await fetch(workerUrl);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const blob = new Blob([await response.text()], { type: 'text/javascript' });
      const worker = new Worker(URL.createObjectURL(blob));
      worker.onmessage = (e: MessageEvent<LayoutResponse>) => this.onResponse(e.data);
      worker.onerror = (e) => {
        this.workerError = e.message || 'worker error';
        this.fallBack();
      };
      this.worker = worker;
      this.mode = 'worker';
    } catch (error) {
      this.workerError = error instanceof Error ? error.message : String(error);
    }
    return this.mode;
  }

  layout(input: LayoutInput, memory: LayoutMemory): Promise<LayoutResult> {
    if (!this.worker) return Promise.resolve(layoutGraph(input, memory));
    const seq = ++this.seq;
    return new Promise((resolve, reject) => {
      this.pending.set(seq, { resolve, reject });
      this.worker!.postMessage({ seq, input, memory });
    });
  }

  private onResponse(r: LayoutResponse): void {
    const p = this.pending.get(r.seq);
    if (!p) return;
    this.pending.delete(r.seq);
    if ('error' in r) p.reject(new Error(r.error));
    else p.resolve(r.result);
  }

  /** The worker died: finish what was pending on the main thread from now on. */
  private fallBack(): void {
    this.worker?.terminate();
    this.worker = undefined;
    this.mode = 'main-thread';
    for (const [, p] of this.pending) p.reject(new Error(this.workerError));
    this.pending.clear();
  }
}
