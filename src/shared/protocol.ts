/**
 * The typed message protocol between the extension host and the topology webview.
 * Each message is declared once here and imported by both sides. Messages coming
 * from the webview are untrusted: the host parses them with `parseWebviewMessage`.
 */
import type { TopologyGraph, TopologyNode, TopologyEdge } from '../core/topology';

export type { TopologyGraph, TopologyNode, TopologyEdge };

export interface IpcMessage<M extends string = string, P = unknown> {
  readonly method: M;
  readonly params: P;
}

/** A message type: its method name, a constructor and a type guard. */
export class IpcNotification<M extends string, P> {
  constructor(
    readonly method: M,
    private readonly validate: (params: unknown) => params is P,
  ) {}

  create(params: P): IpcMessage<M, P> {
    return { method: this.method, params };
  }

  is(message: unknown): message is IpcMessage<M, P> {
    return (
      typeof message === 'object' &&
      message !== null &&
      (message as { method?: unknown }).method === this.method &&
      this.validate((message as { params?: unknown }).params)
    );
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const MAX_ID = 512;
function isId(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_ID;
}

// ---- host → webview -------------------------------------------------------

export interface SnapshotParams {
  readonly graph: TopologyGraph;
  /** Localized UI strings, so the webview needs no bundle of its own. */
  readonly strings: Readonly<Record<UiString, string>>;
}

export type UiString = 'title' | 'empty' | 'legend' | 'graphLabel';

function isGraph(value: unknown): value is TopologyGraph {
  return isRecord(value) && Array.isArray(value.nodes) && Array.isArray(value.edges);
}

export const SnapshotNotification = new IpcNotification<'topology/snapshot', SnapshotParams>(
  'topology/snapshot',
  (p): p is SnapshotParams => isRecord(p) && isGraph(p.graph) && isRecord(p.strings),
);

// ---- webview → host -------------------------------------------------------

export type ReadyParams = Record<string, never>;
export const ReadyNotification = new IpcNotification<'webview/ready', ReadyParams>(
  'webview/ready',
  (p): p is ReadyParams => isRecord(p) && Object.keys(p).length === 0,
);

export interface SelectNodeParams {
  readonly id: string;
}
export const SelectNodeNotification = new IpcNotification<'topology/select', SelectNodeParams>(
  'topology/select',
  (p): p is SelectNodeParams => isRecord(p) && isId(p.id) && Object.keys(p).length === 1,
);

export type WebviewMessage =
  | IpcMessage<'webview/ready', ReadyParams>
  | IpcMessage<'topology/select', SelectNodeParams>;

const FROM_WEBVIEW = [ReadyNotification, SelectNodeNotification] as const;

/** Validates a message posted by the webview; `undefined` for anything malformed. */
export function parseWebviewMessage(message: unknown): WebviewMessage | undefined {
  for (const type of FROM_WEBVIEW) {
    if (type.is(message)) return message as WebviewMessage;
  }
  return undefined;
}

/** What the webview persists with `setState` and the serializer restores. */
export interface WebviewState {
  readonly selected?: string;
  readonly zoom?: number;
}

export function parseWebviewState(state: unknown): WebviewState {
  if (!isRecord(state)) return {};
  return {
    ...(isId(state.selected) ? { selected: state.selected } : {}),
    ...(typeof state.zoom === 'number' && state.zoom > 0.1 && state.zoom < 10 ? { zoom: state.zoom } : {}),
  };
}
