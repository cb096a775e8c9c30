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
