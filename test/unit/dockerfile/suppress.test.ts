import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { lintDockerfile, parseHadolintConfig } from '../../../src/core/dockerfile';

const codes = (text: string, options = {}) => lintDockerfile(text, options).map((d) => `${d.range.start.line + 1} ${d.code}`);

describe('suppression pragmas', () => {
  test('# hadolint ignore= silences the next instruction only', () => {
    const text = 'FROM node:24\n# hadolint ignore=DL3011\nEXPOSE 80800\nEXPOSE 70000\n';
    assert.deepEqual(codes(text), ['4 DF008']);
  });

  test('the pragma skips comment lines between it and the instruction, and matches our code too', () => {
    const text = 'FROM node:24\n# kube-tutor ignore=DF008\n# another comment\nEXPOSE 80800\n';
    assert.deepEqual(codes(text), []);
  });

  test('# hadolint global ignore= silences the whole file', () => {
    assert.deepEqual(codes('# hadolint global ignore=DL3007\nFROM node:latest\nFROM redis:latest\n'), []);
  });

  test('# check=skip= skips BuildKit checks; error=true raises them to errors', () => {
    assert.deepEqual(codes('# check=skip=ExposeProtoCasing\nFROM nginx:1.27\nEXPOSE 53/UDP\n'), []);
    const raised = lintDockerfile('# check=error=true\nFROM nginx:1.27\nEXPOSE 53/UDP\n');
    assert.equal(raised[0]?.severity, 'error');
    assert.equal(lintDockerfile('FROM nginx:1.27\nEXPOSE 53/UDP\n')[0]?.severity, 'info');
  });

  test('# check=skip=all and error=true also reach checks whose names start with an acronym (JSONArgsRecommended)', () => {
    const shell = 'FROM node:24\nCMD node app.js\n';
    const json = (text: string) => lintDockerfile(text).filter((d) => d.aliases.includes('JSONArgsRecommended'));
    assert.equal(json(shell).length, 1);
    assert.deepEqual(json(`# check=skip=all\n${shell}`), []);
    assert.equal(json(`# check=error=true\n${shell}`)[0]?.severity, 'error');
  });

  test('a pragma for another rule does not silence this one', () => {
    assert.deepEqual(codes('FROM node:24\n# hadolint ignore=DL3007\nEXPOSE 80800\n'), ['3 DF008']);
  });
});

describe('.hadolint.yaml', () => {
  test('ignored and override are honoured; style means hint', () => {
    const { config, errors } = parseHadolintConfig('ignored:\n  - DL3011\noverride:\n  style:\n    - DL3007\n');
    assert.deepEqual(errors, []);
    assert.deepEqual(codes('FROM node:24\nEXPOSE 80800\n', { hadolint: config }), []);
    assert.equal(lintDockerfile('FROM node:latest\n', { hadolint: config })[0]?.severity, 'hint');
  });

  test('explicit rule settings win over the file', () => {
    const { config } = parseHadolintConfig('ignored: [DL3011]\n');
    assert.deepEqual(codes('FROM node:24\nEXPOSE 80800\n', { hadolint: config, rules: { DF008: 'warning' } }), ['2 DF008']);
  });

  test('disable-ignore-pragma turns inline hadolint pragmas off', () => {
    const { config } = parseHadolintConfig('disable-ignore-pragma: true\n');
    assert.deepEqual(codes('FROM node:24\n# hadolint ignore=DL3011\nEXPOSE 80800\n', { hadolint: config }), ['3 DF008']);
  });

  test('malformed files give specific messages and never throw', () => {
    assert.match(parseHadolintConfig('ignored: [').errors[0]!, /not valid YAML/);
    assert.match(parseHadolintConfig('ignored: DL3007\n').errors[0]!, /"ignored" must be a list/);
    assert.match(parseHadolintConfig('override:\n  fatal: [DL3007]\n').errors[0]!, /Unknown severity "fatal"/);
    assert.deepEqual(parseHadolintConfig('').errors, []);
  });
});
