import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..', '..', '..');

test('the webview CSP is strict: nonce scripts only, no inline styles or eval, explicit worker-src', () => {
  const html = fs.readFileSync(path.join(ROOT, 'src', 'extension', 'topology', 'topology.html'), 'utf8');
  const csp = /Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
  const directives = new Map(csp.split(';').map((d) => d.trim()).filter(Boolean).map((d) => [d.split(/\s+/)[0]!, d.split(/\s+/).slice(1)]));
  assert.deepEqual(directives.get('default-src'), ["'none'"]);
  assert.deepEqual(directives.get('script-src'), ["'nonce-{{nonce}}'"]);
  assert.deepEqual(directives.get('style-src'), ['{{cspSource}}']);
  // The layout worker: fetched from the extension (connect-src) and started from a blob URL.
  assert.deepEqual(directives.get('worker-src'), ['{{cspSource}}', 'blob:']);
  assert.deepEqual(directives.get('connect-src'), ['{{cspSource}}']);
  assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|\*/);
  assert.doesNotMatch(html, /<script(?![^>]*nonce="\{\{nonce\}\}")/, 'every script carries the nonce');
  assert.doesNotMatch(html, /style="/, 'no inline style attributes');
});

test('the webview sources never parse strings as HTML', () => {
  const dir = path.join(ROOT, 'webview');
  const files = fs.readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.ts'));
  assert.ok(files.length > 5);
  for (const f of files) {
    const text = fs.readFileSync(path.join(dir, f), 'utf8');
    assert.doesNotMatch(text, /\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|document\.write|new Function|\beval\(/, f);
    assert.doesNotMatch(text, /setAttribute\(\s*'style'/, `${f}: style attributes are blocked by the CSP; use the CSSOM`);
  }
});
