import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyEdits, ignoreRuleFix, lintDockerfile, type DockerfileLintOptions } from '../../../src/core/dockerfile';
import type { Diagnostic } from '../../../src/core/diagnostic';
import { FIXTURES } from '../helpers';
import { fixtureOptions } from './fixtureOptions';

const DIR = path.join(FIXTURES, 'dockerfile');
const at = (d: Diagnostic) => `${d.code}@${d.range.start.line}:${d.range.start.character}`;
const count = (ds: Diagnostic[], code: string) => ds.filter((d) => d.code === code).length;

/** Every fixture case with its options, for the fix round-trips. */
function cases(): Array<{ name: string; text: string; options: DockerfileLintOptions }> {
  return fs.readdirSync(DIR).sort().flatMap((code) =>
    fs.readdirSync(path.join(DIR, code)).filter((f) => f.endsWith('.Dockerfile')).map((f) => ({
      name: `${code}/${f}`,
      text: fs.readFileSync(path.join(DIR, code, f), 'utf8'),
      options: fixtureOptions(path.join(DIR, code), f.replace(/\.Dockerfile$/, '')),
    })),
  );
}

describe('quick fixes: applied and re-linted', () => {
  const fixedRules = new Set<string>();
  for (const c of cases()) {
    const before = lintDockerfile(c.text, c.options);
    for (const d of before.filter((x) => x.fix?.length)) {
      d.fix!.forEach((fix, i) => {
        test(`${c.name} ${at(d)} fix #${i + 1}: ${fix.title}`, () => {
          const text = applyEdits(c.text, fix.edits);
          assert.notEqual(text, c.text, 'the fix changes the text');
          const after = lintDockerfile(text, c.options);
          assert.ok(count(after, d.code) < count(before, d.code), `${d.code} is fixed:\n${text}`);
          const newErrors = after.filter((x) => x.severity === 'error' && count(after, x.code) > count(before, x.code));
          assert.deepEqual(newErrors.map(at), [], `the fix introduces no new error:\n${text}`);
          fixedRules.add(d.code);
        });
      });
      test(`${c.name} ${at(d)}: the ignore pragma silences it`, () => {
        const text = applyEdits(c.text, ignoreRuleFix(c.text, d).edits);
        const after = lintDockerfile(text, c.options);
        assert.ok(count(after, d.code) < count(before, d.code), text);
      });
    }
  }
  test('at least 12 rules have a quick fix proven by the round-trip', () => {
    assert.ok(fixedRules.size >= 12, `only ${fixedRules.size}: ${[...fixedRules].join(', ')}`);
  });
});

const fixed = (text: string, code: string, options: DockerfileLintOptions = {}) => {
  const d = lintDockerfile(text, options).find((x) => x.code === code);
  assert.ok(d?.fix?.[0], `${code} offers a fix`);
  return applyEdits(text, d.fix[0].edits);
};

describe('quick fixes: exact results', () => {
  test('a trailing comment moves to its own line (the kubia seed)', () => {
    assert.equal(fixed('FROM node:7 # base image\n', 'DF006'), '# base image\nFROM node:7\n');
  });
  test('the redis seed: "--protected-mode no" is split into two arguments', () => {
    assert.equal(
      fixed('FROM ubuntu:24.04\nCMD ["redis-server", "--protected-mode no"]\n', 'DF068'),
      'FROM ubuntu:24.04\nCMD ["redis-server", "--protected-mode", "no"]\n',
    );
  });
  test('EXPOSE 80800 → 8080; ADD → COPY; shell form → exec form', () => {
    assert.equal(fixed('FROM nginx:1.28\nEXPOSE 80800\n', 'DF008'), 'FROM nginx:1.28\nEXPOSE 8080\n');
    assert.equal(fixed('FROM node:24\nADD app.js /app/\n', 'DF043'), 'FROM node:24\nCOPY app.js /app/\n');
    assert.equal(fixed('FROM node:24\nCOPY app.js .\nCMD node app.js\n', 'DF022'), 'FROM node:24\nCOPY app.js .\nCMD ["node", "app.js"]\n');
  });
  test('cd becomes WORKDIR; apt-get gets -y and --no-install-recommends', () => {
    assert.equal(fixed('FROM node:24\nRUN cd /app && npm install\n', 'DF033'), 'FROM node:24\nWORKDIR /app\nRUN npm install\n');
    assert.equal(fixed('FROM ubuntu:24.04\nRUN apt-get install curl\n', 'DF038'), 'FROM ubuntu:24.04\nRUN apt-get install -y curl\n');
    assert.equal(fixed('FROM ubuntu:24.04\nRUN apt-get install -y curl\n', 'DF039'), 'FROM ubuntu:24.04\nRUN apt-get install --no-install-recommends -y curl\n');
  });
  test('the base image tag: EOL node:7 → a supported line', () => {
    assert.equal(fixed('FROM node:7-alpine\n', 'DF069'), 'FROM node:24-alpine\n');
  });
  test('ignore pragma keeps the indentation and names our code', () => {
    const text = 'FROM nginx:1.28\n  EXPOSE 80800\n';
    const d = lintDockerfile(text).find((x) => x.code === 'DF008')!;
    assert.equal(applyEdits(text, ignoreRuleFix(text, d).edits), 'FROM nginx:1.28\n  # kube-tutor ignore=DF008\n  EXPOSE 80800\n');
  });
});
