/**
 * Differential test of the fast YAML front end (`yaml/scan.ts`) against the js-yaml path:
 * for every input, both give the same documents (values, offsets, problems) and `lintYaml`
 * the same diagnostics (codes, messages, ranges, fixes).
 */
import { test, describe, after } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lintYaml } from '../../../src/core/manifest';
import { parseYaml, resolvePlain, setFastPath, YAML_LIMITS } from '../../../src/core/manifest/yaml/parse';
import { scanDocument } from '../../../src/core/manifest/yaml/scan';
import { SeededRandom } from '../../../src/core/sim/random';
import { FIXTURES, ROOT } from '../helpers';

after(() => setFastPath(true));

function both<T>(fn: () => T): { slow: T; fast: T } {
  setFastPath(false);
  try {
    const slow = fn();
    setFastPath(true);
    return { slow, fast: fn() };
  } finally {
    setFastPath(true);
  }
}

function assertSame(text: string, label: string): void {
  const parsed = both(() => parseYaml(text).documents);
  assert.deepStrictEqual(parsed.fast, parsed.slow, `documents differ: ${label}\n--- input ---\n${text}`);
  const lint = both(() => lintYaml(text));
  assert.deepStrictEqual(lint.fast, lint.slow, `diagnostics differ: ${label}\n--- input ---\n${text}`);
}

/** How many of the text's documents with content the fast path reads itself. */
function scanned(text: string): { scanned: number; documents: number } {
  const docs = parseYaml(text).documents.filter((d) => d.root?.type === 'map' || d.root?.type === 'seq');
  return { scanned: docs.filter((d) => scanDocument(text, d.start, d.end, resolvePlain)).length, documents: docs.length };
}

function yamlFiles(dir: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.ya?ml$/.test(e.name)) out.push([path.relative(ROOT, p), fs.readFileSync(p, 'utf8')]);
    }
  };
  walk(dir);
  return out.sort((a, b) => a[0].localeCompare(b[0]));
}

/** The curriculum's notes (outside the repository; skipped when absent): whole files and their code blocks. */
function seedTexts(): Array<[string, string]> {
  const dir = [path.join(ROOT, '..', 'shared', 'seeds'), path.join(ROOT, '..', '..', 'shared', 'seeds')].find((d) => fs.existsSync(d));
  if (!dir) return [];
  const out: Array<[string, string]> = [];
  for (const f of fs.readdirSync(dir).sort()) {
    const text = fs.readFileSync(path.join(dir, f), 'utf8');
    out.push([f, text]);
    let i = 0;
    for (const m of text.matchAll(/```[a-z]*\n([\s\S]*?)```/g)) out.push([`${f} block ${i++}`, m[1]!]);
  }
  return out;
}

/** Manifests like the benchmark's (Deployment, Service, ConfigMap with a block scalar, Pod with flow maps). */
function generated(resources: number, rnd: SeededRandom): string {
  const docs: string[] = [];
  for (let i = 0; i < resources; i++) {
    const app = `app-${i}`;
    switch (i % 4) {
      case 0:
        docs.push(
          `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${app}\n  labels:\n    app: ${app}\nspec:\n  replicas: ${rnd.int(5)}\n  selector:\n    matchLabels:\n      app: ${app}\n  template:\n    metadata:\n      labels:\n        app: ${app}\n    spec:\n      containers:\n        - name: web\n          image: registry.example.com/${app}:1.${rnd.int(20)}\n          ports:\n            - containerPort: ${8000 + rnd.int(1000)}\n          env:\n            - name: WORKERS\n              value: "${rnd.int(8)}"\n          resources:\n            limits:\n              cpu: "1"\n              memory: 1Gi\n`,
        );
        break;
      case 1:
        docs.push(`apiVersion: v1\nkind: Service\nmetadata:\n  name: ${app}\nspec:\n  type: NodePort\n  selector:\n    app: app-${i - 1}\n  ports:\n  - port: 80\n    targetPort: http   # named\n    nodePort: ${30000 + rnd.int(3000)}\n`);
        break;
      case 2:
        docs.push(`apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${app}\ndata:\n  app.properties: |\n    retries=${rnd.int(10)}\n\n    endpoint=http://svc:8080\n  motd: >-\n    hello\n    world\n  empty: ''\n`);
        break;
      default:
        docs.push(`# pod ${i}\napiVersion: v1\nkind: Pod\nmetadata: {name: ${app}, labels: {app: kubia}}\nspec:\n  containers:\n  - image: luksa/kubia:v${rnd.int(3)}\n    name: kubia\n    args: [--port, '8080', "x"]\n    resources:\n      requests: { cpu: 50m, memory: 32Mi }\n`);
    }
  }
  return docs.join('---\n');
}

