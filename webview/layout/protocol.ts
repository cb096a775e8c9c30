/** Messages between the webview and its layout worker. */
import type { LayoutInput, LayoutMemory, LayoutResult } from './layout';

export interface LayoutRequest {
  readonly seq: number;
  readonly input: LayoutInput;
  readonly memory: LayoutMemory;
}

export type LayoutResponse = { readonly seq: number; readonly result: LayoutResult } | { readonly seq: number; readonly error: string };
