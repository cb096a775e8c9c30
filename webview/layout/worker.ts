/** The layout worker (dist/layoutWorker.js): lays graphs out off the UI thread. */
import { layoutGraph } from './layout';
import type { LayoutRequest, LayoutResponse } from './protocol';

const ctx = self as unknown as { onmessage: ((e: MessageEvent<LayoutRequest>) => void) | null; postMessage(m: LayoutResponse): void };

ctx.onmessage = (event) => {
  const { seq, input, memory } = event.data;
  try {
    ctx.postMessage({ seq, result: layoutGraph(input, memory) });
  } catch (error) {
    ctx.postMessage({ seq, error: error instanceof Error ? error.message : String(error) });
  }
};
