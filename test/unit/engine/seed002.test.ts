/**
 * Seed 002 (container basics) types `sudo docker …`, once without the build context
 * (`sudo docker build -t simpleapp`); seed 000's kubia build is also what current Docker
 * prints with BuildKit. Replayed command by command.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { argvMatches } from '../../../src/core/tutor/checks';
import { Terminal, workspace } from './harness';

test('seed 002: sudo docker build without a path gets docker wording; with "." it builds; images; run; push needs a name', async () => {
  const t = new Terminal(workspace('kubia'));
  const noPath = await t.run('sudo docker build -t simpleapp');
  assert.equal(noPath.code, 1);
  assert.equal(noPath.err, "\"docker build\" requires exactly 1 argument.\nSee 'docker build --help'.\n\nUsage:  docker build [OPTIONS] PATH | URL | -\n\nBuild an image from a Dockerfile\n");
  const built = await t.run('sudo docker build -t simpleapp .');
  assert.equal(built.code, 0, built.err);
  assert.match(built.out, /Successfully tagged simpleapp:latest\n$/);
  assert.match((await t.run('sudo docker images')).out, /^REPOSITORY {3}TAG {7}IMAGE ID {7}CREATED +SIZE\nsimpleapp {4}latest {4}[0-9a-f]{12} /);
  const run = await t.run('sudo docker run simpleapp');
  assert.equal(run.code, 0, run.err);
  assert.match(run.out, /^Kubia server starting\.\.\.\n/);
  const push = await t.run('sudo docker push');
  assert.equal(push.code, 1);
  assert.match(push.err, /^"docker push" requires exactly 1 argument\.\nSee 'docker push --help'\./);
});

test("seed 000's kubia build with BuildKit (DOCKER_BUILDKIT=1): ADD is step [2/2], ENTRYPOINT has no vertex, the image is named", async () => {
  const t = new Terminal(workspace('kubia'));
  const r = await t.run('DOCKER_BUILDKIT=1 docker build -t kubia .');
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /^#0 building with "default" instance using docker driver\n\n#1 \[internal\] load build definition from Dockerfile\n#1 transferring dockerfile: \d+B done\n#1 DONE 0\.0s\n\n#2 \[internal\] load metadata for docker\.io\/library\/node:7\n#2 DONE 0\.5s\n/);
  assert.match(r.out, /\n#4 \[1\/2\] FROM docker\.io\/library\/node:7@sha256:[0-9a-f]{64}\n/);
  assert.match(r.out, /\n#6 \[2\/2\] ADD app\.js \/app\.js\n#6 DONE 0\.1s\n\n#7 exporting to image\n#7 exporting layers 0\.1s done\n#7 writing image sha256:[0-9a-f]{64} done\n#7 naming to docker\.io\/library\/kubia done\n#7 DONE 0\.1s\n$/);
  assert.ok(!r.out.includes('ENTRYPOINT'), 'config-only instructions have no vertex');
  assert.equal(t.engine.findImage('kubia')!.config.entrypoint?.join(' '), 'node app.js');
});

test('the tutor reads `DOCKER_BUILDKIT=1 docker build` and `sudo docker build` as docker build', () => {
  assert.ok(argvMatches(['DOCKER_BUILDKIT=1', 'docker', 'build', '-t', 'kubia', '.'], ['docker', 'build', '-t', 'kubia']));
  assert.ok(argvMatches(['sudo', 'DOCKER_BUILDKIT=0', 'docker', 'build', '-t', 'kubia', '.'], ['docker', 'build', '-t', 'kubia']));
  assert.ok(!argvMatches(['DOCKER_BUILDKIT=1'], ['docker', 'build']));
});
