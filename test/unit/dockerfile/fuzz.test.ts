import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyEdits, lintDockerfile } from '../../../src/core/dockerfile';
import { SeededRandom } from '../../../src/core/sim/random';
import { FIXTURES } from '../helpers';
import { listFiles, snapshotOf } from './fixtureOptions';

/** Fragments that stress the parser, the shell tokenizer and the variable expansion. */
const PIECES = [
  '\\', '\\\n', '\n', '\n\n', '"', "'", '[', ']', '["', '", "', '$', '${', '}', '${X:-', '#', ' # x', '<<EOF\n', '\nEOF\n',
  '--', '--from=', '--mount=type=cache,target=', '=', ' ', '\t', '&&', '||', '|', ';', '`', '$(', ')', ':', '@', '/',
  'FROM ', 'RUN ', 'COPY ', 'ADD ', 'EXPOSE ', 'CMD ', 'ENTRYPOINT ', 'ONBUILD ', 'ARG ', 'ENV ', 'WORKDIR ', 'HEALTHCHECK ',
  'apt-get install ', 'cd ', 'sudo ', 'pip install ', ' AS ', '80800', '\r\n', '\u0000', 'é', '# escape=`\n', '# check=skip=all\n',
];

function mutate(text: string, random: SeededRandom): string {
  let out = text;
  const steps = 1 + random.int(6);
  for (let s = 0; s < steps; s++) {
    const at = random.int(out.length + 1);
    switch (random.int(6)) {
      case 0:
        out = out.slice(0, at) + out.slice(at + 1 + random.int(8));
        break;
      case 1:
        out = out.slice(0, at) + PIECES[random.int(PIECES.length)]! + out.slice(at);
        break;
      case 2: {
        const lines = out.split('\n');
        const i = random.int(lines.length);
        const j = random.int(lines.length);
        [lines[i], lines[j]] = [lines[j]!, lines[i]!];
        out = lines.join('\n');
        break;
      }
      case 3: {
        const lines = out.split('\n');
        const i = random.int(lines.length);
        lines.splice(i, 0, lines[random.int(lines.length)]!);
        out = lines.join('\n');
        break;
      }
      case 4:
        out = out.slice(0, at);
        break;
      default:
        out = out.slice(0, at) + out.slice(at).toUpperCase();
    }
  }
  return out;
}

test('fuzz: 3000 seeded mutations of the fixture Dockerfiles never throw and give sane results', () => {
  const dir = path.join(FIXTURES, 'dockerfile');
  const seeds = listFiles(dir).filter((f) => f.endsWith('.Dockerfile')).map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
  const buildContext = snapshotOf(path.join(FIXTURES, 'workspaces', 'kubia'));
  const random = new SeededRandom(20261123);
  let cases = 0;
  let findings = 0;
  for (let i = 0; i < 3000; i++) {
    const text = mutate(seeds[random.int(seeds.length)]!, random);
    const lines = text.split('\n');
    const diagnostics = lintDockerfile(text, i % 2 ? { buildContext } : {});
    cases++;
    findings += diagnostics.length;
    // No rule threw (a throwing rule is reported as DF000 by the registry).
    assert.deepEqual(diagnostics.filter((d) => d.code === 'DF000').map((d) => d.message), [], text);
    // Bounded work: output grows at most linearly with the input.
    assert.ok(diagnostics.length <= 20 * lines.length + 10, `too many findings (${diagnostics.length}) for:\n${text}`);
    for (const d of diagnostics) {
      const { start, end } = d.range;
      assert.ok(start.line < lines.length + 1 && end.line < lines.length + 1, `range outside the text: ${d.code}`);
      assert.ok(start.line < end.line || (start.line === end.line && start.character <= end.character), `inverted range: ${d.code}`);
      for (const fix of d.fix ?? []) assert.equal(typeof applyEdits(text, fix.edits), 'string');
    }
  }
  assert.equal(cases, 3000);
  assert.ok(findings > 3000, 'the mutations produced findings to check');
});
