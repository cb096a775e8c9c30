/** Container lifecycle details beyond the seed transcripts. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MemoryFs } from '../../../src/core/shell/memfs';
import { columns, Terminal } from './harness';

test('--rm removes a container when it exits', async () => {
  const t = new Terminal(new MemoryFs());
  const r = await t.run('docker run --rm busybox echo bye');
  assert.equal(r.out, 'bye\n');
  assert.equal(t.engine.containers.size, 0);
});

test('docker run -it ubuntu bash opens a shell; exit stops the container with its status', async () => {
  const t = new Terminal(new MemoryFs());
  await t.run('docker run -it --name ub ubuntu:18.04 bash');
  assert.match(t.shell.prompt(), /^root@[0-9a-f]{12}:\/# $/);
  assert.equal((await t.run('cat /etc/os-release')).out.split('\n')[0], 'PRETTY_NAME="Ubuntu 18.04 LTS"');
  await t.run('cd /tmp && touch note.txt');
  assert.equal((await t.run('ls')).out, 'note.txt\n');
  await t.run('exit 3');
  assert.equal(t.shell.prompt(), '~$ ');
  assert.match(columns((await t.run('docker ps -a')).out)[1]![4]!, /^Exited \(3\) /);
  const started = await t.run('docker start -a ub');
  assert.equal(started.code, 0);
  assert.equal(t.engine.findContainer('ub')!.state, 'running', 'created with -it, its stdin stays open: bash waits (docker attach)');
});

test('without -i a shell container exits immediately (docker run ubuntu)', async () => {
  const t = new Terminal(new MemoryFs());
  const r = await t.run('docker run ubuntu:18.04');
  assert.equal(r.code, 0);
  assert.match(columns((await t.run('docker ps -a')).out)[1]![4]!, /^Exited \(0\) /);
});

test('restart keeps the id, counts restarts and re-publishes ports', async () => {
  const t = new Terminal(new MemoryFs());
  await t.run('docker run -d --name web -p 8088:80 nginx');
  assert.equal((await t.run('docker restart web')).out, 'web\n');
  assert.equal((await t.run("docker inspect -f '{{.RestartCount}} {{.State.Status}}' web")).out, '1 running\n');
  assert.ok((await t.run('curl localhost:8088')).out.includes('Welcome to nginx!'));
  await t.run('docker kill web');
  assert.equal((await t.run('curl localhost:8088')).code, 7);
  assert.match((await t.run('docker kill web')).err, /is not running/);
});

test('EXPOSE out of range stops the build', async () => {
  const t = new Terminal(new MemoryFs({ Dockerfile: 'FROM busybox\nEXPOSE 80800\n' }));
  const r = await t.run('docker build .');
  // The build reuses the Dockerfile validator: the learner sees the same message as in the editor.
  assert.match(r.err, /^Error response from daemon: dockerfile parse error line 2: EXPOSE 80800: port 80800 is out of range/);
});

test('docker history lists the build steps newest first', async () => {
  const t = new Terminal(new MemoryFs({ Dockerfile: 'FROM busybox\nRUN echo hi > /hi.txt\nCMD ["cat", "/hi.txt"]\n' }));
  await t.run('docker build -t hi .');
  const rows = columns((await t.run('docker history hi')).out);
  assert.deepEqual(rows[0], ['IMAGE', 'CREATED', 'CREATED BY', 'SIZE', 'COMMENT']);
  assert.match(rows[1]![2]!, /^\/bin\/sh -c #\(nop\) CMD \["cat", "\/hi\.txt"\]$/);
  assert.equal(rows[1]![3], '0B');
  assert.equal(rows[2]![0], '<missing>');
  assert.equal(rows[2]![3], '3B');
  assert.equal((await t.run('docker run --rm hi')).out, 'hi\n');
});

test('compose files are validated with compose wording', async () => {
  const bad = new Terminal(new MemoryFs({ 'compose.yaml': 'services:\n  web:\n    imagee: nginx\n' }));
  assert.equal((await bad.run('docker compose up')).err, "validating /home/learner/kubia/compose.yaml: services.web additional properties 'imagee' not allowed\n");
  const neither = new Terminal(new MemoryFs({ 'compose.yaml': 'services:\n  web:\n    ports: ["80:80"]\n' }));
  assert.equal((await neither.run('docker compose up')).err, 'service "web" has neither an image nor a build context specified: invalid compose project\n');
  const cycle = new Terminal(new MemoryFs({ 'compose.yaml': 'services:\n  a:\n    image: nginx\n    depends_on: [b]\n  b:\n    image: redis\n    depends_on: [a]\n' }));
  assert.match((await cycle.run('docker compose up -d')).err, /^dependency cycle detected: a -> b -> a\n$/);
  const none = new Terminal(new MemoryFs());
  assert.equal((await none.run('docker compose up')).err, 'no configuration file provided: not found\n');
});

test('compose keys the simulator does not model are named', async () => {
  const t = new Terminal(new MemoryFs({ 'compose.yaml': 'services:\n  db:\n    image: redis\n    restart: always\n    volumes: [data:/data]\nvolumes:\n  data: {}\n' }));
  const r = await t.run('docker compose up -d');
  assert.equal(r.code, 0);
  assert.ok(r.err.includes('restart, volumes'));
});

test('compose up without -d attaches: prints the logs prefixed by container name', async () => {
  const t = new Terminal(new MemoryFs({ 'docker-compose.yml': 'services:\n  cache:\n    image: redis:alpine\n' }));
  const r = await t.run('docker compose up');
  assert.ok(r.out.includes('Attaching to kubia-cache-1\n'));
  assert.match(r.out, /kubia-cache-1 {2}\| 1:C .* Redis is starting/);
  assert.equal((await t.run('docker compose down')).code, 0);
});

test('nginx serves the index.html a Dockerfile copies in', async () => {
  const t = new Terminal(new MemoryFs({ Dockerfile: 'FROM nginx:alpine\nCOPY index.html /usr/share/nginx/html/\n', 'index.html': '<h1>My page</h1>\n' }));
  await t.run('docker build -t site .');
  await t.run('docker run -d -p 8000:80 site');
  assert.equal((await t.run('curl localhost:8000')).out, '<h1>My page</h1>\n');
});

test('container, image and system prune', async () => {
  const t = new Terminal(new MemoryFs());
  await t.run('docker run --name once busybox true');
  await t.run('docker run -d --name web nginx:alpine');
  const ask = await t.run('docker container prune');
  assert.equal(ask.out, 'WARNING! This will remove all stopped containers.\nAre you sure you want to continue? [y/N] ');
  await t.run('n');
  assert.ok(t.engine.findContainer('once'), '"n" keeps everything');
  const forced = await t.run('docker container prune -f');
  assert.match(forced.out, /^Deleted Containers:\n[0-9a-f]{64}\n\nTotal reclaimed space: 0B\n$/);
  assert.ok(t.engine.findContainer('web'), 'running containers stay');
  const images = await t.run('docker image prune -a -f');
  assert.match(images.out, /^Deleted Images:\nuntagged: busybox:latest\n/);
  assert.match(images.out, /Total reclaimed space: 4\.269MB\n$/);
  assert.ok(t.engine.findImage('nginx:alpine'), 'an image used by a container stays');
  await t.run('docker rm -f web');
  await t.run('docker system prune -a');
  await t.run('y');
  assert.equal(t.engine.store.images.size, 0);
  assert.equal((await t.run('docker image biuld')).code, 1);
  assert.equal((await t.run('docker image-prune')).code, 1, 'internal handler names are not commands');
});
