/**
 * The typed message protocol between the extension host and the topology webview.
 * Each message is declared once here and imported by both sides (gitlens ipc models).
 * Messages from the webview are untrusted: the host parses them with `parseWebviewMessage`,
 * which accepts only known methods with exactly the expected, bounded parameters.
 *
 * Adding a message: declare its params type and an `IpcNotification` with a strict validator
 * below, add it to `FROM_WEBVIEW` (webview → host) or handle it in the webview's router
 * (host → webview), and add a case to test/unit/shared/protocol.test.ts.
 */
import type { ObjectDetails } from '../core/topology/describe';
import type { GraphDelta } from '../core/topology/diff';
import type { TopologyFilter } from '../core/topology/filter';
import { TOPOLOGY_ACTIONS, VIEW_KINDS, type TopologyAction, type TopologyEdge, type TopologyGraph, type TopologyNode, type TopologyViewKind } from '../core/topology/graph';
import type { Pulse } from '../core/topology/traffic';

export type { GraphDelta, ObjectDetails, Pulse, TopologyAction, TopologyEdge, TopologyFilter, TopologyGraph, TopologyNode, TopologyViewKind };

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
      isRecord(message) &&
      Object.keys(message).every((k) => k === 'method' || k === 'params') &&
      message.method === this.method &&
      this.validate(message.params)
    );
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Only these keys, each optional unless listed in `required`. */
function hasOnlyKeys(value: Record<string, unknown>, allowed: readonly string[], required: readonly string[] = []): boolean {
  return Object.keys(value).every((k) => allowed.includes(k)) && required.every((k) => Object.prototype.hasOwnProperty.call(value, k));
}

const MAX_ID = 512;
export function isId(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_ID;
}

function isShortString(value: unknown, max = 200): value is string {
  return typeof value === 'string' && value.length <= max;
}

export function isViewKind(value: unknown): value is TopologyViewKind {
  return typeof value === 'string' && (VIEW_KINDS as readonly string[]).includes(value);
}

// ---- host → webview -------------------------------------------------------

/** Localized UI strings, so the webview needs no bundle of its own. `{0}` placeholders are filled in the webview. */
export const UI_STRINGS = [
  'title',
  'empty',
  'graphLabel',
  'legend',
  'viewLabel',
  'viewCluster',
  'viewApplication',
  'viewDocker',
  'zoomIn',
  'zoomOut',
  'fit',
  'search',
  'filterNamespace',
  'filterKind',
  'filterLabel',
  'allNamespaces',
  'allKinds',
  'exportSvg',
  'exportPng',
  'shownCount',
  'details',
  'noSelection',
  'status',
  'labels',
  'noLabels',
  'events',
  'noEvents',
  'describe',
  'actions',
  'actionsFor',
  'action.scale',
  'action.delete',
  'action.logs',
  'action.describe',
  'action.openYaml',
  'table',
  'tableCaption',
  'colKind',
  'colName',
  'colNamespace',
  'colStatus',
  'colParent',
  'layoutFailed',
] as const;
export type UiString = (typeof UI_STRINGS)[number];
export type UiStrings = Readonly<Record<UiString, string>>;

function isStrings(value: unknown): value is UiStrings {
  return isRecord(value) && UI_STRINGS.every((k) => typeof value[k] === 'string');
}

function isNodeLike(value: unknown): value is TopologyNode {
  return isRecord(value) && isId(value.id) && typeof value.kind === 'string' && typeof value.label === 'string';
}

function isEdgeLike(value: unknown): value is TopologyEdge {
  return isRecord(value) && isId(value.id) && isId(value.source) && isId(value.target) && typeof value.kind === 'string';
}

function isGraph(value: unknown): value is TopologyGraph {
  return isRecord(value) && Array.isArray(value.nodes) && value.nodes.every(isNodeLike) && Array.isArray(value.edges) && value.edges.every(isEdgeLike);
}

