/**
 * Replays seed 000 (Kubernetes in Action ch.2, Docker part) command by command and
 * checks the output against the real docker CLI formats (ids differ; columns and wording must not).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { columns, Terminal, workspace } from './harness';

test('docker run busybox echo "Hello world" pulls busybox, prints and exits 0', async () => {
  const t = new Terminal(workspace('kubia'));
  const r = await t.run('docker run busybox echo "Hello world"');
  assert.equal(r.code, 0);
  assert.equal(r.out, 'Hello world\n');
  assert.match(r.err, /^Unable to find image 'busybox:latest' locally\nlatest: Pulling from library\/busybox\n[0-9a-f]{12}: Pulling fs layer\n/);
  assert.match(r.err, /Digest: sha256:[0-9a-f]{64}\nStatus: Downloaded newer image for busybox:latest\n$/);
  // The seed's typographic quotes are not shell quotes: docker echoes them.
  const curly = await t.run('docker run busybox echo “Hello world”');
  assert.equal(curly.out, '“Hello world”\n');
  assert.equal(curly.err, '', 'the image is now local: no pull');
  const ps = columns((await t.run('docker ps -a')).out);
  assert.deepEqual(ps[0], ['CONTAINER ID', 'IMAGE', 'COMMAND', 'CREATED', 'STATUS', 'PORTS', 'NAMES']);
  assert.equal(ps[1]![2], '"echo “Hello world”"');
  assert.match(ps[1]![4]!, /^Exited \(0\) /);
  assert.match(ps[1]![6]!, /^[a-z]+_[a-z]+$/);
});

test('kubia: build, run -d -p, ps, curl crashes the seed app, logs show the ReferenceError', async () => {
  const t = new Terminal(workspace('kubia'));
  assert.equal((await t.run('docker build -t kubia .')).code, 0);
  const run = await t.run('docker run --name kubia-container -p 8080:8080 -d kubia');
  assert.equal(run.code, 0, run.err);
  assert.match(run.out, /^[0-9a-f]{64}\n$/);
  await t.run('sleep 5');
  const ps = await t.run('docker ps');
  const rows = columns(ps.out);
  assert.deepEqual(rows[0], ['CONTAINER ID', 'IMAGE', 'COMMAND', 'CREATED', 'STATUS', 'PORTS', 'NAMES']);
  assert.deepEqual(rows[1]!.slice(1), ['kubia', '"node app.js"', '5 seconds ago', 'Up 5 seconds', '0.0.0.0:8080->8080/tcp, :::8080->8080/tcp', 'kubia-container']);
  assert.equal(rows[1]![0], run.out.slice(0, 12));

  const curl = await t.run('curl localhost:8080');
  assert.equal(curl.code, 52);
  assert.ok(curl.err.startsWith('curl: (52) Empty reply from server\n'));
  assert.ok(curl.err.includes('"kubia-container"') && curl.err.includes('ReferenceError: reponse is not defined at /app.js:9'), 'the tutor explains the crash');
  const logs = await t.run('docker logs kubia-container');
  assert.equal(logs.out, 'Kubia server starting...\nReceived request from ::ffff:172.17.0.1\n');
  assert.match(logs.err, /^\/app\.js:9\n\treponse\.end\("You've hit " \+ os\.hostname\(\) \+ "\\n"\);\n\t\^\n\nReferenceError: reponse is not defined\n {4}at Server\.handler \(\/app\.js:9:2\)\n/);
  const all = columns((await t.run('docker ps -a')).out);
  assert.match(all[1]![4]!, /^Exited \(1\) Less than a second ago$/);
  assert.equal(all[1]![5], '', 'an exited container publishes no ports');
  const again = await t.run('curl localhost:8080');
  assert.equal(again.code, 7);
  assert.equal(again.err, "curl: (7) Failed to connect to localhost port 8080 after 0 ms: Couldn't connect to server\n");
});

test('docker inspect prints Docker-shaped JSON', async () => {
  const t = new Terminal(workspace('kubia'));
  await t.run('docker build -t kubia .');
  await t.run('docker run --name kubia-container -p 8080:8080 -d kubia');
  const r = await t.run('docker inspect kubia-container');
  assert.equal(r.code, 0);
  assert.ok(r.out.startsWith('[\n    {\n        "Id": "'), 'four-space indentation like docker');
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- docker inspect JSON, checked field by field
  const [c] = JSON.parse(r.out) as Record<string, any>[];
  assert.equal(c!.Name, '/kubia-container');
  assert.equal(c!.Path, 'node');
  assert.deepEqual(c!.Args, ['app.js']);
  assert.equal(c!.State.Status, 'running');
  assert.equal(c!.State.Running, true);
  assert.deepEqual(c!.HostConfig.PortBindings, { '8080/tcp': [{ HostIp: '', HostPort: '8080' }] });
  assert.deepEqual(c!.Config.Entrypoint, ['node', 'app.js']);
  assert.equal(c!.Config.Image, 'kubia');
  assert.equal(c!.NetworkSettings.IPAddress, '172.17.0.2');
  assert.equal((await t.run("docker inspect -f '{{.NetworkSettings.IPAddress}}' kubia-container")).out, '172.17.0.2\n');
  const missing = await t.run('docker inspect nope');
  assert.equal(missing.code, 1);
  assert.equal(missing.err, 'Error: No such object: nope\n');
});

test("with the typo fixed, curl answers You've hit <container hostname>", async () => {
  const files = workspace('kubia');
  files.write('app.js', files.readFile('app.js')!.replace('reponse.end', 'response.end'));
  const t = new Terminal(files);
  await t.run('docker build -t kubia .');
  const id = (await t.run('docker run --name kubia-container -p 8080:8080 -d kubia')).out.slice(0, 12);
  const curl = await t.run('curl localhost:8080');
  assert.equal(curl.code, 0, curl.err);
  assert.equal(curl.out, `You've hit ${id}\n`);
  assert.equal((await t.run('curl http://localhost:8080/')).out, `You've hit ${id}\n`);
  assert.equal((await t.run('docker logs kubia-container')).out, 'Kubia server starting...\nReceived request from ::ffff:172.17.0.1\nReceived request from ::ffff:172.17.0.1\n');
});

test('docker exec -it kubia-container bash opens a shell over the image filesystem', async () => {
  const t = new Terminal(workspace('kubia'));
  await t.run('docker build -t kubia .');
  const id = (await t.run('docker run --name kubia-container -p 8080:8080 -d kubia')).out.slice(0, 12);
  assert.equal((await t.run('docker exec -it kubia-container bash')).code, 0);
  assert.equal(t.shell.prompt(), `root@${id}:/# `);
  const ps = await t.run('ps aux');
  assert.match(ps.out, /^USER {7}PID %CPU %MEM {4}VSZ {3}RSS TTY {6}STAT START {3}TIME COMMAND\nroot {9}1 .* node app\.js\n/);
  assert.match((await t.run('ls /')).out, /app\.js {2}bin {2}dev/);
  assert.equal((await t.run('cat /app.js')).out.split('\n')[0], "const http = require('http');");
  assert.equal((await t.run('hostname')).out, `${id}\n`);
  assert.equal((await t.run('node -v')).out, 'v7.10.1\n');
  assert.equal((await t.run('foo')).out, 'bash: foo: command not found\n');
  await t.run('exit');
  assert.equal(t.shell.prompt(), '~$ ');
  assert.equal(t.engine.findContainer('kubia-container')!.state, 'running', 'leaving exec does not stop the container');
  const single = await t.run('docker exec kubia-container ls /app.js');
  assert.equal(single.out, '/app.js\n');
});

test('docker stop waits the grace period for node (exit 137), then rm removes it', async () => {
  const t = new Terminal(workspace('kubia'));
  await t.run('docker build -t kubia .');
  await t.run('docker run --name kubia-container -p 8080:8080 -d kubia');
  const before = t.engine.clock.now();
  const stop = await t.run('docker stop kubia-container');
  assert.equal(stop.out, 'kubia-container\n');
  assert.equal(t.engine.clock.now() - before, 10_000, 'node as PID 1 ignores SIGTERM: killed after 10 s');
  assert.match(columns((await t.run('docker ps -a')).out)[1]![4]!, /^Exited \(137\) Less than a second ago$/);
  assert.equal((await t.run('docker rm kubia-container')).out, 'kubia-container\n');
  assert.equal((await t.run('docker ps -a')).out, 'CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES\n');
  const gone = await t.run('docker stop kubia-container');
  assert.equal(gone.err, 'Error response from daemon: No such container: kubia-container\n');
});

test('docker rm refuses a running container unless -f', async () => {
  const t = new Terminal(workspace('kubia'));
  await t.run('docker build -t kubia .');
  await t.run('docker run --name kubia-container -d kubia');
  const r = await t.run('docker rm kubia-container');
  assert.equal(r.code, 1);
  assert.equal(r.err, 'Error response from daemon: cannot remove container "/kubia-container": container is running: stop the container before removing or force remove\n');
  assert.equal((await t.run('docker rm -f kubia-container')).code, 0);
  assert.equal(t.engine.containers.size, 0);
});

test('tag, login and push: denied before login, then Pushed/Mounted, then Layer already exists', async () => {
  const t = new Terminal(workspace('kubia'));
  await t.run('docker build -t kubia .');
  assert.equal((await t.run('docker tag kubia mucha0619/kubia')).out, '');
  const denied = await t.run('docker push mucha0619/kubia');
  assert.equal(denied.code, 1);
  assert.ok(denied.err.startsWith('denied: requested access to the resource is denied\n'));
  assert.ok(denied.err.includes('docker login -u mucha0619'), 'the tutor says to log in');
  assert.equal(t.engine.registry.resolve('mucha0619/kubia'), undefined, 'nothing reached the registry');
  const login = await t.run('docker login -u mucha0619 -p secret');
  assert.equal(login.out, 'Login Succeeded\n');
  assert.equal(login.err, 'WARNING! Using --password via the CLI is insecure. Use --password-stdin.\n');
  assert.ok(!JSON.stringify([...t.engine.logins]).includes('secret'), 'no password is kept');
  const push = await t.run('docker push mucha0619/kubia');
  assert.equal(push.code, 0, push.err);
  const lines = push.out.split('\n');
  assert.equal(lines[0], 'Using default tag: latest');
  assert.equal(lines[1], 'The push refers to repository [docker.io/mucha0619/kubia]');
  assert.equal(lines.filter((l) => / Pushed$/.test(l)).length, 1, 'only the app.js layer is uploaded');
  assert.equal(lines.filter((l) => /: Mounted from library\/node$/.test(l)).length, 6);
  assert.match(push.out, /latest: digest: sha256:[0-9a-f]{64} size: \d+\n$/);
  const again = await t.run('docker push mucha0619/kubia:latest');
  assert.equal(again.out.split('\n').filter((l) => l.endsWith(': Layer already exists')).length, 7);
  assert.ok(!again.out.includes('Using default tag'));
  const info = t.engine.registry.resolve('docker.io/mucha0619/kubia:latest');
  assert.ok(info);
  assert.equal(info.reference, 'docker.io/mucha0619/kubia:latest');
  assert.equal(info.behaviour.kind, 'server');
  assert.equal(info.behaviour.kind === 'server' && info.behaviour.port, 8080);
  assert.equal(t.engine.registry.resolve('mucha0619/nothing'), undefined);
  assert.equal(t.engine.registry.resolve('kubia'), undefined, 'a local-only image is not in the registry');
  const other = await t.run('docker push kubia');
  assert.ok(other.err.startsWith('denied: requested access to the resource is denied\n'));
  assert.ok(other.err.includes('docker tag kubia <your-id>/kubia'), 'the tutor says to tag under a Docker ID');
  assert.equal((await t.run('docker push nobody/none')).err, 'An image does not exist locally with the tag: nobody/none\n');
});

test('the registry answers pulls of one image at one instant once, and sees a new push or a later instant', async () => {
  const t = new Terminal(workspace('kubia'));
  for (const line of ['docker build -t kubia .', 'docker tag kubia mucha0619/kubia', 'docker login -u mucha0619 -p secret', 'docker push mucha0619/kubia'])
    assert.equal((await t.run(line)).code, 0, line);
  const first = t.engine.registry.resolve('mucha0619/kubia');
  assert.equal(t.engine.registry.resolve('docker.io/mucha0619/kubia:latest'), first, 'a scale-up pulling together shares one answer');
  t.engine.clock.advance(1000);
  const later = t.engine.registry.resolve('mucha0619/kubia');
  assert.notEqual(later, first, 'a later pull is answered afresh');
  assert.equal(later?.id, first?.id);
  for (const line of ['docker pull busybox', 'docker tag busybox mucha0619/kubia', 'docker push mucha0619/kubia'])
    assert.equal((await t.run(line)).code, 0, line);
  const pushed = t.engine.registry.resolve('mucha0619/kubia');
  assert.notEqual(pushed?.id, first?.id, 'a push under the same tag at the same instant is seen at once');
  assert.notEqual(pushed?.behaviour.kind, 'server');
});

test('the registry serves the catalogue: luksa/kubia answers like the book', () => {
  const t = new Terminal(workspace('kubia'));
  const info = t.engine.registry.resolve('luksa/kubia');
  assert.ok(info && info.behaviour.kind === 'server');
  assert.equal(info.behaviour.respond?.('kubia-7xk2p'), "You've hit kubia-7xk2p\n");
  assert.equal(info.behaviour.crashOnRequest, undefined);
  assert.equal(info.sizeBytes > 600_000_000, true);
});
