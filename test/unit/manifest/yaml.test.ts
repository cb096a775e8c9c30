import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { parseYaml, splitDocuments, YAML_LIMITS } from '../../../src/core/manifest/yaml/parse';
import { get, str, type YamlNode } from '../../../src/core/manifest/yaml/ast';
import { lintYaml } from '../../../src/core/manifest';
import { describeDiagnostic } from '../helpers';

/** `L:C-L:C` one-based, end exclusive, like the fixtures. */
function where(text: string, node: YamlNode | undefined): string {
  assert.ok(node, 'node exists');
  const p = parseYaml(text);
  const r = p.lines.range(node.start, node.end);
  return `${r.start.line + 1}:${r.start.character + 1}-${r.end.line + 1}:${r.end.character + 1}`;
}

const POD = `# kubia-manual.yaml
apiVersion: v1   # core group
kind: Pod
metadata:
  name: kubia-manual
  labels: {app: kubia, "rel": 'stable'}
spec:
  containers:
  - image: luksa/kubia
    name: kubia
    ports:
    - containerPort: 8080
      protocol: TCP
    args: &args
      - --verbose
    command: *args
    note: |
      two
      lines

  empty:
`;

describe('positioned YAML', () => {
  const doc = parseYaml(POD).documents[0]!;
  const root = doc.root;

  test('keys and values keep exact ranges, comments and spaces excluded', () => {
    assert.equal(where(POD, get(root, 'apiVersion')), '2:13-2:15');
    assert.equal(where(POD, get(root, 'metadata', 'name')), '5:9-5:21');
    assert.equal(where(POD, get(root, 'metadata', 'labels', 'rel')), '6:31-6:39', 'quoted scalar keeps its quotes');
    const port = get(root, 'spec', 'containers', 0, 'ports', 0);
    assert.equal(where(POD, get(port, 'containerPort')), '12:22-12:26');
    assert.equal(get(port, 'containerPort')?.type === 'scalar' && (get(port, 'containerPort') as { value: unknown }).value, 8080);
    const container = get(root, 'spec', 'containers', 0);
    assert.ok(container?.type === 'map');
    const imagePair = container.pairs.find((p) => p.name === 'image')!;
    assert.equal(where(POD, imagePair.key), '9:5-9:10');
    assert.equal(where(POD, get(container, 'note')), '17:11-19:12', 'block scalar without its trailing blank line');
  });

  test('aliases point to their anchor, empty values are zero-width after the colon', () => {
    const command = get(root, 'spec', 'containers', 0, 'command');
    assert.equal(command?.type, 'alias');
    assert.equal(str(get(command, 0)), '--verbose');
    assert.equal(where(POD, get(root, 'spec', 'empty')), '21:9-21:9');
  });

  test('a JSON manifest (a flow mapping as the whole document) keeps its keys, and is judged like YAML', () => {
    const json = '{"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "x"},\n "spec": {"containers": [{"name": "c", "image": "nginx:1.27", "bogus": 1}]}}\n';
    const root = parseYaml(json).documents[0]!.root;
    assert.equal(str(get(root, 'kind')), 'Pod');
    assert.equal(where(json, get(root, 'spec', 'containers', 0, 'image')), '2:49-2:61');
    const unknown = lintYaml(json).filter((d) => d.code === 'K8S005');
    assert.deepEqual(unknown.map((d) => [d.range.start.line, d.range.start.character]), [[1, 62]]);
    assert.equal(str(get(parseYaml('[a, b]\n').documents[0]!.root, 1)), 'b');
  });

  test('documents split at --- and after ..., directives stay with their document', () => {
    const text = 'a: 1\n---\nb: 2\n...\n%YAML 1.2\n---\nc: 3\n';
    const chunks = splitDocuments(text).map((c) => text.slice(c.start, c.end).trim());
    assert.deepEqual(chunks, ['a: 1', '---\nb: 2\n...', '%YAML 1.2\n---\nc: 3']);
    const docs = parseYaml(text).documents;
    assert.deepEqual(
      docs.map((d) => (d.root?.type === 'map' ? d.root.pairs.map((p) => p.name).join() : d.problem?.kind)),
      ['a', 'b', 'c'],
    );
  });

  test('--- inside a block scalar ends it (as in every YAML parser), not a crash', () => {
    const p = parseYaml('a: |\n  x\n---\nb: 1\n');
    assert.equal(p.documents.length, 2);
    assert.equal(p.documents.every((d) => !d.problem), true);
  });
});

