import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lintDockerfile, dockerfileRules } from '../../../src/core/dockerfile';
import { FIXTURES, describeDiagnostic, readLines } from '../helpers';
import { fixtureOptions } from './fixtureOptions';

const DIR = path.join(FIXTURES, 'dockerfile');

/**
 * Table-driven rule tests: `fixtures/dockerfile/<CODE>/<case>.Dockerfile` is linted and
 * every diagnostic (code and exact range) must equal `<case>.expected`. Optional
 * `<case>.hadolint.yaml` and `<case>.context/` give a .hadolint.yaml and a build context.
 */
describe('Dockerfile rule fixtures', () => {
  for (const code of fs.readdirSync(DIR).sort()) {
    for (const file of fs.readdirSync(path.join(DIR, code)).filter((f) => f.endsWith('.Dockerfile')).sort()) {
      test(`${code}/${file}`, () => {
        const text = fs.readFileSync(path.join(DIR, code, file), 'utf8');
        const expected = readLines(path.join(DIR, code, file.replace(/\.Dockerfile$/, '.expected')));
        const options = fixtureOptions(path.join(DIR, code), file.replace(/\.Dockerfile$/, ''));
        assert.deepEqual(lintDockerfile(text, options).map(describeDiagnostic), expected);
      });
    }
  }
});

describe('Dockerfile rule registry', () => {
  test('codes are unique and well-formed, every rule documented', () => {
    const codes = dockerfileRules.map((r) => r.code);
    assert.equal(new Set(codes).size, codes.length);
    for (const rule of dockerfileRules) {
      assert.match(rule.code, /^DF\d{3}$/);
      assert.ok(rule.title.length > 10, `${rule.code} needs a title`);
      assert.ok(rule.docs.endsWith(`${rule.code}.md`), `${rule.code} docs link`);
    }
  });

  test('every rule has a fixture it catches and one it must not flag', () => {
    for (const rule of dockerfileRules) {
      const dir = path.join(DIR, rule.code);
      assert.ok(fs.existsSync(dir), `fixtures missing for ${rule.code}`);
      const expectations = fs.readdirSync(dir).filter((f) => f.endsWith('.expected'));
      const contents = expectations.map((f) => readLines(path.join(dir, f)));
      assert.ok(contents.some((lines) => lines.some((l) => l.endsWith(rule.code))), `${rule.code}: no catching case`);
      assert.ok(contents.some((lines) => lines.length === 0), `${rule.code}: no clean case`);
    }
  });
});

describe('lintDockerfile', () => {
  test('reports DL3007 as a warning with its alias, on the tag', () => {
    const [d] = lintDockerfile('FROM node:latest\n');
    assert.equal(d?.severity, 'warning');
    assert.deepEqual(d?.aliases, ['DL3007']);
    assert.match(d!.message, /node:latest/);
  });

  test('a rule turned off by code or alias is silent; severity can be raised', () => {
    assert.deepEqual(lintDockerfile('FROM node:latest\n', { rules: { DL3007: 'off' } }), []);
    assert.equal(lintDockerfile('FROM ubuntu\n', { rules: { DF001: 'error' } })[0]?.severity, 'error');
  });

  test('never throws on arbitrary input', () => {
    for (const text of ['', '\n\n', 'FROM', 'FROM :', 'FROM @', 'FROM ${', 'FROM $', '\\\n\\', 'FROM a:b:c@d@e', '\u0000FROM x']) {
      assert.doesNotThrow(() => lintDockerfile(text), text);
    }
  });
});
