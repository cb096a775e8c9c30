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

describe('kube-tutor lint reads the rule settings of .vscode/settings.json, as the editor does', () => {
  let ws: string;
  let stderr = '';
  const lint = (...argv: string[]) => {
    let stdout = '';
    stderr = '';
    const code = main(['lint', ...argv], { cwd: ws, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
    return { code, stdout };
  };
  before(() => {
    ws = fs.mkdtempSync(path.join(os.tmpdir(), 'kube-tutor-settings-cli-'));
    fs.mkdirSync(path.join(ws, 'app'));
    fs.writeFileSync(path.join(ws, 'app', 'Dockerfile'), 'FROM node:latest\nCMD ["node", "app.js"]\n');
    fs.writeFileSync(path.join(ws, 'app', 'app.js'), '');
    fs.copyFileSync(path.join(FIXTURES, 'manifest', 'kubia/kubia-svc-loadbalancer.yaml'), path.join(ws, 'app', 'svc.yaml'));
  });
  after(() => fs.rmSync(ws, { recursive: true, force: true }));

  test('without settings: the defaults', () => {
    const r = lint('app');
    assert.equal(r.code, 0);
    assert.match(r.stdout, /app\/Dockerfile:1:\d+ warning DF002/);
    assert.match(r.stdout, /app\/svc\.yaml:\d+:\d+ warning K8S030/);
  });

  test('JSONC settings (comments, trailing commas) raise and turn off rules by code or alias, folder checks included', () => {
    fs.mkdirSync(path.join(ws, '.vscode'), { recursive: true });
    fs.writeFileSync(
      path.join(ws, '.vscode', 'settings.json'),
      [
        '{',
        '  // class rules: a latest base image fails the build',
        '  "kubeTutor.dockerfile.rules": { "DL3007": "error", },',
        '  /* no dangling-service findings */',
        '  "kubeTutor.manifest.rules": { "dangling-service": "off", "K8S011": "loud" },',
        '  "editor.tabSize": 2, // "not // a comment" stays a string',
        '}',
      ].join('\n'),
    );
    const r = lint('app');
    assert.equal(r.code, 1, 'DF002 raised to error fails the run');
    assert.match(r.stdout, /app\/Dockerfile:1:\d+ error DF002/);
    assert.doesNotMatch(r.stdout, /K8S030/);
    assert.match(stderr, /\.vscode\/settings\.json: "kubeTutor\.manifest\.rules": "K8S011" has "loud"; expected "error", "warning", "info", "hint" or "off"/);
  });

  test('a settings file that is not JSON is named and ignored', () => {
    fs.writeFileSync(path.join(ws, '.vscode', 'settings.json'), '{ "kubeTutor.dockerfile.rules": { "DF002": "off" ');
    const r = lint('app');
    assert.match(r.stdout, /warning DF002/);
    assert.match(stderr, /\.vscode\/settings\.json: not valid JSON/);
  });
});

