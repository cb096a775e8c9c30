/** Replays seed 004 (Docker basics: redis 3-Dockerfile, pull/commit/rmi, compose) command by command. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { columns, Terminal, workspace } from './harness';

test('redis: build -f, image ls, run -d -p, container ls, exec bash, logs', async () => {
  const t = new Terminal(workspace('kubia'));
  assert.equal((await t.run('docker build -t redis:v1.0 -f redis/3-Dockerfile .')).code, 0);
  t.engine.clock.advance(14 * 60_000);
  const ls = columns((await t.run('docker image ls')).out);
  assert.deepEqual(ls[0], ['REPOSITORY', 'TAG', 'IMAGE ID', 'CREATED', 'SIZE']);
  assert.deepEqual([ls[1]![0], ls[1]![1], ls[1]![3], ls[1]![4]], ['redis', 'v1.0', '14 minutes ago', '93.7MB']);
  assert.deepEqual([ls[2]![0], ls[2]![1], ls[2]![4]], ['ubuntu', '18.04', '63.1MB']);

  const run = await t.run('docker run -d -p 6379:6379 --name redis redis:v1.0');
  assert.equal(run.code, 0, run.err);
  const cls = columns((await t.run('docker container ls')).out);
  assert.deepEqual(cls[1]!.slice(1), ['redis:v1.0', '"redis-server --prot…"', 'Less than a second ago', 'Up Less than a second', '0.0.0.0:6379->6379/tcp, :::6379->6379/tcp', 'redis']);

  assert.equal((await t.run(`docker exec -it ${run.out.slice(0, 12)} bash`)).code, 0);
  assert.equal((await t.run('hostname -I')).out, '172.17.0.2 \n');
  assert.equal((await t.run('redis-cli ping')).out, 'PONG\n');
  assert.equal((await t.run('ps')).out, 'bash: ps: command not found\n', 'ubuntu:18.04 has no procps');
  await t.run('exit');

  const logs = (await t.run('docker logs redis')).out;
  assert.match(logs, /^1:C \d\d \w{3} \d\d:\d\d:\d\d\.\d{3} # oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo\n/);
  assert.ok(logs.includes('Redis version=4.0.9'));
  assert.ok(logs.endsWith('* Ready to accept connections\n'), '"--protected-mode no" as one argument is accepted by redis-server');

  const busy = await t.run('docker run -d -p 6379:6379 --name redis2 redis:v1.0');
  assert.equal(busy.code, 125);
  assert.match(busy.err, /^docker: Error response from daemon: driver failed programming external connectivity on endpoint redis2 \([0-9a-f]{64}\): Bind for 0\.0\.0\.0:6379 failed: port is already allocated\nSee 'docker run --help'\.\n$/);

  const stop = await t.run('docker stop redis');
  assert.equal(stop.out, 'redis\n');
  assert.match(columns((await t.run('docker ps -a')).out).find((r) => r[6] === 'redis')![4]!, /^Exited \(0\) /, 'redis exits cleanly on SIGTERM');
});

test('a bad redis directive stops the server with redis wording', async () => {
  const t = new Terminal(workspace('kubia'));
  await t.run('docker build -t redis:v1.0 -f redis/3-Dockerfile .');
  await t.run('docker run -d --name rd redis:v1.0 redis-server --protected-mode');
  const logs = await t.run('docker logs rd');
  assert.ok(logs.err.includes('*** FATAL CONFIG FILE ERROR ***'));
  assert.ok(logs.err.includes('Bad directive or wrong number of arguments'));
  assert.match(columns((await t.run('docker ps -a')).out)[1]![4]!, /^Exited \(1\)/);
});

test('pull debian, commit a container, ps -a, stop, rm, image ls, rmi', async () => {
  const t = new Terminal(workspace('kubia'));
  const pull = await t.run('docker pull debian');
  assert.equal(pull.code, 0);
  assert.match(pull.out, /^Using default tag: latest\nlatest: Pulling from library\/debian\n/);
  assert.match(pull.out, /Status: Downloaded newer image for debian:latest\ndocker\.io\/library\/debian:latest\n$/);
  const again = await t.run('docker pull debian');
  assert.ok(again.out.includes('Status: Image is up to date for debian:latest'));

  const id = (await t.run('docker run -d -it --name deb debian')).out.slice(0, 12);
  await t.run(`docker exec ${id} touch /hello.txt`);
  const commit = await t.run(`docker commit ${id} my-debian`);
  assert.match(commit.out, /^sha256:[0-9a-f]{64}\n$/);
  const images = columns((await t.run('docker image ls')).out);
  assert.ok(images.some((r) => r[0] === 'my-debian' && r[1] === 'latest' && r[2] === commit.out.slice(7, 19)));
  assert.ok(t.engine.imageFs(t.engine.findImage('my-debian')!).get('/hello.txt'), 'the container change is in the new image');

  const rmiUsed = await t.run('docker rmi debian');
  assert.equal(rmiUsed.code, 1);
  assert.match(rmiUsed.err, /^Error response from daemon: conflict: unable to remove repository reference "debian" \(must force\) - container [0-9a-f]{12} is using its referenced image [0-9a-f]{12}\n$/);
  const debianId = t.engine.findImage('debian')!.id.slice(7, 19);
  const byId = await t.run(`docker rmi ${debianId}`);
  assert.equal(byId.err, `Error response from daemon: conflict: unable to delete ${debianId} (cannot be forced) - image is being used by running container ${id}\n`);

  assert.ok(columns((await t.run('docker ps -a')).out).some((r) => r[6] === 'deb'));
  await t.run(`docker stop ${id}`);
  const stopped = await t.run(`docker rmi ${debianId}`);
  assert.match(stopped.err, /\(must be forced\) - image is being used by stopped container/);
  assert.equal((await t.run(`docker rm ${id}`)).out, `${id}\n`);
  const rmi = await t.run('docker rmi my-debian');
  assert.match(rmi.out, /^Untagged: my-debian:latest\nDeleted: sha256:[0-9a-f]{64}\n$/);
  const rmiDebian = await t.run('docker rmi debian');
  assert.match(rmiDebian.out, /^Untagged: debian:latest\nUntagged: debian@sha256:[0-9a-f]{64}\nDeleted: sha256:[0-9a-f]{64}\n$/);
  assert.equal((await t.run('docker image ls')).out, 'REPOSITORY   TAG       IMAGE ID   CREATED   SIZE\n');
  assert.equal((await t.run('docker rmi debian')).err, 'Error response from daemon: No such image: debian:latest\n');
});

test('docker compose up -d / ps / down for a compose file in the workspace', async () => {
  const t = new Terminal(workspace('compose'));
  const up = await t.run('docker compose up -d');
  assert.equal(up.code, 0, up.err);
  assert.ok(up.out.includes('[+] Running'));
  const order = ['Network kubia_default', 'Container kubia-redis-1', 'Container kubia-web-1'].map((s) => up.out.indexOf(s));
  assert.ok(order.every((i) => i >= 0) && order[0]! < order[1]! && order[1]! < order[2]!, 'depends_on starts redis before web');
  assert.match(up.out, / ✔ Container kubia-web-1\s+Started\n/);
  const webId = t.engine.findContainer('kubia-web-1')!.id.slice(0, 12);
  assert.equal((await t.run('curl localhost:8080')).out, `Hello from ${webId}\n`);
  const ps = columns((await t.run('docker compose ps')).out);
  assert.deepEqual(ps[0], ['NAME', 'IMAGE', 'COMMAND', 'SERVICE', 'CREATED', 'STATUS', 'PORTS']);
  assert.deepEqual(ps.slice(1).map((r) => [r[0], r[3]]), [['kubia-redis-1', 'redis'], ['kubia-web-1', 'web']]);
  assert.ok(t.engine.findContainer('kubia-web-1')!.env.includes('REDIS_HOST=redis'));
  const images = (await t.run('docker image ls')).out;
  assert.match(images, /^kubia-web\s+latest\s+/m);
  const down = await t.run('docker compose -f ./docker-compose.yml down');
  assert.equal(down.code, 0);
  assert.ok(down.out.indexOf('Container kubia-web-1') < down.out.indexOf('Container kubia-redis-1'), 'stopped in reverse order');
  assert.match(down.out, / ✔ Network kubia_default\s+Removed\n$/);
  assert.equal(t.engine.containers.size, 0);
  assert.equal(up.err, '', 'everything in this file is simulated');
  const missing = await t.run('docker compose -f nope.yml up');
  assert.equal(missing.err, 'open /home/learner/kubia/nope.yml: no such file or directory\n');
});
