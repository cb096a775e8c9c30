import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MemoryFs } from '../../../src/core/shell/memfs';
import { Terminal, workspace } from './harness';

test('docker build -t kubia . prints the classic builder steps and tags the image', async () => {
  const t = new Terminal(workspace('kubia'));
  const r = await t.run('docker build -t kubia .');
  assert.equal(r.code, 0, r.err);
  const lines = r.out.split('\n');
  assert.match(lines[0]!, /^Sending build context to Docker daemon {2}\d+(\.\d+)?kB$/);
  assert.equal(lines[1], 'Step 1/3 : FROM node:7');
  assert.equal(lines[2], '7: Pulling from library/node');
  assert.ok(lines.includes('Status: Downloaded newer image for node:7'));
  const step2 = lines.indexOf('Step 2/3 : ADD app.js /app.js');
  assert.ok(step2 > 0);
  assert.match(lines[step2 + 1]!, /^ ---> [0-9a-f]{12}$/);
  assert.equal(lines[step2 + 2], 'Step 3/3 : ENTRYPOINT ["node", "app.js"]');
  assert.match(lines[step2 + 3]!, /^ ---> Running in [0-9a-f]{12}$/);
  assert.match(lines[step2 + 4]!, /^Removing intermediate container [0-9a-f]{12}$/);
  assert.match(r.out, /Successfully built ([0-9a-f]{12})\nSuccessfully tagged kubia:latest\n$/);
  const image = t.engine.findImage('kubia')!;
  assert.deepEqual(image.config.entrypoint, ['node', 'app.js']);
  assert.equal(image.config.cmd, undefined, 'ENTRYPOINT resets the CMD inherited from node:7');
  assert.equal(t.engine.imageFs(image).get('/app.js')?.content?.includes('reponse.end'), true);
});

test('a rebuild uses the cache; a changed file invalidates the cache from its step on', async () => {
  const files = workspace('kubia');
  const t = new Terminal(files);
  const first = await t.run('docker build -t kubia .');
  const firstId = /Successfully built (\w+)/.exec(first.out)![1];
  const again = await t.run('docker build -t kubia .');
  assert.equal((again.out.match(/ ---> Using cache/g) ?? []).length, 2);
  assert.ok(!again.out.includes('Pulling from'));
  assert.equal(/Successfully built (\w+)/.exec(again.out)![1], firstId);
  files.write('app.js', files.readFile('app.js')!.replace('reponse.end', 'response.end'));
  const changed = await t.run('docker build -t kubia .');
  assert.equal((changed.out.match(/ ---> Using cache/g) ?? []).length, 0);
  assert.notEqual(/Successfully built (\w+)/.exec(changed.out)![1], firstId);
});

test('the redis 3-Dockerfile builds with -f into a 93.7MB image', async () => {
  const t = new Terminal(workspace('kubia'));
  const r = await t.run('docker build -t redis:v1.0 -f redis/3-Dockerfile .');
  assert.equal(r.code, 0, r.err);
  assert.ok(r.out.includes('Step 2/4 : RUN apt-get update &&     apt-get install -y redis-server &&     apt-get clean'));
  assert.ok(r.out.includes('Setting up redis-server (5:4.0.9-1ubuntu0.2) ...'));
  const ls = await t.run('docker image ls');
  assert.match(ls.out, /^REPOSITORY {3}TAG {7}IMAGE ID {7}CREATED\s+SIZE\nredis {8}v1\.0 {6}[0-9a-f]{12} {3}.+ ago\s+93\.7MB\n/);
});

test('apt-get install without apt-get update fails like on a fresh ubuntu image', async () => {
  const t = new Terminal(new MemoryFs({ Dockerfile: 'FROM ubuntu:18.04\nRUN apt-get install -y curl\n' }));
  const r = await t.run('docker build .');
  assert.equal(r.code, 100);
  assert.ok(r.out.includes('E: Unable to locate package curl'));
  assert.equal(r.err, "The command '/bin/sh -c apt-get install -y curl' returned a non-zero code: 100\n");
});

test('apt-get install of a package with dependencies aborts without -y', async () => {
  const t = new Terminal(new MemoryFs({ Dockerfile: 'FROM ubuntu:18.04\nRUN apt-get update && apt-get install redis-server\n' }));
  const r = await t.run('docker build .');
  assert.equal(r.code, 1);
  assert.ok(r.out.includes('Do you want to continue? [Y/n] Abort.'));
});

