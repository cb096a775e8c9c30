import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../../src/cli';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

let dir: string;

function run(...argv: string[]): Run {
  let stdout = '';
  let stderr = '';
  const code = main(argv, { cwd: dir, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

function write(rel: string, text: string): void {
  fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
  fs.writeFileSync(path.join(dir, rel), text);
}

before(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kube-tutor-cli-'));
  write('app/Dockerfile', 'FROM node:latest\nCMD ["node", "app.js"]\n');
  write('app/build.Dockerfile', 'FROM golang:1.26\n');
  write('app/Dockerfile.dev', 'FROM ubuntu\n');
  write('redis/3-Dockerfile', 'FROM ubuntu:24.04\n');
  write('k8s/broken.yaml', 'kind: Pod\nmetadata: [\n');
  write('k8s/ok.yml', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ok\n');
  write('node_modules/pkg/Dockerfile', 'FROM ubuntu\n');
  write('notes.txt', 'FROM ubuntu\n');
});

after(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('kube-tutor lint', () => {
  test('text: file:line:col severity code message, one-based', () => {
    const r = run('lint', 'app/Dockerfile');
    assert.equal(r.code, 0, 'warnings only: exit 0');
    assert.match(r.stdout, /^app\/Dockerfile:1:11 warning DF002 Using "latest"/);
  });

  test('walks directories for Dockerfile, *.Dockerfile, *-Dockerfile, Dockerfile.*, *.yaml, *.yml; skips node_modules', () => {
    const r = run('lint', '--format', 'json', '.');
    const files = new Set((JSON.parse(r.stdout) as Array<{ file: string }>).map((d) => d.file));
    assert.deepEqual([...files].sort(), ['app/Dockerfile', 'app/Dockerfile.dev', 'k8s/broken.yaml']);
    assert.equal(r.code, 1, 'a YAML syntax error is an error: exit 1');
  });

  test('json: zero-based LSP ranges and the documented fields only', () => {
    const [d] = JSON.parse(run('lint', '--format=json', 'app/Dockerfile').stdout) as unknown[];
    assert.deepEqual(d, {
      file: 'app/Dockerfile',
      range: { start: { line: 0, character: 10 }, end: { line: 0, character: 16 } },
      severity: 'warning',
      code: 'DF002',
      aliases: ['DL3007'],
      message: (d as { message: string }).message,
    });
  });

  test('json: an empty array when the files are clean', () => {
    assert.deepEqual(JSON.parse(run('lint', '--format', 'json', 'redis').stdout), []);
  });

  test('sarif 2.1.0 with rules, levels and one-based regions', () => {
    const sarif = JSON.parse(run('lint', '--format', 'sarif', 'app', 'k8s').stdout);
    assert.equal(sarif.version, '2.1.0');
    const runObj = sarif.runs[0];
    assert.equal(runObj.tool.driver.name, 'kube-tutor');
    const ids = runObj.tool.driver.rules.map((r: { id: string }) => r.id);
    assert.ok(ids.includes('DF002') && ids.includes('YAML001'));
    const latest = runObj.results.find((r: { ruleId: string }) => r.ruleId === 'DF002');
    assert.equal(latest.level, 'warning');
    assert.equal(ids[latest.ruleIndex], 'DF002');
    assert.deepEqual(latest.locations[0].physicalLocation.region, { startLine: 1, startColumn: 11, endLine: 1, endColumn: 17 });
    assert.equal(latest.locations[0].physicalLocation.artifactLocation.uri, 'app/Dockerfile');
    assert.ok(runObj.results.some((r: { level: string }) => r.level === 'error'));
  });

  test('a missing path is an I/O error: exit 2, message on stderr', () => {
    const r = run('lint', 'nope');
    assert.equal(r.code, 2);
    assert.match(r.stderr, /nope: no such file or directory/);
  });

  test('unknown flag and bad format are usage errors, in kubectl wording', () => {
    const flag = run('lint', '--formt', 'json');
    assert.equal(flag.code, 2);
    assert.match(flag.stderr, /^Error: unknown flag: --formt/);
    const format = run('lint', '--format', 'xml');
    assert.equal(format.code, 2);
    assert.match(format.stderr, /invalid argument "xml" for "--format" flag/);
  });

  test('an explicitly named file with another name is linted as YAML', () => {
    const r = run('lint', 'notes.txt');
    assert.equal(r.code, 0);
  });
});

describe('kube-tutor rules / misc', () => {
  test('rules --format json lists {code, aliases, severity, title, docs}', () => {
    const rules = JSON.parse(run('rules', '--format', 'json').stdout) as Array<Record<string, unknown>>;
    const df002 = rules.find((r) => r.code === 'DF002');
    assert.deepEqual(Object.keys(df002 ?? {}).sort(), ['aliases', 'code', 'docs', 'severity', 'title']);
    assert.deepEqual(df002?.aliases, ['DL3007']);
  });

  test('rules text has one line per rule', () => {
    const lines = run('rules').stdout.trim().split('\n');
    assert.ok(lines.some((l) => l.startsWith('DF001') && l.includes('DL3006')));
  });

  test('unknown command is a usage error', () => {
    const r = run('lnt');
    assert.equal(r.code, 2);
    assert.match(r.stderr, /unknown command "lnt" for "kube-tutor"/);
  });

  test('--version prints the version', () => {
    assert.match(run('--version').stdout, /^kube-tutor \S+/);
  });
});
