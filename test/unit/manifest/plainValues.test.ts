/**
 * The scanner's per-file table of short plain scalars (`PlainValues`) and the typed-array
 * `LineIndex`: both must answer exactly what the plain versions they replaced answered.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolvePlain } from '../../../src/core/manifest/yaml/parse';
import { PlainValues } from '../../../src/core/manifest/yaml/scan';
import { LineIndex } from '../../../src/core/manifest/yaml/lines';

test('PlainValues resolves like resolvePlain across table growth, and shares the first string', () => {
  const table = new PlainValues();
  const words = ['80', 'true', 'null', '~', '0x1F', '1.5', 'TCP', 'app', 'name', '.inf', '-1', '+3', '<<'];
  for (let i = 0; i < 5000; i++) words.push(`k${i}`, String(i));
  const text = words.join(' ');
  const first = new Map<string, unknown>();
  for (let round = 0; round < 2; round++) {
    let p = 0;
    for (const w of words) {
      const value = table.get(text, p, p + w.length, resolvePlain);
      assert.deepStrictEqual(value, resolvePlain(w), w);
      if (round === 0 && !first.has(w)) first.set(w, value);
      else assert.equal(value, first.get(w), `same value for ${w}`);
      p += w.length + 1;
    }
  }
  // A prefix or an extension of a known scalar is a different scalar.
  assert.equal(table.get('k1', 0, 1, resolvePlain), 'k');
  assert.equal(table.get('k12345x', 0, 7, resolvePlain), 'k12345x');
});

test('LineIndex positions, offsets and line ends match a naive scan (typed array growth, CRLF, CR)', () => {
  const lines: string[] = [];
  for (let i = 0; i < 3000; i++) lines.push('x'.repeat(i % 7));
  for (const eol of ['\n', '\r\n', '\r']) {
    const text = lines.join(eol);
    const index = new LineIndex(text);
    assert.equal(index.lineCount, lines.length);
    const starts: number[] = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) starts.push(i + 1);
    }
    for (let line = 0; line < starts.length; line += 97) {
      const at = starts[line]! + (lines[line]!.length > 0 ? 1 : 0);
      assert.deepStrictEqual(index.position(at), { line, character: at - starts[line]! });
      assert.equal(index.offset({ line, character: at - starts[line]! }), at);
      assert.equal(index.lineStart(line), starts[line]);
      assert.equal(index.lineEnd(line), starts[line]! + lines[line]!.length);
    }
    assert.deepStrictEqual(index.position(text.length + 10), index.position(text.length));
    assert.equal(index.offset({ line: -1, character: 0 }), 0);
    assert.equal(index.lineStart(10_000), starts[starts.length - 1]);
  }
});
