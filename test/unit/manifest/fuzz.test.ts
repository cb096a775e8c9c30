import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic } from '../../../src/core/diagnostic';
import { lintManifestFolder, lintYaml } from '../../../src/core/manifest';
import { completeAt, explainAt } from '../../../src/core/manifest/explain';
import { LineIndex } from '../../../src/core/manifest/yaml/lines';
import { SeededRandom } from '../../../src/core/sim/random';
import { FIXTURES } from '../helpers';

function corpus(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.ya?ml$/.test(e.name)) out.push(fs.readFileSync(p, 'utf8'));
    }
  };
  walk(path.join(FIXTURES, 'manifest'));
  return out.sort();
}

const TOKENS = [':', '- ', ' ', '  ', '\n', '\t', '[', ']', '{', '}', '"', "'", '&a ', '*a', '<<: *a', '#', '\n---\n', '...', '|', '>', '!!str ', '%YAML 1.2\n', '?', ',', 'yes', 'null', '~', '0x1F', '1e9', '-1', '99999999999999999999', 'é', '\u0000', '\uFEFF', 'kind: ', 'apiVersion: apps/v1', '{{ .Values.x }}'];

/** One seeded mutation: delete, insert, duplicate, swap, re-indent or replace a scalar. */
function mutate(text: string, rnd: SeededRandom): string {
  const at = rnd.int(text.length + 1);
  switch (rnd.int(7)) {
    case 0:
      return text.slice(0, at) + text.slice(at + 1 + rnd.int(8));
    case 1:
      return text.slice(0, at) + TOKENS[rnd.int(TOKENS.length)]! + text.slice(at);
    case 2: {
      const lines = text.split('\n');
      const i = rnd.int(lines.length);
      lines.splice(i, 0, lines[i]!);
      return lines.join('\n');
    }
    case 3: {
      const lines = text.split('\n');
      const i = rnd.int(lines.length);
      const j = rnd.int(lines.length);
      [lines[i], lines[j]] = [lines[j]!, lines[i]!];
      return lines.join('\n');
    }
    case 4: {
      const lines = text.split('\n');
      const i = rnd.int(lines.length);
      lines[i] = rnd.int(2) ? `  ${lines[i]}` : lines[i]!.replace(/^ {1,2}/, '');
      return lines.join('\n');
    }
    case 5:
      return text.replace(/: [^\n]+/g, (m) => (rnd.int(6) === 0 ? `: ${TOKENS[rnd.int(TOKENS.length)]}` : m));
    default:
      return text.slice(0, at) + text.slice(at).replace(/^\S+/, TOKENS[rnd.int(TOKENS.length)]!);
  }
}

function assertWellFormed(text: string, ds: readonly Diagnostic[]): void {
  const lines = new LineIndex(text);
  const valid = (p: { line: number; character: number }) => p.line >= 0 && p.line < lines.lineCount && p.character >= 0 && p.character <= lines.lineEnd(p.line) - lines.lineStart(p.line);
  for (const d of ds) {
    assert.ok(!d.code.endsWith('000'), `internal error: ${d.message}\n--- input ---\n${text}`);
    assert.ok(valid(d.range.start) && valid(d.range.end), `range out of bounds: ${JSON.stringify(d.range)} ${d.code}`);
    assert.ok(lines.offset(d.range.start) <= lines.offset(d.range.end), `inverted range ${d.code}`);
    assert.ok(d.message.length > 0);
    for (const f of d.fix ?? []) for (const e of f.edits) assert.ok(valid(e.range.start) && valid(e.range.end), `fix out of bounds ${d.code}`);
  }
}

const MUTANTS = 3000;

test(`fuzz: ${MUTANTS} seeded mutations of every manifest fixture never throw and give well-formed diagnostics`, () => {
  const seeds = corpus();
  assert.ok(seeds.length > 50, 'the corpus is the fixture set');
  const rnd = new SeededRandom(20261123);
  const folder: Array<{ path: string; text: string }> = [];
  for (let i = 0; i < MUTANTS; i++) {
    let text = seeds[rnd.int(seeds.length)]!;
    for (let k = 1 + rnd.int(4); k > 0; k--) text = mutate(text, rnd);
    const fileName = rnd.int(5) === 0 ? 'docker-compose.yml' : 'm.yaml';
    let ds: Diagnostic[] = [];
    assert.doesNotThrow(() => (ds = lintYaml(text, { fileName, fileExists: (p) => p.length % 2 === 0 })), text);
    assertWellFormed(text, ds);
    const line = rnd.int(text.split('\n').length);
    const character = rnd.int(40);
    assert.doesNotThrow(() => explainAt(text, line, character));
    assert.doesNotThrow(() => completeAt(text, line, character));
    folder.push({ path: `f${i % 50}.yaml`, text });
    if (folder.length === 50) {
      let out = new Map<string, Diagnostic[]>();
      assert.doesNotThrow(() => (out = lintManifestFolder(folder)));
      for (const f of folder) assertWellFormed(f.text, out.get(f.path) ?? []);
      folder.length = 0;
    }
  }
});