test('a program missing from the image fails the RUN step with 127', async () => {
  const t = new Terminal(new MemoryFs({ Dockerfile: 'FROM alpine:3.20\nRUN apt-get update\n' }));
  const r = await t.run('docker build .');
  assert.equal(r.code, 127);
  assert.ok(r.out.includes('/bin/sh: apt-get: not found'));
});

test('.dockerignore excludes files from the context and COPY of them fails', async () => {
  const t = new Terminal(new MemoryFs({ Dockerfile: 'FROM busybox\nCOPY secret.txt /\n', '.dockerignore': 'secret.txt\n', 'secret.txt': 'x' }));
  const r = await t.run('docker build .');
  assert.equal(r.code, 1);
  assert.equal(r.err, 'COPY failed: file not found in build context or excluded by .dockerignore: stat secret.txt: file does not exist\n');
});

test('multi-stage builds, ARG/--build-arg and --target', async () => {
  const dockerfile = [
    'ARG GO_VERSION=1.23',
    'FROM golang:${GO_VERSION} AS build',
    'WORKDIR /src',
    'COPY main.go .',
    'RUN go build -o /out/app main.go',
    'FROM alpine:3.20 AS runtime',
    'ARG GREETING=hello',
    'ENV GREETING=${GREETING}',
    'COPY --from=build /out/app /usr/local/bin/app',
    'CMD ["app"]',
  ].join('\n');
  const t = new Terminal(new MemoryFs({ Dockerfile: dockerfile, 'main.go': 'package main\nfunc main() {}\n' }));
  const r = await t.run('docker build --build-arg GREETING=hi -t app .');
  assert.equal(r.code, 0, r.err);
  assert.ok(r.out.includes('Step 1/10 : ARG GO_VERSION=1.23'));
  assert.ok(r.out.includes('Step 2/10 : FROM golang:${GO_VERSION} AS build'));
  assert.ok(r.out.includes('1.23: Pulling from library/golang'));
  const image = t.engine.findImage('app')!;
  assert.ok(image.config.env?.includes('GREETING=hi'));
  assert.equal(t.engine.imageFs(image).get('/usr/local/bin/app')?.size, 7_400_000);
  assert.equal(t.engine.imageFs(image).get('/src'), undefined, 'the build stage files stay out of the final image');
  const target = await t.run('docker build --target build -t app:build .');
  assert.equal(target.code, 0);
  assert.ok(!target.out.includes('FROM alpine'));
  assert.ok(t.engine.imageFs(t.engine.findImage('app:build')!).get('/src/main.go'));
  const unknown = await t.run('docker build --target nope .');
  assert.equal(unknown.err, 'Error response from daemon: failed to reach build target nope in Dockerfile\n');
  const unused = await t.run('docker build --build-arg NOPE=1 .');
  assert.ok(unused.out.includes('[Warning] One or more build-args [NOPE] were not consumed'));
});

test('the seed Dockerfile with trailing "# comments" fails like real Docker (no inline comments)', async () => {
  const t = new Terminal(new MemoryFs({ Dockerfile: 'FROM node:7 # start here\nADD app.js /app.js\n', 'app.js': '' }));
  const r = await t.run('docker build -t kubia .');
  assert.equal(r.code, 1);
  assert.match(r.err, /^Error response from daemon: dockerfile parse error line 1: FROM requires either one or three arguments/);
});

test('unknown instructions, missing Dockerfile and bad tags are reported in docker wording', async () => {
  const t = new Terminal(new MemoryFs({ Dockerfile: 'FORM node:7\n', 'sub/x': '' }));
  assert.equal((await t.run('docker build .')).err, 'Error response from daemon: dockerfile parse error line 1: unknown instruction: FORM\n');
  assert.match((await t.run('docker build sub')).err, /^unable to prepare context: unable to evaluate symlinks in Dockerfile path: lstat \/home\/learner\/kubia\/sub\/Dockerfile: no such file or directory\n$/);
  assert.equal((await t.run('docker build nowhere')).err, 'unable to prepare context: path "nowhere" not found\n');
  const bad = await t.run('docker build -t Kubia .');
  assert.equal(bad.code, 125);
  assert.match(bad.err, /^invalid argument "Kubia" for "-t, --tag" flag: invalid reference format: repository name \(library\/Kubia\) must be lowercase/);
});
