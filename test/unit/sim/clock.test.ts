/** The "instant" speed: the virtual clock settles what the simulator started, and stops there. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DockerEngine } from '../../../src/core/engine/engine';
import { createDockerShell } from '../../../src/core/shell/dockerShell';
import { MemoryFs } from '../../../src/core/shell/memfs';
import { VirtualClock } from '../../../src/core/sim/clock';
import { clusterFor, clusterProviders } from '../../../src/core/sim/cluster';

test('settle fires the timers due within the bound, in order, and stops at the last one', () => {
  const clock = new VirtualClock(0);
  const fired: string[] = [];
  clock.setTimeout(() => fired.push('b'), 200);
  clock.setTimeout(() => {
    fired.push('a');
    clock.setTimeout(() => fired.push('a2'), 50);
  }, 100);
  clock.setTimeout(() => fired.push('late'), 10_000);
  assert.equal(clock.settle(5_000), 200);
  assert.deepEqual(fired, ['a', 'a2', 'b']);
  assert.equal(clock.now(), 200, 'time stops at the last timer, not at the bound');
  assert.equal(clock.nextTimerAt(), 10_000);
  assert.equal(new VirtualClock(0).settle(60_000), 0, 'an idle clock does not move');
});

test('after kubectl run and expose, settling brings pods to Running and the LoadBalancer its IP; then the cluster is quiet', async () => {
  const engine = new DockerEngine();
  const host = clusterFor(engine);
  const shell = createDockerShell(engine, { fs: new MemoryFs(), cwd: '/w' }, clusterProviders(() => host));
  const run = async (line: string) => {
    let out = '';
    await shell.execute(line, { out: (t) => (out += t), err: (t) => (out += t) });
    return out;
  };
  await run('minikube start');
  engine.clock.settle(60_000);
  await run('kubectl run kubia --image=luksa/kubia --port=8080 --tutor-rc');
  await run('kubectl expose rc kubia --type=LoadBalancer --name kubia-http');
  assert.match(await run('kubectl get pods'), /ContainerCreating/);
  const passed = engine.clock.settle(60_000);
  assert.ok(passed > 0 && passed < 60_000, `settled in ${passed} ms`);
  assert.match(await run('kubectl get pods'), /kubia-\w{5} {3}1\/1 {5}Running/);
  assert.doesNotMatch(await run('kubectl get svc kubia-http'), /<pending>/);
  assert.equal(engine.clock.settle(60_000), 0, 'nothing left to do: time does not move');
});
