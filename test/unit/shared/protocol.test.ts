import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseWebviewMessage, parseWebviewState, SnapshotNotification } from '../../../src/shared/protocol';
import { emptyClusterTopology } from '../../../src/core/topology';

test('the host accepts well-formed webview messages', () => {
  assert.deepEqual(parseWebviewMessage({ method: 'webview/ready', params: {} }), { method: 'webview/ready', params: {} });
  assert.deepEqual(parseWebviewMessage({ method: 'topology/select', params: { id: 'node/minikube' } })?.params, {
    id: 'node/minikube',
  });
});

test('the host rejects malformed or unknown webview messages', () => {
  const bad: unknown[] = [
    null,
    'webview/ready',
    { method: 'webview/ready' },
    { method: 'webview/ready', params: { extra: 1 } },
    { method: 'topology/select', params: { id: 42 } },
    { method: 'topology/select', params: { id: '' } },
    { method: 'topology/select', params: { id: 'x'.repeat(600) } },
    { method: 'topology/select', params: { id: 'a', cmd: 'rm -rf /' } },
    { method: 'run/command', params: {} },
    { method: '__proto__', params: {} },
  ];
  for (const message of bad) assert.equal(parseWebviewMessage(message), undefined, JSON.stringify(message));
});

test('persisted webview state is sanitised', () => {
  assert.deepEqual(parseWebviewState({ selected: 'node/minikube', zoom: 1.5 }), { selected: 'node/minikube', zoom: 1.5 });
  assert.deepEqual(parseWebviewState({ selected: 3, zoom: 1e9 }), {});
  assert.deepEqual(parseWebviewState(undefined), {});
});

test('snapshot messages carry the placeholder cluster: one minikube node with its components', () => {
  const message = SnapshotNotification.create({ graph: emptyClusterTopology(), strings: { title: 't', empty: 'e', legend: 'l', graphLabel: 'g' } });
  assert.ok(SnapshotNotification.is(message));
  const nodes = message.params.graph.nodes;
  assert.deepEqual(nodes.filter((n) => n.kind === 'node').map((n) => n.label), ['minikube']);
  assert.ok(nodes.some((n) => n.label === 'kube-apiserver' && n.parent === 'node/minikube'));
  for (const edge of message.params.graph.edges) {
    assert.ok(nodes.some((n) => n.id === edge.source) && nodes.some((n) => n.id === edge.target), edge.id);
  }
});
