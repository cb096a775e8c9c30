import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { KubeTutorApi } from '../../src/extension/extension';
import { restoreClusterFor } from '../../src/core/sim/cluster';
import { buildRunRequest } from './dockerFlow';

describe('Docker simulator from the palette', () => {
  it('Build Image, Run Container, then curl in the terminal crashes the seed app like real node', async () => {
    await buildRunRequest();
  });
});

/** Types `line` in the Kube Tutor terminal and resolves with its exit status when the prompt is back. */
async function typed(api: KubeTutorApi, line: string): Promise<number> {
  const done = new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`"${line}" never finished in the terminal`));
    }, 20_000);
    const sub = api.docker.onDidRunCommand((e) => {
      if (e.line !== line) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(e.exitCode);
    });
  });
  assert.equal(await vscode.commands.executeCommand('kubeTutor.runInTerminal', line), true);
  return done;
}

describe('Simulator speed setting', () => {
  it('with kubeTutor.simulator.speed = instant, the pod of kubectl run is Running when the prompt returns', async () => {
    const api = await vscode.extensions.getExtension<KubeTutorApi>('kube-tutor.kube-tutor')!.activate();
    const config = vscode.workspace.getConfiguration('kubeTutor.simulator');
    await config.update('speed', 'instant', vscode.ConfigurationTarget.Global);
    try {
      await typed(api, 'minikube start');
      assert.equal(await typed(api, 'kubectl run speed-demo --image=luksa/kubia --port=8080'), 0);
      const pod = api.cluster.host.cluster!.store.list('Pod').find((p) => p.metadata.name === 'speed-demo');
      assert.equal((pod?.status as { phase?: string } | undefined)?.phase, 'Running');
    } finally {
      await config.update('speed', undefined, vscode.ConfigurationTarget.Global);
    }
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
