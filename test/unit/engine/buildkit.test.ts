/** `docker build` with BuildKit's output: --progress=plain|tty|quiet, buildx, DOCKER_BUILDKIT, build checks. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DockerEngine } from '../../../src/core/engine/engine';
import { createDockerShell } from '../../../src/core/shell/dockerShell';
import { MemoryFs } from '../../../src/core/shell/memfs';
import { Terminal } from './harness';

const APP = { Dockerfile: 'FROM busybox:1.37\nCOPY app.sh /app.sh\nRUN echo built > /built\nCMD sh /app.sh\n', 'app.sh': 'echo hello\n' };

test('--progress=plain prints BuildKit vertices; a rebuild is CACHED; check warnings come last', async () => {
  const t = new Terminal(new MemoryFs(APP));
  const first = await t.run('docker build --progress=plain -t kubia .');
  assert.equal(first.code, 0, first.err);
  assert.equal(first.err, '');
  const lines = first.out.split('\n');
  assert.equal(lines[0], '#0 building with "default" instance using docker driver');
  assert.equal(lines[1], '');
  assert.deepEqual(lines.slice(2, 7), ['#1 [internal] load build definition from Dockerfile', '#1 transferring dockerfile: 77B done', '#1 WARN: JSONArgsRecommended: JSON arguments recommended for CMD to prevent unintended behavior related to OS signals (line 4)', '#1 DONE 0.0s', '']);
  assert.deepEqual(lines.slice(7, 10), ['#2 [internal] load metadata for docker.io/library/busybox:1.37', '#2 DONE 0.5s', '']);
  assert.match(lines[14]!, /^#4 \[1\/3\] FROM docker\.io\/library\/busybox:1\.37@sha256:[0-9a-f]{64}$/);
  assert.match(lines[15]!, /^#4 resolve docker\.io\/library\/busybox:1\.37@sha256:[0-9a-f]{64} done$/);
  assert.match(lines[16]!, /^#4 sha256:[0-9a-f]{64} \d+\.\d\dMB \/ \d+\.\d\dMB \d+\.\ds done$/);
  assert.match(lines[17]!, /^#4 extracting sha256:[0-9a-f]{64} \d+\.\ds done$/);
  const image = t.engine.findImage('kubia')!;
  const tail = first.out.slice(first.out.indexOf('#5 '));
  assert.equal(
    tail,
    [
      '#5 [internal] load build context',
      '#5 transferring context: 11B done',
      '#5 DONE 0.0s',
      '',
      '#6 [2/3] COPY app.sh /app.sh',
      '#6 DONE 0.1s',
      '',
      '#7 [3/3] RUN echo built > /built',
      '#7 DONE 0.3s',
      '',
      '#8 exporting to image',
      '#8 exporting layers 0.1s done',
      `#8 writing image ${image.id} done`,
      '#8 naming to docker.io/library/kubia done',
      '#8 DONE 0.1s',
      '',
      ' 1 warning found (use docker --debug to expand):',
      ' - JSONArgsRecommended: JSON arguments recommended for CMD to prevent unintended behavior related to OS signals (line 4)',
      '',
    ].join('\n'),
  );
  const again = await t.run('docker build --progress=plain -t kubia:v2 .');
  assert.ok(again.out.includes('#4 [1/3] FROM docker.io/library/busybox:1.37@sha256:'));
  assert.ok(!again.out.includes('resolve docker.io'), 'the base image is local now');
  assert.ok(again.out.includes('\n#6 [2/3] COPY app.sh /app.sh\n#6 CACHED\n\n#7 [3/3] RUN echo built > /built\n#7 CACHED\n'));
  assert.ok(again.out.includes('#8 exporting layers done\n'));
  assert.ok(again.out.includes('#8 naming to docker.io/library/kubia:v2 done\n#8 DONE 0.0s\n'));
  assert.equal(t.engine.findImage('kubia:v2')!.id, image.id);
});

test('RUN output is prefixed with its time in the step; a failing RUN ends with BuildKit error blocks and exit 1', async () => {
  const t = new Terminal(new MemoryFs({ Dockerfile: 'FROM ubuntu:18.04\nRUN apt-get install -y curl\nCMD ["bash"]\n' }));
  const r = await t.run('docker buildx build --progress=plain .');
  assert.equal(r.code, 1);
  assert.match(r.out, /\n#5 \[2\/2\] RUN apt-get install -y curl\n(#5 \d+\.\d{3} .+\n)+#5 ERROR: process "\/bin\/sh -c apt-get install -y curl" did not complete successfully: exit code: 100\n$/);
  assert.match(r.out, /#5 \d+\.\d{3} E: Unable to locate package curl\n/);
  assert.ok(r.err.startsWith('------\n > [2/2] RUN apt-get install -y curl:\n'));
  assert.ok(
    r.err.endsWith(
      [
        '------',
        'Dockerfile:2',
        '--------------------',
        '   1 |     FROM ubuntu:18.04',
        '   2 | >>> RUN apt-get install -y curl',
        '   3 |     CMD ["bash"]',
        '   4 |     ',
        '--------------------',
        'ERROR: failed to solve: process "/bin/sh -c apt-get install -y curl" did not complete successfully: exit code: 100',
        '',
      ].join('\n'),
    ),
    r.err,
  );
});

test('--progress=tty prints the final frame of the [+] Building display, 80 columns', async () => {
  const t = new Terminal(new MemoryFs(APP));
  await t.run('docker build -q --progress=plain -t kubia .');
  const r = await t.run('docker buildx build --progress=tty -t kubia .');
  assert.equal(r.code, 0, r.err);
  const lines = r.out.split('\n');
  assert.equal(lines[0], `[+] Building 0.5s (8/8) FINISHED${' '.repeat(34)}docker:default`);
  assert.equal(lines[1], ` => [internal] load build definition from Dockerfile${' '.repeat(24)}0.0s`);
  assert.equal(lines[2], ` => => transferring dockerfile: 77B${' '.repeat(41)}0.0s`);
  assert.ok(lines.includes(` => CACHED [2/3] COPY app.sh /app.sh${' '.repeat(40)}0.0s`));
  assert.ok(lines.includes(` => => naming to docker.io/library/kubia${' '.repeat(36)}0.0s`));
  for (const line of lines.slice(0, lines.indexOf(''))) assert.equal(line.length, 80, line);
  assert.ok(r.out.endsWith(' 1 warning found (use docker --debug to expand):\n - JSONArgsRecommended: JSON arguments recommended for CMD to prevent unintended behavior related to OS signals (line 4)\n'));
});

test('-q / --progress=quiet print only the image id, without warnings', async () => {
  const t = new Terminal(new MemoryFs(APP));
  const r = await t.run('docker buildx build -q .');
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /^sha256:[0-9a-f]{64}\n$/);
  assert.equal((await t.run('docker buildx build --progress=quiet .')).out, r.out);
  const bad = await t.run('docker buildx build --progress=fancy .');
  assert.equal(bad.code, 1);
  assert.equal(bad.err, 'ERROR: invalid progress mode "fancy"\n');
});

test('which builder: DOCKER_BUILDKIT (prefix or export), --progress, buildx, the front end preference; auto is tty on a terminal', async () => {
  const engine = new DockerEngine();
  let preference: 'classic' | 'buildkit' = 'classic';
  const shell = createDockerShell(engine, { fs: new MemoryFs(APP), cwd: '/w', tty: true, buildOutput: () => preference });
  const run = async (line: string) => {
    let out = '';
    let err = '';
    const code = await shell.execute(line, { out: (s) => (out += s), err: (s) => (err += s) });
    return { code, out, err };
  };
  assert.match((await run('docker build .')).out, /^Sending build context to Docker daemon/);
  assert.match((await run('DOCKER_BUILDKIT=1 docker build .')).out, /^\[\+\] Building /, 'auto is tty on a terminal');
  assert.match((await run('docker build .')).out, /^Sending build context/, 'the prefix applied to one command only');
  assert.match((await run('docker build --progress=plain .')).out, /^#0 building with "default" instance using docker driver\n/);
  assert.match((await run('docker buildx build .')).out, /^\[\+\] Building /);
  preference = 'buildkit';
  assert.match((await run('docker build .')).out, /^\[\+\] Building /, 'the preference follows the setting at each command');
  assert.equal((await run('export DOCKER_BUILDKIT=0')).code, 0);
  assert.match((await run('env')).out, /^DOCKER_BUILDKIT=0$/m);
  const legacy = await run('docker build .');
  assert.match(legacy.out, /^Sending build context/);
  assert.equal(legacy.err, 'DEPRECATED: The legacy builder is deprecated and will be removed in a future release.\n            BuildKit is currently disabled; enable it by removing the DOCKER_BUILDKIT=0\n            environment-variable.\n\n');
  assert.match((await run('docker buildx build .')).out, /^\[\+\] Building /, 'buildx ignores DOCKER_BUILDKIT');
  assert.equal((await run('export')).out, 'declare -x DOCKER_BUILDKIT="0"\n');
  await run('unset DOCKER_BUILDKIT');
  assert.match((await run('docker build .')).out, /^\[\+\] Building /);
  const bad = await run('DOCKER_BUILDKIT=maybe docker build .');
  assert.equal(bad.code, 1);
  assert.equal(bad.err, 'DOCKER_BUILDKIT environment variable expects boolean value: strconv.ParseBool: parsing "maybe": invalid syntax\n');
  await run('GREETING=hi');
  assert.equal((await run('echo $GREETING')).out, 'hi\n', 'a shell variable expands in later lines');
  assert.doesNotMatch((await run('env')).out, /GREETING/, 'but is not exported');
  assert.equal((await run('export 1X=2')).err, "bash: export: `1X=2': not a valid identifier\n");
});

test('a base image the registry does not have fails at "load metadata", in BuildKit words', async () => {
  const t = new Terminal(new MemoryFs({ Dockerfile: 'FROM node:77\nCOPY app.sh /app.sh\n', 'app.sh': 'echo\n' }));
  const r = await t.run('docker buildx build --progress=plain .');
  assert.equal(r.code, 1);
  assert.ok(r.out.endsWith('\n#2 [internal] load metadata for docker.io/library/node:77\n#2 ERROR: docker.io/library/node:77: not found\n'), r.out);
  assert.equal(r.err, '------\n > [internal] load metadata for docker.io/library/node:77:\n------\nERROR: failed to solve: node:77: failed to resolve source metadata for docker.io/library/node:77: docker.io/library/node:77: not found\n');
  assert.equal(t.engine.findImage('node:77'), undefined);
});

test('with ten steps or more the step index is padded to the width of the total, as BuildKit prints it', async () => {
  const runs = Array.from({ length: 10 }, (_, i) => `RUN echo ${i}`).join('\n');
  const t = new Terminal(new MemoryFs({ Dockerfile: `FROM busybox:1.37\n${runs}\n` }));
  const r = await t.run('docker buildx build --progress=plain .');
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /\n#4 \[ 1\/11\] FROM docker\.io\/library\/busybox:1\.37@sha256:/);
  assert.match(r.out, /\n#5 \[ 2\/11\] RUN echo 0\n#5 \d\.\d{3} 0\n#5 DONE /);
  assert.match(r.out, /\n#14 \[11\/11\] RUN echo 9\n/);
});
