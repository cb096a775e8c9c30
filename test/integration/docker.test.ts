import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { KubeTutorApi } from '../../src/extension/extension';
import { restoreClusterFor } from '../../src/core/sim/cluster';
import { buildRunRequest } from './dockerFlow';

describe('Docker simulator from the palette', () => {
  it('Build Image, Run Container, then a request to the published port crashes the seed app like real node', async () => {
    await buildRunRequest();
  });
});

describe('Kubernetes simulator in the Kube Tutor terminal', () => {
  it('kubectl and minikube are available: the cluster starts with minikube and has its node', async () => {
    const api = await vscode.extensions.getExtension<KubeTutorApi>('kube-tutor.kube-tutor')!.activate();
    assert.ok(api.docker.providers.some((p) => p.names.includes('kubectl')), 'kubectl is registered in the terminal');
    assert.ok(api.docker.providers.some((p) => p.names.includes('minikube')), 'minikube is registered in the terminal');
    const host = api.cluster.host;
    host.start();
    assert.equal(host.state, 'Running');
    assert.deepEqual(host.cluster!.store.list('Node').map((n) => n.metadata.name), ['minikube']);
  });

  it('the cluster is saved to workspace state for the next window, and Reset Simulator clears it', async () => {
    const api = await vscode.extensions.getExtension<KubeTutorApi>('kube-tutor.kube-tutor')!.activate();
    api.cluster.host.start();
    const cluster = api.cluster.host.cluster!;
    if (!cluster.api.tryGet('Pod', 'default', 'persisted'))
      cluster.api.create({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'persisted' }, spec: { containers: [{ name: 'c', image: 'luksa/kubia' }] } });
    cluster.settle();
    await api.cluster.save();
    const restored = restoreClusterFor(api.docker.engine, api.cluster.saved());
    assert.equal(restored.state, 'Running');
    assert.equal(restored.cluster!.store.get('Pod', 'default', 'persisted')?.metadata.uid, cluster.store.get('Pod', 'default', 'persisted')!.metadata.uid);
    await api.docker.reset();
    assert.equal(api.cluster.saved(), undefined);
    assert.equal(api.cluster.host.state, 'Absent');
  });
});

describe('The tutor follows the Kube Tutor terminal', () => {
  it('lesson 1 step 1 completes after `docker run busybox echo "Hello world"` is run in the terminal', async () => {
    const api = await vscode.extensions.getExtension<KubeTutorApi>('kube-tutor.kube-tutor')!.activate();
    const done = () => api.tutor.controller.status('lesson01').steps.find((s) => s.stepId === 'run-busybox')?.complete === true;
    assert.equal(await vscode.commands.executeCommand('kubeTutor.runInTerminal', 'docker run busybox echo "Hello world"'), true);
    await new Promise<void>((resolve, reject) => {
      if (done()) return resolve();
      const timer = setTimeout(() => {
        sub.dispose();
        reject(new Error(`step not complete: ${JSON.stringify(api.tutor.controller.facts().commands)}`));
      }, 20_000);
      const sub = api.tutor.controller.onDidChange(() => {
        if (!done()) return;
        clearTimeout(timer);
        sub.dispose();
        resolve();
      });
    });
    assert.ok(api.tutor.controller.facts().images.some((i) => i.repository === 'busybox'), 'the simulator pulled busybox');
  });
});
