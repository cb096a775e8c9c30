/** docker CLI argument handling and the shell: docker's wording for bad input. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MemoryFs } from '../../../src/core/shell/memfs';
import { Terminal } from './harness';

test('unknown flags and shorthand flags use pflag wording and exit 125', async () => {
  const t = new Terminal(new MemoryFs());
  const r = await t.run('docker run --nmae kubia-container kubia');
  assert.equal(r.code, 125);
  assert.equal(r.err, "unknown flag: --nmae\nSee 'docker run --help'.\n(Kube Tutor) Did you mean the flag \"--name\"?\n");
  assert.equal((await t.run('docker ps -x')).err, "unknown shorthand flag: 'x' in -x\nSee 'docker ps --help'.\n");
  assert.equal((await t.run('docker run --name')).err, "flag needs an argument: --name\nSee 'docker run --help'.\n");
  assert.equal((await t.run('docker image ls --bogus')).err, "unknown flag: --bogus\nSee 'docker image ls --help'.\n");
});

test('argument counts follow cli/required.go', async () => {
  const t = new Terminal(new MemoryFs());
  const r = await t.run('docker run');
  assert.equal(r.code, 1);
  assert.equal(r.err, `"docker run" requires at least 1 argument.\nSee 'docker run --help'.\n\nUsage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nCreate and run a new container from an image\n`);
  assert.match((await t.run('docker tag kubia')).err, /^"docker tag" requires exactly 2 arguments\./);
  assert.match((await t.run('docker ps extra')).err, /^"docker ps" accepts no arguments\./);
});

test('mistyped subcommands get docker wording and a suggestion', async () => {
  const t = new Terminal(new MemoryFs());
  const r = await t.run('docker biuld .');
  assert.equal(r.code, 1);
  assert.ok(r.err.startsWith("docker: 'biuld' is not a docker command.\nSee 'docker --help'\n"));
  assert.ok(r.err.includes('"build"'));
  const img = await t.run('docker image lss');
  assert.ok(img.err.includes('"ls"'));
});

test('flags after the image belong to the container command (interspersed off)', async () => {
  const t = new Terminal(new MemoryFs());
  const r = await t.run('docker run busybox ls -la /etc/passwd');
  assert.equal(r.code, 0, r.err);
  const unknownImage = await t.run('docker run nosuchimage-xyz');
  assert.equal(unknownImage.code, 125);
  assert.match(unknownImage.err, /docker: Error response from daemon: pull access denied for nosuchimage-xyz, repository does not exist or may require 'docker login': denied: requested access to the resource is denied\nSee 'docker run --help'\.\n$/);
  const missingExe = await t.run('docker run busybox bash');
  assert.equal(missingExe.code, 127);
  assert.match(missingExe.err, /exec: "bash": executable file not found in \$PATH: unknown\.\nSee 'docker run --help'\.\n$/);
});

test('busybox has no bash: docker exec gives the OCI runtime error', async () => {
  const t = new Terminal(new MemoryFs());
  await t.run('docker run -d --name bb busybox sleep 3600');
  const r = await t.run('docker exec -it bb bash');
  assert.equal(r.code, 126);
  assert.equal(r.err, 'OCI runtime exec failed: exec failed: unable to start container process: exec: "bash": executable file not found in $PATH: unknown\n');
  assert.equal((await t.run('docker exec -it bb sh')).code, 0);
  assert.equal(t.shell.prompt(), '/ # ');
  assert.equal((await t.run('ps')).out.split('\n')[1], '    1 root      0:00 sleep 3600');
  await t.run('exit');
  const conflict = await t.run('docker run -d --name bb busybox');
  assert.match(conflict.err, /^docker: Error response from daemon: Conflict\. The container name "\/bb" is already in use by container "[0-9a-f]{64}"\. You have to remove \(or rename\) that container to be able to reuse that name\.\n/);
});

test('the shell reports unknown commands, supports && and help, and sleep moves virtual time', async () => {
  const t = new Terminal(new MemoryFs({ 'a.txt': 'hi\n' }));
  const r = await t.run('kubctl get pods');
  assert.equal(r.code, 127);
  assert.ok(r.err.startsWith('bash: kubctl: command not found\n'));
  assert.ok((await t.run('help')).out.includes('docker'));
  const before = t.engine.clock.now();
  await t.run('sleep 90');
  assert.equal(t.engine.clock.now() - before, 90_000);
  assert.equal((await t.run('cat a.txt && echo done')).out, 'hi\ndone\n');
  const sudo = await t.run('sudo docker build -t simpleapp');
  assert.match(sudo.err, /^"docker build" requires exactly 1 argument\./, "seed 002's sudo docker build without a path");
  assert.equal((await t.run('cat nope.txt && echo done')).out, '');
  assert.equal((await t.run('echo "unterminated')).code, 2);
  const substitution = await t.run('docker rmi $(docker images -q)');
  assert.equal(substitution.code, 2);
  assert.ok(substitution.err.includes('$(...)'));
});

test('docker login without -u needs a terminal; with one it prompts and keeps no password', async () => {
  const t = new Terminal(new MemoryFs());
  await t.run('docker login');
  assert.equal(t.shell.prompt(), 'Username: ');
  await t.run('mucha0619');
  assert.equal(t.shell.prompt(), 'Password: ');
  assert.equal(t.shell.session?.secret, true);
  const done = await t.run('hunter2');
  assert.equal(done.out, 'Login Succeeded\n');
  assert.equal(t.engine.logins.get('docker.io'), 'mucha0619');
  assert.equal(t.shell.prompt(), '~$ ');
});

test('--format and --filter on ps and images', async () => {
  const t = new Terminal(new MemoryFs());
  await t.run('docker run -d --name web -p 80 nginx');
  await t.run('docker run --name once busybox true');
  const names = await t.run("docker ps -a --format '{{.Names}}: {{.Status}}'");
  assert.equal(names.out, 'once: Exited (0) Less than a second ago\nweb: Up Less than a second\n');
  const table = await t.run('docker ps --format "table {{.Names}}\\t{{.Ports}}"');
  assert.equal(table.out, 'NAMES     PORTS\nweb       0.0.0.0:32768->80/tcp, :::32768->80/tcp\n', '-p 80 without a host port gets an ephemeral one');
  assert.equal((await t.run('docker ps -a --filter status=exited --format {{.Names}}')).out, 'once\n');
  assert.equal((await t.run('docker ps --filter bogus=1')).err, "Error response from daemon: invalid filter 'bogus'\n");
  assert.equal((await t.run('docker images --format {{.Repository}}:{{.Tag}}')).out, 'nginx:latest\nbusybox:latest\n');
  assert.equal((await t.run('curl -s localhost:32768')).out.includes('Welcome to nginx!'), true);
});

test('flags the simulator does not model are named, not silently dropped', async () => {
  const t = new Terminal(new MemoryFs());
  const r = await t.run('docker run -d -v data:/data --restart always --name r1 redis');
  assert.equal(r.code, 0);
  assert.ok(r.err.includes('--volume, --restart'));
});

test('-p is validated by the client before any pull', async () => {
  const t = new Terminal(new MemoryFs());
  const r = await t.run('docker run -p abc:80 nginx');
  assert.equal(r.code, 125);
  assert.equal(r.err, "docker: invalid hostPort: abc.\nSee 'docker run --help'.\n");
  assert.equal(t.engine.findImage('nginx'), undefined, 'nothing was pulled');
});
