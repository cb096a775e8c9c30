import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { KubeTutorApi } from '../../src/extension/extension';
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
