/** The simulated Docker Hub: catalogue pulls, unknown tags, pull-after-push. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MemoryFs } from '../../../src/core/shell/memfs';
import { Terminal, workspace } from './harness';

test("docker run -p 8080:8080 luksa/kubia: the book's image answers You've hit <id>", async () => {
  const t = new Terminal(new MemoryFs());
  const id = (await t.run('docker run -d -p 8080:8080 luksa/kubia')).out.slice(0, 12);
  assert.equal((await t.run('curl localhost:8080')).out, `You've hit ${id}\n`);
  const pull = await t.run('docker pull node:7');
  const layerLines = pull.out.split('\n').filter((l) => /^[0-9a-f]{12}: /.test(l));
  assert.equal(layerLines.length, 6);
  assert.ok(layerLines.every((l) => l.endsWith(': Already exists')), 'luksa/kubia shares the node:7 layers');
  assert.ok(pull.out.includes('Status: Downloaded newer image for node:7'));
});

test('unknown tags and repositories use registry wording', async () => {
  const t = new Terminal(new MemoryFs());
  assert.equal((await t.run('docker pull node:99')).err, 'Error response from daemon: manifest for node:99 not found: manifest unknown: manifest unknown\n');
  assert.equal((await t.run('docker pull nobody-xyz/app')).err, "Error response from daemon: pull access denied for nobody-xyz/app, repository does not exist or may require 'docker login': denied: requested access to the resource is denied\n");
  assert.match((await t.run('docker pull Node')).err, /invalid reference format: repository name \(library\/Node\) must be lowercase/);
});

test('an image pushed, removed locally, then pulled back comes from the registry', async () => {
  const t = new Terminal(workspace('kubia'));
  await t.run('docker build -t mucha0619/kubia .');
  await t.run('docker login -u mucha0619 --password-stdin');
  await t.run('docker push mucha0619/kubia');
  const id = t.engine.findImage('mucha0619/kubia')!.id;
  await t.run('docker rmi mucha0619/kubia');
  assert.equal(t.engine.findImage('mucha0619/kubia'), undefined);
  const pull = await t.run('docker pull mucha0619/kubia');
  assert.equal(pull.code, 0, pull.err);
  assert.ok(pull.out.includes('latest: Pulling from mucha0619/kubia'));
  assert.ok(pull.out.includes(': Already exists'), 'node:7 layers are still local');
  assert.equal(t.engine.findImage('mucha0619/kubia')!.id, id);
});
