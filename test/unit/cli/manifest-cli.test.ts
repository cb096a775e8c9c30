import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../../src/cli';
import { FIXTURES } from '../helpers';

let dir: string;

function run(...argv: string[]): { code: number; stdout: string } {
  let stdout = '';
  const code = main(argv, { cwd: dir, stdout: (t) => (stdout += t), stderr: () => undefined });
  return { code, stdout };
}

function copy(from: string, to: string): void {
  fs.mkdirSync(path.dirname(path.join(dir, to)), { recursive: true });
  fs.copyFileSync(path.join(FIXTURES, 'manifest', from), path.join(dir, to));
}

before(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kube-tutor-manifest-cli-'));
  copy('kubia/kubia-rc.yaml', 'ch2/kubia-rc.yaml');
  copy('kubia/kubia-svc-loadbalancer.yaml', 'ch2/kubia-svc.yaml');
  copy('kubia/kubia-svc-loadbalancer.yaml', 'ch5/kubia-svc.yaml');
  copy('K8S008/enums.yaml', 'broken/enums.yaml');
  fs.mkdirSync(path.join(dir, 'compose', 'app'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'compose', 'app', 'Dockerfile'), 'FROM node:24\n');
  fs.writeFileSync(path.join(dir, 'compose', '4-docker-compose.yml'), 'services:\n  web:\n    build: ./app\n  worker:\n    build: ./missing\n    depends_on: [db]\n');
});

after(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('kube-tutor lint on manifests', () => {
  test('schema errors come out in the same text format, exit 1', () => {
    const r = run('lint', 'broken/enums.yaml');
    assert.equal(r.code, 1);
    assert.match(r.stdout, /^broken\/enums\.yaml:6:9 error K8S008 spec\.type: Unsupported value: "LoadBalancr"/m);
  });

  test('a directory gets cross-resource checks per folder: ch2 is consistent, ch5 has a dangling Service', () => {
    const r = run('lint', '--format', 'json', '.');
    const found = (JSON.parse(r.stdout) as Array<{ file: string; code: string }>).filter((d) => d.code.startsWith('K8S03'));
    assert.deepEqual(found.map((d) => `${d.file} ${d.code}`), ['ch5/kubia-svc.yaml K8S030']);
    assert.ok(!found.some((d) => d.code === 'K8S032'), 'same name in different folders is not a duplicate');
  });

  test('Compose files are recognised by name; build contexts are checked on disk relative to the file', () => {
    const r = run('lint', '--format', 'json', 'compose');
    const found = (JSON.parse(r.stdout) as Array<{ file: string; code: string; range: { start: { line: number } } }>).filter((d) => d.file.endsWith('.yml')).map((d) => `${d.file}:${d.range.start.line + 1} ${d.code}`);
    assert.deepEqual(found, ['compose/4-docker-compose.yml:5 COMPOSE005', 'compose/4-docker-compose.yml:6 COMPOSE004']);
    assert.equal(r.code, 1);
  });

  test('files named one by one are judged alone (no folder scope)', () => {
    const r = run('lint', '--format', 'json', 'ch5/kubia-svc.yaml');
    assert.ok(!(JSON.parse(r.stdout) as Array<{ code: string }>).some((d) => d.code === 'K8S030'));
  });
});