const TOKENS = [':', '- ', ' ', '  ', '\n', '\t', '\r\n', '[', ']', '{', '}', '"', "'", '&a ', '*a', '<<: *a', '#', ' # c', '\n---\n', '...', '|', '>', '|-', '>+', '|2', '!!str ', '?', ',', 'yes', 'null', '~', '0x1F', '0o17', '1e9', '-1', '.5', '.inf', '"a\\n"', "'it''s'", '\n  ', '\n    ', 'é', '😀', '\\', '{a: 1}', '[1, 2]', '\u0000', '\uFEFF'];

/** One seeded edit: delete, insert a token, duplicate a line, indent or dedent a line. */
function mutate(text: string, rnd: SeededRandom): string {
  const at = rnd.int(text.length + 1);
  const lines = text.split('\n');
  const i = rnd.int(lines.length);
  switch (rnd.int(5)) {
    case 0:
      return text.slice(0, at) + text.slice(at + 1 + rnd.int(6));
    case 1:
      return text.slice(0, at) + TOKENS[rnd.int(TOKENS.length)]! + text.slice(at);
    case 2:
      lines.splice(i, 0, lines[i]!);
      return lines.join('\n');
    case 3:
      lines[i] = ' '.repeat(1 + rnd.int(3)) + lines[i]!;
      return lines.join('\n');
    default:
      lines[i] = lines[i]!.replace(/^ +/, (m) => m.slice(0, rnd.int(m.length + 1)));
      return lines.join('\n');
  }
}

