import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DockerEngine } from '../../../src/core/engine/engine';
import { createDockerShell } from '../../../src/core/shell/dockerShell';
import { clusterFor, clusterProviders } from '../../../src/core/sim/cluster';
import { buildGraph } from '../../../src/core/topology';
import { clusterViewOf } from '../../../src/core/topology/fromSimulator';
import { workspace } from '../engine/harness';

/**
 * The seed path of chapter 2 across both simulators, as a learner types it in the Kube Tutor
 * terminal: build, tag, login, push, run as an RC, expose, scale to 3, curl — then the topology
 * model drawn from the simulator state shows what the learner built.
 */
test('seed flow: build → push → run → expose → scale 3 → curl, and the topology shows 3 pods behind the service', async () => {
  const engine = new DockerEngine();
  const host = clusterFor(engine);
  const shell = createDockerShell(engine, { fs: workspace('kubia'), cwd: '/home/learner/kubia' }, clusterProviders(() => host));
  const run = async (line: string) => {
    let out = '';
    let err = '';
    const code = await shell.execute(line, { out: (t) => (out += t), err: (t) => (err += t) });
    return { code, out, err };
  };
  const ok = async (line: string) => {
    const r = await run(line);
    assert.equal(r.code, 0, `${line}\n${r.err}`);
    return r.out;
  };

  assert.match((await run('kubectl get nodes')).err, /The connection to the server localhost:8080 was refused/);
  await ok('minikube start');
  await ok('docker build -t kubia .');
  await ok('docker tag kubia mucha0619/kubia');
  await ok('docker login -u mucha0619 -p secret');
  await ok('docker push mucha0619/kubia');
  await ok('kubectl run kubia --image=mucha0619/kubia --port=8080 --tutor-rc');
  await ok('kubectl expose rc kubia --type=LoadBalancer --name kubia-http');
  await ok('kubectl scale rc kubia --replicas=3');
  await ok('sleep 60');
  const pods = await ok('kubectl get pods');
  assert.equal((pods.match(/kubia-\w+\s+1\/1\s+Running/g) ?? []).length, 3, pods);
  const ip = (await ok('kubectl get svc kubia-http -o jsonpath={.status.loadBalancer.ingress[0].ip}')).trim();
  assert.match(ip, /^\d+\.\d+\.\d+\.\d+$/);
  // The seed app.js has the `reponse` typo: the first request crashes the pod it reaches.
  const curl = await run(`curl ${ip}:8080`);
  assert.notEqual(curl.code, 0);

  const view = clusterViewOf(engine, host.cluster);
  assert.ok(view.images.some((i) => i.repoTags.includes('kubia:latest')), 'the built image');
  assert.ok(view.repositories.some((r) => r.name === 'mucha0619/kubia'), 'the pushed repository');
  const graph = buildGraph(view, 'cluster');
  const podNodes = graph.nodes.filter((n) => n.kind === 'pod');
  assert.equal(podNodes.length, 3, podNodes.map((n) => n.label).join(','));
  const minikube = graph.nodes.find((n) => n.kind === 'node' && n.label === 'minikube');
  assert.ok(minikube, 'the minikube node');
  assert.ok(podNodes.every((p) => p.parent === minikube.id), 'the pods sit on the minikube node');
  const service = graph.nodes.find((n) => n.label === 'kubia-http');
  assert.ok(service, 'the service');
  const serviceEdges = graph.edges.filter((e) => e.source === service.id && podNodes.some((p) => p.id === e.target));
  assert.equal(serviceEdges.length, 3, 'the service links to its three pods');
});
