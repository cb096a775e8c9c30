import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  ActionNotification,
  DeltaNotification,
  ExportNotification,
  parseWebviewMessage,
  parseWebviewState,
  SnapshotNotification,
  UI_STRINGS,
  type UiStrings,
} from '../../../src/shared/protocol';
import { clusterGraph, diffGraphs, emptyClusterTopology } from '../../../src/core/topology';
import { HOSTILE, HOSTILE_VIEW, SEED_END, SEED_EXPOSED } from '../../../src/core/topology/samples';

const strings = Object.fromEntries(UI_STRINGS.map((k) => [k, k])) as unknown as UiStrings;

test('the host accepts well-formed webview messages', () => {
  const good: unknown[] = [
    { method: 'webview/ready', params: {} },
    { method: 'webview/ready', params: { view: 'docker' } },
    { method: 'topology/select', params: { id: 'node/minikube' } },
    { method: 'topology/select', params: { id: `pod/default/${HOSTILE}` } },
    { method: 'topology/setView', params: { view: 'application' } },
    { method: 'topology/action', params: { action: 'scale', id: 'replicationcontroller/default/kubia' } },
    { method: 'topology/action', params: { action: 'openYaml', id: 'pod/default/x' } },
    { method: 'topology/export', params: { format: 'svg', data: '<svg xmlns="http://www.w3.org/2000/svg"></svg>' } },
    { method: 'topology/export', params: { format: 'png', data: 'data:image/png;base64,iVBORw0KGgo=' } },
  ];
  for (const message of good) assert.deepEqual(parseWebviewMessage(message), message, JSON.stringify(message));
});

test('the host rejects malformed, unknown or hostile webview messages', () => {
  const bad: unknown[] = [
    null,
    undefined,
    42,
    'webview/ready',
    [],
    { method: 'webview/ready' },
    { method: 'webview/ready', params: { extra: 1 } },
    { method: 'webview/ready', params: { view: 'kubectl' } },
    { method: 'webview/ready', params: {}, extra: true },
    { method: 'topology/select', params: { id: 42 } },
    { method: 'topology/select', params: { id: '' } },
    { method: 'topology/select', params: { id: 'x'.repeat(600) } },
    { method: 'topology/select', params: { id: 'a', cmd: 'rm -rf /' } },
    { method: 'topology/select', params: {} },
    { method: 'topology/setView', params: { view: '__proto__' } },
    { method: 'topology/setView', params: { view: 'constructor' } },
    { method: 'topology/action', params: { action: 'exec', id: 'pod/default/x' } },
    { method: 'topology/action', params: { action: 'toString', id: 'pod/default/x' } },
    { method: 'topology/action', params: { action: 'scale', id: 'rc/x', replicas: 3, command: 'workbench.action.terminal.sendSequence' } },
    { method: 'topology/action', params: { action: 'delete' } },
    { method: 'topology/export', params: { format: 'svg', data: '<html><script>alert(1)</script>' } },
    { method: 'topology/export', params: { format: 'png', data: 'data:image/svg+xml;base64,PHN2Zz4=' } },
    { method: 'topology/export', params: { format: 'png', data: 'data:image/png;base64,<img src=x onerror=alert(1)>' } },
    { method: 'topology/export', params: { format: 'pdf', data: '%PDF' } },
    { method: 'topology/export', params: { format: 'svg', data: `<svg>${'x'.repeat(33 * 1024 * 1024)}` } },
    { method: 'topology/export', params: { format: 'svg', data: '<svg></svg>', path: '/etc/passwd' } },
    { method: 'run/command', params: {} },
    { method: '__proto__', params: {} },
    JSON.parse('{"method":"topology/select","params":{"id":"a","__proto__":{"polluted":true}}}'),
  ];
  for (const message of bad) assert.equal(parseWebviewMessage(message), undefined, JSON.stringify(message)?.slice(0, 200));
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
});

test('persisted webview state is sanitised field by field', () => {
  const full = { view: 'application', selected: 'node/minikube', zoom: 1.5, panX: -20, panY: 40, filter: { namespace: 'default', kind: 'Pod', label: 'run=kubia', text: 'kubia' } };
  assert.deepEqual(parseWebviewState(full), full);
  assert.deepEqual(parseWebviewState({ view: 'kubectl', selected: 3, zoom: 1e9, panX: Infinity, panY: 0, filter: { kind: 7, text: 'x'.repeat(500) } }), {});
  assert.deepEqual(parseWebviewState({ zoom: 0.01 }), {});
  assert.deepEqual(parseWebviewState({ panX: 10 }), {}, 'pan needs both coordinates');
  assert.deepEqual(parseWebviewState({ filter: { namespace: HOSTILE, evil: 'x' } }), { filter: { namespace: HOSTILE } });
  assert.deepEqual(parseWebviewState(undefined), {});
  assert.deepEqual(parseWebviewState('{"view":"docker"}'), {});
});

test('snapshot and delta messages round-trip their validators, including hostile labels', () => {
  const snapshot = SnapshotNotification.create({ view: 'cluster', revision: 1, graph: clusterGraph(HOSTILE_VIEW), strings });
  assert.ok(SnapshotNotification.is(JSON.parse(JSON.stringify(snapshot))));
  assert.ok(!SnapshotNotification.is({ ...snapshot, params: { ...snapshot.params, strings: { title: 't' } } }), 'every UI string is required');
  assert.ok(!SnapshotNotification.is({ ...snapshot, params: { ...snapshot.params, view: 'x' } }));
  const delta = DeltaNotification.create({ view: 'cluster', revision: 2, delta: diffGraphs(clusterGraph(SEED_EXPOSED), clusterGraph(SEED_END)) });
  assert.ok(DeltaNotification.is(JSON.parse(JSON.stringify(delta))));
  assert.ok(!DeltaNotification.is({ method: 'topology/delta', params: { view: 'cluster', revision: 2, delta: { addedNodes: [{}] } } }));
});

test('message constructors produce what their validators accept', () => {
  assert.ok(ActionNotification.is(ActionNotification.create({ action: 'logs', id: 'pod/default/a' })));
  assert.ok(ExportNotification.is(ExportNotification.create({ format: 'svg', data: '<svg/>'.replace('/', ' /') })));
});

test('the placeholder cluster: one minikube node holding its components', () => {
  const graph = emptyClusterTopology();
  assert.deepEqual(graph.nodes.filter((n) => n.kind === 'node').map((n) => n.label), ['minikube']);
  assert.ok(graph.nodes.some((n) => n.label === 'kube-apiserver' && n.parent === 'node/minikube'));
});
