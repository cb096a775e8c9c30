import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, waitForTopologyTabs } from './helpers';
import type { KubeTutorApi } from '../../src/extension/extension';
import type { TopologyController } from '../../src/extension/topology/controller';

/** Resolves when `controller` posts `method` to its webview (event-driven). */
function nextPost(controller: TopologyController, method: string, timeoutMs = 20_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timed out waiting for ${method}`));
    }, timeoutMs);
    const sub = controller.onDidPost((m) => {
      if (m !== method) return;
      clearTimeout(timer);
      sub.dispose();
      resolve();
    });
  });
}

function onceEvent<T>(event: vscode.Event<T>, timeoutMs = 20_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error('timed out waiting for an event'));
    }, timeoutMs);
    const sub = event((value) => {
      clearTimeout(timer);
      sub.dispose();
      resolve(value);
    });
  });
}

describe('Topology webview (panel, sidebar view, serializer)', () => {
  let api: KubeTutorApi;
  before(async () => {
    api = await vscode.extensions.getExtension<KubeTutorApi>(EXTENSION_ID)!.activate();
    api.topology.source.load('minikube');
  });

  it('the panel opens, its webview says ready and gets a snapshot; a source change is sent as a delta', async () => {
    await vscode.commands.executeCommand('kubeTutor.showTopology');
    await waitForTopologyTabs(1);
    const panel = api.topology.panel();
    assert.ok(panel, 'panel exists');
    if (panel.controller.stats.snapshots === 0) await nextPost(panel.controller, 'topology/snapshot');
    const deltas = panel.controller.stats.deltas;
    const delta = nextPost(panel.controller, 'topology/delta');
    assert.equal(await vscode.commands.executeCommand('kubeTutor.topology.loadSample', 'seed-end'), true);
    await delta;
    assert.equal(panel.controller.stats.deltas, deltas + 1);
  });

  it('the host drops malformed or hostile messages from the webview', async () => {
    const controller = api.topology.panel()!.controller;
    const before = controller.stats.rejected;
    await controller.onMessage({ method: 'topology/action', params: { action: 'exec', id: 'pod/default/x' } });
    await controller.onMessage({ method: 'topology/export', params: { format: 'svg', data: '<script>alert(1)</script>' } });
    await controller.onMessage('<img src=x onerror=alert(1)>');
    assert.equal(controller.stats.rejected, before + 3);
  });

  it('a context action runs the Cluster command for the object, which types the kubectl line in the terminal', async () => {
    const controller = api.topology.panel()!.controller;
    api.cluster.host.start();
    const ran = new Promise<string>((resolve) => {
      const sub = api.docker.onDidRunCommand(({ line }) => {
        sub.dispose();
        resolve(line);
      });
    });
    await controller.onMessage({ method: 'topology/action', params: { action: 'logs', id: 'pod/default/kubia-4jfyf' } });
    assert.equal(await ran, 'kubectl logs kubia-4jfyf');
  });

  it('selecting a node sends its details (kubectl describe)', async () => {
    const controller = api.topology.panel()!.controller;
    const details = nextPost(controller, 'topology/details');
    await controller.onMessage({ method: 'topology/select', params: { id: 'service/default/kubia-http' } });
    await details;
  });

  it('the serializer restores a panel, keeping only valid state', async () => {
    const old = api.topology.panel();
    const panel = vscode.window.createWebviewPanel('kubeTutor.topology', 'restored', vscode.ViewColumn.One, {});
    await api.topology.serializer.deserializeWebviewPanel(panel, { view: 'docker', zoom: 1e9, selected: 42, filter: { kind: 'Pod', evil: '<img>' } });
    assert.deepEqual(api.topology.serializer.lastRestored, { view: 'docker', filter: { kind: 'Pod' } });
    const restored = api.topology.panel();
    assert.ok(restored && restored !== old, 'the restored panel is the current one');
    assert.equal(restored.panel, panel);
    await nextPost(restored.controller, 'topology/snapshot');
    assert.equal((await waitForTopologyTabs(1)).length, 1, 'the old panel was replaced');
  });

  it('the sidebar view opens in the Kube Tutor container and gets a snapshot', async () => {
    const resolved = api.topology.sidebar.view ? Promise.resolve(api.topology.sidebar.view) : onceEvent(api.topology.sidebar.onDidResolve);
    await vscode.commands.executeCommand('kubeTutor.topologyView.focus');
    const view = await resolved;
    assert.equal(view.viewType, 'kubeTutor.topologyView');
    const controller = api.topology.sidebar.controller!;
    if (controller.stats.snapshots === 0) await nextPost(controller, 'topology/snapshot');
    assert.ok(controller.stats.snapshots >= 1);
  });
});