export interface SnapshotParams {
  readonly view: TopologyViewKind;
  /** Increases with every snapshot or delta; a delta applies only on top of `revision - 1`. */
  readonly revision: number;
  readonly graph: TopologyGraph;
  readonly strings: UiStrings;
}

export const SnapshotNotification = new IpcNotification<'topology/snapshot', SnapshotParams>(
  'topology/snapshot',
  (p): p is SnapshotParams => isRecord(p) && isViewKind(p.view) && Number.isSafeInteger(p.revision) && isGraph(p.graph) && isStrings(p.strings),
);

export interface DeltaParams {
  readonly view: TopologyViewKind;
  readonly revision: number;
  readonly delta: GraphDelta;
}

function isDelta(d: unknown): d is GraphDelta {
  return (
    isRecord(d) &&
    Array.isArray(d.addedNodes) && d.addedNodes.every(isNodeLike) &&
    Array.isArray(d.changedNodes) && d.changedNodes.every(isNodeLike) &&
    Array.isArray(d.removedNodes) && d.removedNodes.every(isId) &&
    Array.isArray(d.addedEdges) && d.addedEdges.every(isEdgeLike) &&
    Array.isArray(d.changedEdges) && d.changedEdges.every(isEdgeLike) &&
    Array.isArray(d.removedEdges) && d.removedEdges.every(isId)
  );
}

export const DeltaNotification = new IpcNotification<'topology/delta', DeltaParams>(
  'topology/delta',
  (p): p is DeltaParams => isRecord(p) && isViewKind(p.view) && Number.isSafeInteger(p.revision) && isDelta(p.delta),
);

export interface TrafficParams {
  readonly pulses: readonly Pulse[];
}
export const TrafficNotification = new IpcNotification<'topology/traffic', TrafficParams>(
  'topology/traffic',
  (p): p is TrafficParams => isRecord(p) && Array.isArray(p.pulses) && p.pulses.every((x) => isRecord(x) && Array.isArray(x.edges) && x.edges.every(isId)),
);

export interface DetailsParams {
  readonly id: string;
  /** `null` when the object has no details (a layer, a port) or is gone. */
  readonly details: ObjectDetails | null;
}
export const DetailsNotification = new IpcNotification<'topology/details', DetailsParams>(
  'topology/details',
  (p): p is DetailsParams => isRecord(p) && isId(p.id) && (p.details === null || (isRecord(p.details) && typeof p.details.text === 'string')),
);

// ---- webview → host -------------------------------------------------------

export interface ReadyParams {
  /** The view restored from the webview's state. */
  readonly view?: TopologyViewKind;
}
export const ReadyNotification = new IpcNotification<'webview/ready', ReadyParams>(
  'webview/ready',
  (p): p is ReadyParams => isRecord(p) && hasOnlyKeys(p, ['view']) && (p.view === undefined || isViewKind(p.view)),
);

export interface SelectNodeParams {
  readonly id: string;
}
export const SelectNodeNotification = new IpcNotification<'topology/select', SelectNodeParams>(
  'topology/select',
  (p): p is SelectNodeParams => isRecord(p) && hasOnlyKeys(p, ['id'], ['id']) && isId(p.id),
);

export interface SetViewParams {
  readonly view: TopologyViewKind;
}
export const SetViewNotification = new IpcNotification<'topology/setView', SetViewParams>(
  'topology/setView',
  (p): p is SetViewParams => isRecord(p) && hasOnlyKeys(p, ['view'], ['view']) && isViewKind(p.view),
);

export interface ActionParams {
  readonly action: TopologyAction;
  /** The node the action is for; the host looks the object up itself (never trusts a name from here). */
  readonly id: string;
}
export const ActionNotification = new IpcNotification<'topology/action', ActionParams>(
  'topology/action',
  (p): p is ActionParams =>
    isRecord(p) && hasOnlyKeys(p, ['action', 'id'], ['action', 'id']) && typeof p.action === 'string' && (TOPOLOGY_ACTIONS as readonly string[]).includes(p.action) && isId(p.id),
);

