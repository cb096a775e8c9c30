import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { main, mainAsync } from '../../../src/cli';
import { FIXTURES } from '../helpers';

async function sim(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await mainAsync(['sim', ...argv], { cwd: FIXTURES, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

test('kube-tutor sim runs commands in a workspace and prints the transcript', async () => {
  const r = await sim('-C', 'workspaces/kubia', '-c', 'docker build -t kubia .', '-c', 'docker images kubia');
  assert.equal(r.code, 0, r.stderr);
  assert.ok(r.stdout.startsWith('~$ docker build -t kubia .\nSending build context to Docker daemon'));
  assert.match(r.stdout, /~\$ docker images kubia\nREPOSITORY {3}TAG {7}IMAGE ID {7}CREATED\s+SIZE\nkubia {8}latest {4}[0-9a-f]{12} {3}.+660MB\n$/);
});

test('kube-tutor sim --script and --state persist the simulator between runs', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kube-tutor-sim-'));
  try {
    const script = path.join(dir, 'lesson.sh');
    fs.writeFileSync(script, '# build and run\ndocker build -t kubia .\ndocker run -d --name web -p 8080:8080 kubia\n');
    const state = path.join(dir, 'state.json');
    const first = await sim('-C', 'workspaces/kubia', '--script', script, '--state', state);
    assert.equal(first.code, 0, first.stderr);
    assert.ok(fs.existsSync(state));
    const second = await sim('-C', 'workspaces/kubia', '--state', state, '-c', 'docker ps --format x', '-c', 'docker ps');
    assert.match(second.stdout, /~\$ docker ps\nCONTAINER ID .*\n[0-9a-f]{12} {3}kubia .* web\n$/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('kube-tutor sim reports usage errors; the sync main points to mainAsync', async () => {
  const r = await sim('--bogus');
  assert.equal(r.code, 2);
  assert.ok(r.stderr.startsWith('Error: unknown flag: --bogus'));
  let err = '';
  assert.equal(main(['sim'], { cwd: FIXTURES, stdout: () => undefined, stderr: (t) => (err += t) }), 2);
  assert.ok(err.includes('mainAsync'));
});

test('kube-tutor sim piped into head stops quietly when the reader closes the pipe', () => {
  const cli = path.resolve(__dirname, '../../../../dist/cli.js');
  const commands = Array.from({ length: 40 }, () => "-c 'docker images'").join(' ');
  const r = spawnSync('sh', ['-c', `node ${JSON.stringify(cli)} sim ${commands} | head -1`], { encoding: 'utf8' });
  assert.equal(r.stdout, '~$ docker images\n');
  assert.doesNotMatch(r.stderr, /EPIPE|Unhandled/);
});