describe('YAML syntax errors and defences', () => {
  test('a syntax error in one document is reported there and the others still parse', () => {
    const text = 'apiVersion: v1\nkind: Pod\n---\nmetadata: [\n---\napiVersion: v1\nkind: Service\n';
    const p = parseYaml(text);
    assert.equal(p.documents.length, 3);
    assert.equal(p.documents[0]!.problem, undefined);
    assert.equal(p.documents[1]!.problem?.kind, 'syntax');
    assert.equal(str(get(p.documents[2]!.root, 'kind')), 'Service');
    const ds = lintYaml(text).filter((d) => d.code === 'YAML001');
    assert.equal(ds.length, 1);
    assert.ok(ds[0]!.range.start.line >= 3 && ds[0]!.range.start.line <= 4, describeDiagnostic(ds[0]!));
  });

  test('duplicate keys are syntax errors on the duplicate', () => {
    const [d] = lintYaml('a: 1\nb: 2\na: 3\n');
    assert.equal(d?.code, 'YAML001');
    assert.match(d!.message, /duplicated mapping key/);
    assert.equal(d!.range.start.line, 2);
  });

  test('billion laughs: refused as YAML002 on the first alias, quickly', () => {
    const lines = ['a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i < 10; i++) lines.push(`a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]`);
    const ds = lintYaml(lines.join('\n') + '\n');
    assert.equal(ds.length, 1);
    assert.equal(ds[0]!.code, 'YAML002');
    assert.match(ds[0]!.message, /billion laughs/);
    assert.equal(describeDiagnostic(ds[0]!), '2:10-2:13 YAML002');
  });

  test('nesting deeper than the limit: YAML002, never a stack overflow', () => {
    const deep = '['.repeat(5000) + ']'.repeat(5000);
    const [d] = lintYaml(deep);
    assert.equal(d?.code, 'YAML002');
    assert.match(d!.message, new RegExp(`deeper than ${YAML_LIMITS.maxDepth}`));
    const block = Array.from({ length: 300 }, (_, i) => ' '.repeat(i) + `k${i}:`).join('\n');
    assert.equal(lintYaml(block)[0]?.code, 'YAML002');
  });

  test('files over the size limit: one YAML002 at the top, nothing parsed', () => {
    const big = 'a: ' + 'x'.repeat(YAML_LIMITS.maxChars) + '\n';
    const ds = lintYaml(big);
    assert.deepEqual(ds.map(describeDiagnostic), ['1:1-1:1 YAML002']);
    assert.match(ds[0]!.message, /larger than 4 MiB/);
  });

  test('a file with more nodes than the budget stops with one YAML002 where the budget ran out', () => {
    const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n---\n' + '- a\n'.repeat(YAML_LIMITS.maxNodes + 10) + '---\napiVersion: v1\n';
    const p = parseYaml(text);
    assert.equal(p.documents.length, 2, 'documents after the budget are not read');
    assert.equal(p.documents[1]!.problem?.kind, 'nodes');
    const ds = lintYaml(text).filter((d) => d.code === 'YAML002');
    assert.equal(ds.length, 1);
    assert.match(ds[0]!.message, /more than 200000 YAML nodes/);
  });

  test('merge keys copying too many keys: YAML002 naming the limit', () => {
    const base = 'a: &a {' + Array.from({ length: 200 }, (_, i) => `k${i}: 1`).join(', ') + '}\n';
    const text = base + Array.from({ length: 100 }, (_, i) => `b${i}:\n  <<: *a`).join('\n');
    const [d] = lintYaml(text);
    assert.equal(d?.code, 'YAML002');
    assert.match(d!.message, /Merge keys \(<<\) copy more than 10000 keys/);
  });

  test('settings turn the syntax rule off', () => {
    assert.deepEqual(lintYaml('a: [\n', { rules: { YAML001: 'off' } }), []);
  });

  test('never throws on odd input', () => {
    for (const t of ['', '\n', '---', '...', '%YAML 1.2', '*x', '&a', '? ', ': :', '- - -', '"\\u', "'", '\t', '\uFEFFa: 1', 'a: !!binary x', '<<: *x']) {
      assert.doesNotThrow(() => lintYaml(t), JSON.stringify(t));
    }
  });
});