describe('fast YAML front end (differential against js-yaml)', () => {
  const fixtures = yamlFiles(FIXTURES);

  test('every YAML fixture: same documents and diagnostics', () => {
    assert.ok(fixtures.length > 50);
    for (const [name, text] of fixtures) assertSame(text, name);
  });

  test('the fast path reads most fixture documents itself (the test above is not vacuous)', () => {
    let docs = 0;
    let fast = 0;
    for (const [, text] of fixtures) {
      const s = scanned(text);
      docs += s.documents;
      fast += s.scanned;
    }
    assert.ok(fast / docs > 0.75, `${fast}/${docs}`);
    const kubia = fixtures.filter(([name]) => name.includes(`${path.sep}kubia${path.sep}`));
    assert.ok(kubia.length > 0);
    for (const [name, text] of kubia) assert.equal(scanned(text).scanned, scanned(text).documents, name);
  });

  test('seed notes and their code blocks: same documents and diagnostics', () => {
    for (const [name, text] of seedTexts()) assertSame(text, name);
  });

  test('a generated multi-document stream: same, and read entirely by the fast path', () => {
    const text = generated(200, new SeededRandom(7));
    assertSame(text, 'generated');
    const s = scanned(text);
    assert.equal(s.scanned, s.documents);
  });

  test('2,000 seeded mutations of the fixtures and a generated stream: same documents and diagnostics', () => {
    const rnd = new SeededRandom(20261207);
    const seeds = [...fixtures.map(([, t]) => t).filter((t) => t.length < 20_000), generated(8, rnd)];
    for (let n = 0; n < 2000; n++) {
      let text = seeds[rnd.int(seeds.length)]!;
      for (let k = 1 + rnd.int(3); k > 0; k--) text = mutate(text, rnd);
      assertSame(text, `mutant ${n}`);
    }
  });

  test('edge cases at the border of the subset', () => {
    const cases = [
      'a: 1',
      'a: 1\n',
      'a:\n',
      'a:',
      'a: |\n  x',
      'a: |+\n  x\n\n',
      'a: >\n  x\n   more\n  y\n\n  z\n',
      'a: |2\n   x\n',
      'a: |\nb: 1\n',
      'a: |\n\n   \n  x\n',
      'k:\n- a\n- b\nc: 1\n',
      'k:\n  - a\n  -\n  - b\n',
      '- a\n- - b\n  - c\n- {x: 1}\n- [1, 2]\n- "q"\n- |\n  lit\n- k: v\n  k2: v2\n',
      'a: b\n  c\n',
      'a: b\n  # c\nd: e\n',
      'a: b\n\n  c: d\n',
      'a: "x" # c\nb: \'y\'#z\n',
      'a: "x\\ty"\n',
      'a: "multi\n  line"\n',
      "a: 'it''s'\n",
      'a: {b: 1, c: [x, y], "d": 2}\n',
      'a: {b: 1, b: 2}\n',
      'a: {b}\n',
      'a: [b: 1]\n',
      'a: [1,]\n',
      'a: [,]\n',
      'a: 1\na: 2\n',
      '1: a\n"1": b\n',
      '~: a\nnull: b\n',
      '<<: {a: 1}\n',
      'a: &x 1\nb: *x\n',
      'a: !!str 1\n',
      '%YAML 1.2\n---\na: 1\n',
      '--- # comment\na: 1\n',
      '--- a\n',
      '---\n',
      '# only a comment\n',
      '  a: 1\n  b: 2\n',
      '  a: 1\nb: 2\n',
      'a: 1\n- b\n',
      'a:\n  b: 1\n   c: 2\n',
      'a: b: c\n',
      'a: 0x1F\nb: 0o17\nc: .inf\nd: -.5e3\ne: True\nf: ~\ng: 12_000\nh: 1e3\ni: +12\nj: 99999999999999999999\n',
      'a: 2024-01-01\n',
      'a: x\r\nb: y\r\n',
      'a:\tx\n',
      'a: é😀\n',
      '? a\n: b\n',
      'a : b\n',
      'a:b\n',
      'a: x:y\n',
      'a: -x\nb: - x\n',
      'a: @x\n',
      '"a\nb": 1\n',
      '{"kind": "Pod", "apiVersion": "v1"}\n',
      'a: 1\n...\nb: 2\n',
      'a:\n  - b: 1\n    c:\n    - d\n  - e\n',
      'x: ' + '['.repeat(70) + ']'.repeat(70) + '\n',
    ];
    for (const c of cases) {
      assertSame(c, JSON.stringify(c));
      assertSame(`apiVersion: v1\nkind: Pod\n---\n${c}---\nkind: Service\n`, JSON.stringify(c));
    }
  });

  test('the node budget is spent alike: the same document stops the file', () => {
    const doc = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  list:\n  - a\n  - "b"\n  - {c: 1}\n  - d: 1\n';
    // 24 listener nodes a document: enough documents to cross the budget part-way through one.
    const count = Math.ceil(YAML_LIMITS.maxNodes / 20);
    const text = Array.from({ length: count }, () => doc).join('---\n');
    const parsed = both(() => parseYaml(text).documents);
    assert.deepStrictEqual(parsed.fast, parsed.slow);
    assert.ok(parsed.fast.some((d) => d.problem?.kind === 'nodes'), 'the budget was crossed');
    for (const shift of [1, 2]) {
      const t = `${'x: 1\n'.repeat(shift)}---\n${text}`;
      const p = both(() => parseYaml(t).documents);
      assert.deepStrictEqual(p.fast, p.slow, `shift ${shift}`);
    }
  });
});