/** Largest export accepted: a 5,000-object SVG is ~3 MB; a PNG data URL of a big canvas ~15 MB. */
export const MAX_EXPORT_CHARS = 32 * 1024 * 1024;
const PNG_PREFIX = 'data:image/png;base64,';

export interface ExportParams {
  readonly format: 'svg' | 'png';
  /** SVG markup, or a `data:image/png;base64,` URL. */
  readonly data: string;
}
export const ExportNotification = new IpcNotification<'topology/export', ExportParams>(
  'topology/export',
  (p): p is ExportParams => {
    if (!isRecord(p) || !hasOnlyKeys(p, ['format', 'data'], ['format', 'data']) || typeof p.data !== 'string' || p.data.length > MAX_EXPORT_CHARS) return false;
    if (p.format === 'svg') return /^<svg[\s>]/.test(p.data);
    if (p.format === 'png') return p.data.startsWith(PNG_PREFIX) && /^[A-Za-z0-9+/]*={0,2}$/.test(p.data.slice(PNG_PREFIX.length));
    return false;
  },
);

/** The PNG bytes of a validated export. */
export function pngBytes(data: string): Uint8Array {
  return Uint8Array.from(atob(data.slice(PNG_PREFIX.length)), (c) => c.charCodeAt(0));
}

export type WebviewMessage =
  | IpcMessage<'webview/ready', ReadyParams>
  | IpcMessage<'topology/select', SelectNodeParams>
  | IpcMessage<'topology/setView', SetViewParams>
  | IpcMessage<'topology/action', ActionParams>
  | IpcMessage<'topology/export', ExportParams>;

const FROM_WEBVIEW = [ReadyNotification, SelectNodeNotification, SetViewNotification, ActionNotification, ExportNotification] as const;

/** Validates a message posted by the webview; `undefined` for anything malformed. */
export function parseWebviewMessage(message: unknown): WebviewMessage | undefined {
  for (const type of FROM_WEBVIEW) {
    if (type.is(message)) return message as WebviewMessage;
  }
  return undefined;
}

// ---- persisted state --------------------------------------------------------

/** What the webview persists with `setState` and the serializer restores. */
export interface WebviewState {
  readonly view?: TopologyViewKind;
  readonly selected?: string;
  readonly zoom?: number;
  readonly panX?: number;
  readonly panY?: number;
  readonly filter?: TopologyFilter;
}

export const MIN_ZOOM = 0.05;
export const MAX_ZOOM = 8;

function isPan(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v) && Math.abs(v) < 1e7;
}

function parseFilter(f: unknown): TopologyFilter | undefined {
  if (!isRecord(f)) return undefined;
  const out: { -readonly [K in keyof TopologyFilter]: string } = {};
  for (const key of ['namespace', 'kind', 'label', 'text'] as const) {
    const v = f[key];
    if (isShortString(v) && v.length > 0) out[key] = v;
  }
  return Object.keys(out).length ? out : undefined;
}

/** Restored state is untrusted (it round-trips through the webview): keep only valid fields. */
export function parseWebviewState(state: unknown): WebviewState {
  if (!isRecord(state)) return {};
  const filter = parseFilter(state.filter);
  return {
    ...(isViewKind(state.view) ? { view: state.view } : {}),
    ...(isId(state.selected) ? { selected: state.selected } : {}),
    ...(typeof state.zoom === 'number' && state.zoom >= MIN_ZOOM && state.zoom <= MAX_ZOOM ? { zoom: state.zoom } : {}),
    ...(isPan(state.panX) && isPan(state.panY) ? { panX: state.panX, panY: state.panY } : {}),
    ...(filter ? { filter } : {}),
  };
}
