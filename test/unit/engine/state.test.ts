import { test } from 'node:test';
import assert from 'node:assert/strict';
import { restoreEngine, saveEngine } from '../../../src/core/engine/state';
import { Terminal, workspace } from './harness';

test('the simulator state survives a JSON round trip (images, tags, containers, registry, clock)', async () => {
  const files = workspace('kubia');
  files.write('app.js', files.readFile('app.js')!.replace('reponse.end', 'response.end'));
  const t = new Terminal(files);
  await t.run('docker build -t kubia .');
  await t.run('docker run --name kubia-container -p 8080:8080 -d kubia');
  await t.run('docker run busybox echo hi');
  await t.run('docker tag kubia mucha0619/kubia');
  await t.run('docker login -u mucha0619 -p x');
  await t.run('docker push mucha0619/kubia');
  const saved = JSON.parse(JSON.stringify(saveEngine(t.engine)));
  const restored = new Terminal(files, restoreEngine(saved));
  assert.equal(restored.engine.clock.now(), t.engine.clock.now());
  assert.equal((await restored.run('docker images')).out, (await t.run('docker images')).out);
  assert.equal((await restored.run('docker ps -a')).out, (await t.run('docker ps -a')).out);
  const id = restored.engine.findContainer('kubia-container')!.id.slice(0, 12);
  assert.equal((await restored.run('curl localhost:8080')).out, `You've hit ${id}\n`);
  assert.ok(restored.engine.registry.resolve('mucha0619/kubia'));
  const rebuild = await restored.run('docker build -t kubia .');
  assert.equal((rebuild.out.match(/Using cache/g) ?? []).length, 2, 'the build cache survives');
  assert.throws(() => restoreEngine({ version: 2 }), /not a Kube Tutor engine state/);
});
