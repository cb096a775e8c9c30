import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lessonByNumber } from '../../../src/core/tutor/lessons';
import { LessonWorld } from '../../../src/core/tutor/world';

/** What the lessons need from the simulator, found by replaying them on it. */
async function ok(world: LessonWorld, line: string): Promise<string> {
  const r = await world.run(line);
  assert.equal(r.exitCode, 0, `${line}\n${r.output}`);
  return r.output;
}

test('minikube kubectl -- runs kubectl against the cluster (and is refused before minikube start)', async () => {
  const world = new LessonWorld();
  const before = await world.run('minikube kubectl -- get po -A');
  assert.equal(before.exitCode, 1);
  assert.match(before.output, /The connection to the server localhost:8080 was refused/);
  await ok(world, 'minikube start');
  world.wait(30);
  assert.match(await ok(world, 'minikube kubectl -- get po -A'), /kube-system +kube-apiserver-minikube +1\/1 +Running/);
  assert.match(await ok(world, 'minikube kubectl get nodes'), /^minikube +Ready +control-plane/m);
});

test('the sidecar: a shell loop keeps running, BusyBox wget reaches the main container over localhost', async () => {
  const world = new LessonWorld();
  world.scaffold(lessonByNumber(12)!);
  await ok(world, 'minikube start');
  await ok(world, 'kubectl apply -f kubia-sidecar.yaml');
  world.wait(120);
  assert.match(await ok(world, 'kubectl get pod kubia-sidecar'), /kubia-sidecar +2\/2 +Running +0 /);
  assert.equal(await ok(world, 'kubectl exec kubia-sidecar -c sidecar -- wget -qO- localhost:8080'), 'This is v1 running in pod kubia-sidecar\n');
  const refused = await world.run('kubectl exec kubia-sidecar -c sidecar -- wget -qO- localhost:9090');
  assert.equal(refused.exitCode, 1);
  assert.equal(refused.output, "wget: can't connect to remote host (127.0.0.1): Connection refused\ncommand terminated with exit code 1\n");
  const saved = await world.run('kubectl exec kubia-sidecar -c sidecar -- wget localhost:8080');
  assert.match(saved.output, /^Connecting to localhost:8080 \(127\.0\.0\.1:8080\)\nsaving to 'index\.html'\n[\s\S]*'index\.html' saved\n$/);
});

test('luksa/kubia:v1 → v2: the rolling update of lesson 11 changes what the service answers', async () => {
  const world = new LessonWorld();
  world.scaffold(lessonByNumber(11)!);
  await ok(world, 'minikube start');
  await ok(world, 'kubectl apply -f kubia-deployment.yaml');
  await ok(world, 'kubectl expose deployment kubia --port=80 --target-port=8080');
  world.wait(60);
  const ip = world.facts().services.find((s) => s.name === 'kubia')!.clusterIP!;
  const pod = world.facts().pods.find((p) => p.labels.app === 'kubia')!.name;
  assert.match(await ok(world, `kubectl exec ${pod} -- curl -s ${ip}`), /^This is v1 running in pod kubia-/);
  await ok(world, 'kubectl set image deployment/kubia kubia=luksa/kubia:v2');
  world.wait(180);
  const next = world.facts().pods.find((p) => p.labels.app === 'kubia' && !p.terminating)!.name;
  assert.match(await ok(world, `kubectl exec ${next} -- curl -s ${ip}`), /^This is v2 running in pod kubia-/);
  assert.equal(world.facts().deployments.find((d) => d.name === 'kubia')?.revision, 2);
});
