import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintDockerfile } from '../../../src/core/dockerfile';

const codes = (text: string) => lintDockerfile(text).map((d) => `${d.range.start.line + 1} ${d.code}`);

test('one broken line never hides the findings of the other lines', () => {
  const text = 'FROM node:24\nCOPPY a b\nCMD [\'node\', 1\nEXPOSE 80800\nRUN sudo make\n';
  const found = codes(text);
  for (const expected of ['2 DF003', '3 DF011', '4 DF008', '5 DF034']) assert.ok(found.includes(expected), `${expected} in ${found.join(', ')}`);
});

test('rules fire on fragments without FROM (plus one DF005), and on ONBUILD triggers', () => {
  assert.deepEqual(codes('RUN apt-get install curl\n'), ['1 DF005', '1 DF038', '1 DF039', '1 DF035']);
  assert.deepEqual(codes('FROM node:24\nONBUILD RUN sudo make && apt install x\n'), ['2 DF034', '2 DF044']);
  assert.deepEqual(codes('FROM node:24\nONBUILD ADD app.js /app/\n'), ['2 DF043']);
});

test('values from ARG/ENV are judged after expansion, unknown values are not judged', () => {
  assert.deepEqual(codes('FROM nginx:1.28\nARG P=8080\nEXPOSE $P\n'), []);
  assert.deepEqual(codes('FROM nginx:1.28\nARG P=80800\nEXPOSE $P\n'), ['3 DF008']);
  assert.deepEqual(codes('FROM nginx:1.28\nARG P\nEXPOSE $P\n'), []);
  assert.deepEqual(codes('ARG TAG=latest\nFROM node:$TAG\n'), ['2 DF002']);
  assert.deepEqual(codes('ARG TAG\nFROM node:${TAG:-24}\n'), []);
});

test('escape directive: a backtick continues lines', () => {
  assert.deepEqual(codes('# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN Write-Host a; `\n    Write-Host b\n'), []);
});

test('a rule that declares keywords never reports on a file without them (the registry skips it there)', async () => {
  const fs = await import('node:fs');
  const path = await import('node:path');
  const { ROOT } = await import('../helpers');
  const { createContext } = await import('../../../src/core/dockerfile/context');
  const { dockerfileRules } = await import('../../../src/core/dockerfile/rules');
  const files = (dir: string): string[] => fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? files(p) : /Dockerfile/i.test(e.name) ? [p] : [];
  });
  const texts = files(path.join(ROOT, 'test', 'fixtures')).map((f) => fs.readFileSync(f, 'utf8'));
  // and every fixture with one kind of instruction left out, so each declared keyword goes missing somewhere
  const variants = texts.flatMap((text) => {
    const keywords = new Set(createContext(text).effective.map((i) => i.keyword));
    return [text, ...[...keywords].map((k) => text.split('\n').filter((l) => !new RegExp(`^\\s*(ONBUILD\\s+)?${k}\\b`, 'i').test(l)).join('\n'))];
  });
  assert.ok(texts.length >= 100, `found ${texts.length} fixtures`);
  const { INSTRUCTIONS } = await import('../../../src/core/dockerfile/rules/util');
  for (const rule of dockerfileRules) for (const k of rule.keywords ?? []) assert.ok(INSTRUCTIONS.includes(k), `${rule.code}: ${k} is an instruction keyword`);
  assert.deepEqual(lintDockerfile(''), []);
  // rules without keywords still run when no known instruction occurs
  assert.deepEqual(codes('COPPY a b\n'), ['1 DF003']);
  let judged = 0;
  for (const text of variants) {
    const context = createContext(text);
    const present = new Set([...context.instructions, ...context.effective].map((i) => i.keyword));
    for (const rule of dockerfileRules) {
      if (!rule.keywords || rule.keywords.some((k) => present.has(k))) continue;
      judged++;
      const found: string[] = [];
      rule.check(context, (f) => found.push(f.message));
      assert.deepEqual(found, [], `${rule.code} reported without ${rule.keywords.join('/')} in:\n${text}`);
    }
  }
  assert.ok(judged > 1000);
});
